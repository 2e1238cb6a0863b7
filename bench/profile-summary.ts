// Prints the functions with the most self time in a V8 .cpuprofile (from node --cpu-prof).
import * as fs from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }

const file = process.argv[2];
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[] };
const hits = new Map<number, number>();
for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
const byFn = new Map<string, number>();
for (const n of profile.nodes) {
    const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (hits.get(n.id) ?? 0));
}
const total = profile.samples.length;
for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 25))) {
    console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}
