import type { Diagnostic } from 'vscode-languageserver-types';
import type { Lang } from '@zeren/model';
import { displayPath, loadWorkspace } from '../workspace-loader.js';
import { reportedDiagnostic } from '../reported-diagnostic.js';
import { sarifReport } from '../report/sarif.js';
import { visibleLine } from '../report/visible-text.js';

export interface CheckedFile {
    uri: string;
    diagnostics: Diagnostic[];
}

/** text: one line per diagnostic; json: file, line, column, code, severity and both languages; sarif: SARIF 2.1.0. */
export type CheckFormat = 'text' | 'json' | 'sarif';

export async function runCheck(paths: string[], lang: Lang, out: (line: string) => void, format: CheckFormat = 'text', version = ''): Promise<number> {
    const ws = await loadWorkspace(paths);
    if (format !== 'text') {
        const diagnostics = ws.documents.flatMap(doc => sortDiagnostics(doc.diagnostics ?? []).map(d => reportedDiagnostic(displayPath(doc.uri.toString()), d)));
        const errors = diagnostics.filter(d => d.severity === 'error').length;
        out(format === 'sarif'
            ? sarifReport(diagnostics, lang, version)
            : JSON.stringify({ files: ws.documents.length, errors, warnings: diagnostics.filter(d => d.severity === 'warning').length, diagnostics }, null, 2));
        return errors > 0 ? 1 : 0;
    }
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
        : `Checked ${counted(ws.documents.length, 'file')}: ${counted(errors, 'error')}, ${counted(warnings, 'warning')}`);
    return errors > 0 ? 1 : 0;
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
    return [...ds].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** "1 file", "2 files": English counts (Chinese needs no plural). */
function counted(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
