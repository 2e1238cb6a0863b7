import type { LangiumDocument } from 'langium';

type Diagnostic = NonNullable<LangiumDocument['diagnostics']>[number];

/** A diagnostic as the CLI's JSON/SARIF output and the library report it: one place, both languages. */
export interface ReportedDiagnostic {
    file: string;
    /** 1-based. */
    line: number;
    /** 1-based, in UTF-16 code units as editors count. */
    column: number;
    endLine: number;
    endColumn: number;
    code: string;
    severity: 'error' | 'warning' | 'info';
    message: { zh: string; en: string };
}

export function reportedDiagnostic(file: string, d: Diagnostic): ReportedDiagnostic {
    const data = d.data as { zh?: string; en?: string } | undefined;
    const text = typeof d.message === 'string' ? d.message : String(d.message);
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        code: String(d.code ?? ''),
        severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
        message: { zh: data?.zh ?? text, en: data?.en ?? text },
    };
}
