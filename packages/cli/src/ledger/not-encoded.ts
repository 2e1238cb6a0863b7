import * as fs from 'node:fs';
import * as path from 'node:path';

export interface NotEncodedRow {
    seedLine: string;
    article: string;
    clause: string;
    reason: string;
    file: string;
}

/**
 * Clauses a document folder states it does not encode, from the markdown table in its
 * NOT-ENCODED.md (| seed line | article | clause | reason |), so the ledger accounts for them.
 */
export function readNotEncoded(dir: string): NotEncodedRow[] {
    const file = path.join(dir, 'NOT-ENCODED.md');
    if (!fs.existsSync(file)) return [];
    const rows: NotEncodedRow[] = [];
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        const cells = line.trim().replace(/^\||\|$/g, '').split('|').map(c => c.trim());
        if (cells.length < 4 || !/^\d/.test(cells[0])) continue;
        rows.push({ seedLine: cells[0], article: cells[1], clause: cells[2], reason: cells.slice(3).join(' | '), file });
    }
    return rows;
}
