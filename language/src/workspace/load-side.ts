import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import type { LangiumDocument } from 'langium';
import type { LoadedFile, LoadedSide, SourceFile } from '@zeren/diff';
import { createZerenCoreServices } from '../zeren-module.js';

const FATAL = /^(syntax-|lex-error$|unresolved-reference$|keyword-glued$)/;

/**
 * Loads one side of a diff in a workspace of its own, from text only: each side's documents
 * share names with the other side's, and a git revision is never written to disk. The empty
 * file system guarantees nothing else on disk leaks into a side.
 */
export async function loadSide(files: SourceFile[]): Promise<LoadedSide> {
    const { shared, Zeren } = createZerenCoreServices(EmptyFileSystem);
    const docs: { file: SourceFile; doc: LangiumDocument }[] = [];
    for (const file of files) {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(file.text, virtualUri(file.path));
        shared.workspace.LangiumDocuments.addDocument(doc);
        docs.push({ file, doc });
    }
    await shared.workspace.DocumentBuilder.build(docs.map(d => d.doc), { validation: true });
    const loaded = docs.map(({ file, doc }): LoadedFile => {
        const ir = Zeren.model.Models.ir(doc);
        const diagnostics = (doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => ({
            file: file.path,
            line: d.range.start.line + 1,
            character: d.range.start.character + 1,
            code: String(d.code ?? ''),
            message: typeof d.message === 'string' ? d.message : d.message.value,
            fatal: FATAL.test(String(d.code ?? '')) && !crossDocument(d.data),
        }));
        return { path: file.path, text: file.text, documents: ir.documents, suites: ir.suites, diagnostics };
    });
    return { files: loaded, documentIR: name => Zeren.model.Models.documentIR(name) };
}

/**
 * A link to another document (根据/废止/细化, 细化 文件.规则) that is not among the files compared:
 * the model keeps the name as written, so the diff is still complete and exact.
 */
function crossDocument(data: unknown): boolean {
    const type = (data as { containerType?: string } | undefined)?.containerType;
    return type === 'DocRef' || type === 'RuleRef';
}

/** Every path gets a .zeren URI under a virtual root, so any file name (rules.v1.zeren.txt) loads. */
function virtualUri(display: string): URI {
    const abs = path.posix.resolve('/zeren-side', display.split(path.sep).join('/'));
    return URI.file(abs.endsWith('.zeren') ? abs : `${abs}.zeren`);
}
