import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESULTS } from './lib/paths.js';

/** Every figure of a run, flattened to `section.name → number` so two runs compare key by key. */
export function flatten(x: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
    if (typeof x === 'number') out[prefix] = x;
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return out;
}

export function writeResults(result: object, summary: string): { file: string } {
    fs.mkdirSync(RESULTS, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const json = `${JSON.stringify(result, null, 2)}\n`;
    const file = path.join(RESULTS, `${stamp}.json`);
    fs.writeFileSync(file, json);
    fs.writeFileSync(path.join(RESULTS, 'latest.json'), json);
    fs.writeFileSync(path.join(RESULTS, 'summary.md'), summary);
    return { file };
}

/** Ratios new/old of every shared figure (>1 means the number grew: slower for times, faster for per-second). */
export function compareRuns(oldFile: string, current: object): string[] {
    const before = flatten(JSON.parse(fs.readFileSync(oldFile, 'utf8')));
    const after = flatten(current);
    const lines = [`Compared with ${oldFile} (ratio = new / old):`];
    for (const [k, v] of Object.entries(after)) {
        if (!(k in before) || !/(Ms|perSecond|Bytes|bytes)$/.test(k)) continue;
        const ratio = before[k] === 0 ? NaN : v / before[k];
        const better = /perSecond$/.test(k) ? ratio >= 1 : ratio <= 1;
        lines.push(`  ${k}: ${fmt(before[k])} → ${fmt(v)}  ×${ratio.toFixed(2)} ${better ? '' : '(worse)'}`.trimEnd());
    }
    return lines;
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2));
