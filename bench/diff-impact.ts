// `zeren diff --impact` between two revisions of the whole corpus, and a witness per change.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { computeImpact, diffDocuments, findWitnesses, sideDocuments } from '@zeren/diff';
import type { DocumentChange, SourceFile } from '@zeren/diff';
import { loadSide } from '@zeren/language';
import { EDITS, applyEdits } from '../test/diff/revisions.js';

export interface DiffBench {
    files: number;
    scenarios: number;
    changedScenarios: number;
    changes: number;
    impactMs: number;
    witnessMs: number[];
    witnessP95Ms: number;
    witnessStatuses: Record<string, number>;
}

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function corpus(): SourceFile[] {
    const out: SourceFile[] = [];
    const walk = (dir: string) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const p = path.join(dir, e.name);
            if (e.isDirectory()) walk(p);
            else if (e.name.endsWith('.zeren')) out.push({ path: path.relative(path.join(ROOT, 'examples'), p), text: fs.readFileSync(p, 'utf8') });
        }
    };
    walk(path.join(ROOT, 'examples'));
    return out;
}

/** The corpus against itself with the generated edits of test/diff/revisions.ts applied, one per rule (edits of one rule overlap). */
export async function runDiffBench(log: (s: string) => void): Promise<DiffBench> {
    const before = corpus();
    const after = applyEdits(before, EDITS.filter((e, i, all) => all.findIndex(x => x.rule === e.rule && x.dir === e.dir) === i).map(e => ({ ...e, dir: `city/${e.dir}` })));
    const started = performance.now();
    const oldSide = await loadSide(before), newSide = await loadSide(after);
    const diff = diffDocuments(sideDocuments(oldSide), sideDocuments(newSide));
    const impact = await computeImpact(loadSide, oldSide, before, newSide, after, diff.documents);
    const impactMs = performance.now() - started;
    log(`  impact: ${impact.total} scenarios, ${impact.changed.length} changed, ${Math.round(impactMs)} ms`);
    const witnessMs: number[] = [];
    const witnessStatuses: Record<string, number> = {};
    for (const doc of diff.documents) {
        for (const group of doc.articles) {
            for (const entity of group.entities) {
                const one: DocumentChange = { ...doc, metadata: [], articles: [{ article: group.article, entities: [entity] }] };
                const t = performance.now();
                const [w] = findWitnesses(n => oldSide.documentIR(n), n => newSide.documentIR(n), [one]);
                witnessMs.push(performance.now() - t);
                if (w) witnessStatuses[w.status] = (witnessStatuses[w.status] ?? 0) + 1;
            }
        }
    }
    const sorted = [...witnessMs].sort((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
    log(`  witnesses: ${witnessMs.length} changes, p95 ${Math.round(p95)} ms`);
    return {
        files: before.length, scenarios: impact.total, changedScenarios: impact.changed.length, changes: witnessMs.length,
        impactMs, witnessMs, witnessP95Ms: p95, witnessStatuses,
    };
}
