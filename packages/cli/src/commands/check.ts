import type { Diagnostic } from 'vscode-languageserver-types';
import type { Lang } from '@zeren/model';
import { displayPath, loadWorkspace } from '../workspace-loader.js';
import { visibleLine } from '../report/visible-text.js';

export interface CheckedFile {
    uri: string;
    diagnostics: Diagnostic[];
}

export async function runCheck(paths: string[], lang: Lang, out: (line: string) => void): Promise<number> {
    const ws = await loadWorkspace(paths);
    let errors = 0;
    let warnings = 0;
    for (const doc of ws.documents) {
        for (const d of sortDiagnostics(doc.diagnostics ?? [])) {
            const severity = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info';
            if (severity === 'error') errors++;
            if (severity === 'warning') warnings++;
            const label = lang === 'zh' ? { error: '错误', warning: '警告', info: '提示' }[severity] : severity;
            out(visibleLine(`${displayPath(doc.uri.toString())}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${label} [${d.code ?? ''}] ${d.message}`));
            // The other place involved, e.g. the refined rule of a conformance error.
            for (const r of d.relatedInformation ?? []) out(visibleLine(`    ↳ ${displayPath(r.location.uri)}:${r.location.range.start.line + 1}:${r.location.range.start.character + 1}: ${r.message}`));
        }
    }
    out(lang === 'zh'
        ? `检查了 ${ws.documents.length} 个文件：${errors} 个错误，${warnings} 个警告`
        : `Checked ${ws.documents.length} files: ${errors} errors, ${warnings} warnings`);
    return errors > 0 ? 1 : 0;
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
    return [...ds].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
