import * as fs from 'node:fs';
import * as path from 'node:path';

/** An outcome a document folder states cannot occur, with the reason (shown, never silently skipped). */
export interface CoverageExemption {
    rule: string;
    outcome: string;
    reason: string;
    file: string;
    line: number;
}

/** The heading in NOT-ENCODED.md under which a table lists outcomes that cannot occur. */
export const EXEMPTION_HEADING = /^##\s+Outcomes that cannot occur/i;

/**
 * Reads `| rule | outcome | reason |` rows under the heading “## Outcomes that cannot occur” in a
 * folder's NOT-ENCODED.md: the outcomes `zeren test --coverage` counts as justified, not exercised.
 */
export function readCoverageExemptions(dir: string): CoverageExemption[] {
    const file = path.join(dir, 'NOT-ENCODED.md');
    if (!fs.existsSync(file)) return [];
    const rows: CoverageExemption[] = [];
    let inSection = false;
    fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/^#/.test(line)) inSection = EXEMPTION_HEADING.test(line);
        if (!inSection || !line.trim().startsWith('|')) return;
        const cells = line.trim().replace(/^\||\|$/g, '').split('|').map(c => c.trim().replace(/^`|`$/g, ''));
        if (cells.length < 3 || /^-+$/.test(cells[0]) || cells[0] === 'rule') return;
        rows.push({ rule: cells[0], outcome: cells[1], reason: cells.slice(2).join(' | '), file, line: i + 1 });
    });
    return rows;
}
