import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { createZerenCoreServices, setLang } from '@zeren/language';
import type { FileIR } from '@zeren/model';

export const ROOT = path.resolve(__dirname, '..', '..');
export const EXAMPLE_RULES = path.join(ROOT, 'examples/city/kaohe-2015/rules.zeren');

export interface TestDiagnostic {
    line: number;
    column: number;
    code: string;
    severity: 'error' | 'warning' | 'info';
    message: string;
    zh: string;
    en: string;
}

/** Builds in-memory files (name → text) together, as the editor and the CLI do. */
export async function buildFiles(files: Record<string, string>) {
    setLang('zh');
    const { shared, Zeren } = createZerenCoreServices();
    const docs = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/virtual/${name}`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        docs.set(name, doc);
    }
    await shared.workspace.DocumentBuilder.build([...docs.values()], { validation: true });
    return {
        services: Zeren,
        doc: (name: string) => docs.get(name)!,
        ir: (name: string): FileIR => Zeren.model.Models.ir(docs.get(name)!),
        diagnostics: (name: string): TestDiagnostic[] => (docs.get(name)!.diagnostics ?? []).map(d => {
            const data = (d.data ?? {}) as { zh?: string; en?: string };
            return {
                line: d.range.start.line + 1,
                column: d.range.start.character + 1,
                code: String(d.code ?? ''),
                severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
                message: String(d.message),
                zh: data.zh ?? String(d.message),
                en: data.en ?? '',
            };
        }),
    };
}

export function exampleRules(): string {
    return fs.readFileSync(EXAMPLE_RULES, 'utf8');
}

/** A minimal rule document around some declarations. */
export function doc(body: string, name = '测试办法'): string {
    return `文件 ${name} { 文号 "测试〔2015〕1号" 发布 2015-12-25 层级 市 "张掖市" }\n${body}\n`;
}
