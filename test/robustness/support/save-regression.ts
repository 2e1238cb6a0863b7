import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REGRESSIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), '../regressions');

/**
 * What identifies one defect: the error's first line with numbers and quoted text blanked,
 * plus the first stack frame in Zeren's own code (or Langium's, when the fault is there).
 */
export function signatureOf(detail: string): string {
    const lines = detail.split('\n');
    const first = (lines.find(l => l.trim() && !/^\s+at /.test(l)) ?? '').trim()
        .replace(/'[^']*'|"[^"]*"|“[^”]*”/g, '…').replace(/-?\d[\d.e+]*/g, 'N').slice(0, 160);
    const frames = lines.filter(l => /^\s+at /.test(l));
    const own = frames.find(l => /\/(language|packages)\/[^/]+\/src\//.test(l) || /\/language\/src\//.test(l)) ?? frames[0] ?? '';
    const where = /([\w.<>]+) \(.*?\/((?:language|packages|node_modules)\/.*?):\d+:\d+\)/.exec(own);
    return where ? `${first} @ ${where[1]} ${where[2]}` : first;
}

export interface Regression { file: string; signature: string; open: boolean }

/** The kept crashing inputs: one per signature, with `status: open` until the defect is fixed. */
export function regressions(): Regression[] {
    if (!fs.existsSync(REGRESSIONS)) return [];
    return fs.readdirSync(REGRESSIONS).filter(f => /^crash-.*\.zeren$/.test(f)).sort().map(f => {
        const meta = fs.readFileSync(path.join(REGRESSIONS, `${f}.txt`), 'utf8');
        return { file: f, signature: /^signature: (.*)$/m.exec(meta)?.[1] ?? '', open: /^status: open/m.test(meta) };
    });
}

/**
 * Keeps a crashing input as crash-<signature hash>.zeren (the smallest input seen for that
 * signature) with its origin, status and stack in the .txt beside it.
 */
export function saveRegression(kind: 'crash' | 'slow', text: string, detail: string, origin: string): string {
    const signature = kind === 'crash' ? signatureOf(detail) : `slow ${createHash('sha256').update(text).digest('hex')}`;
    const hash = createHash('sha256').update(signature).digest('hex').slice(0, 12);
    const file = path.join(REGRESSIONS, `${kind}-${hash}.zeren`);
    fs.mkdirSync(REGRESSIONS, { recursive: true });
    if (fs.existsSync(file) && fs.statSync(file).size <= Buffer.byteLength(text)) return file;
    fs.writeFileSync(file, text);
    fs.writeFileSync(`${file}.txt`, `origin: ${origin}\nsignature: ${signature}\nstatus: open\n\n${detail}\n`);
    return file;
}
