import type { Lang } from '@zeren/model';
import type { ReportedDiagnostic } from '../reported-diagnostic.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0, the format code scanning reads (GitHub shows each result on the pull request's
 * changed line). Message text in the chosen language; both languages in the result's properties.
 */
export function sarifReport(diagnostics: ReportedDiagnostic[], lang: Lang, version: string): string {
    const rules = [...new Set(diagnostics.map(d => d.code))].sort().map(id => ({ id }));
    const results = diagnostics.map(d => ({
        ruleId: d.code,
        level: LEVEL[d.severity],
        message: { text: d.message[lang] },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: artifactUri(d.file) },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
        }],
        properties: { zh: d.message.zh, en: d.message.en },
    }));
    return JSON.stringify({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'zeren', version, rules } }, results }],
    }, null, 2);
}

/** A relative path stays relative (to the repository, as code scanning expects); an absolute one becomes a file: URI. */
function artifactUri(file: string): string {
    const posix = file.split('\\').join('/');
    const encoded = posix.split('/').map(encodeURIComponent).join('/');
    return posix.startsWith('/') ? `file://${encoded}` : encoded;
}
