import { describe, expect, it } from 'vitest';
import { computeImpact, diffDocuments, sideDocuments } from '@zeren/diff';
import type { ImpactResult, LoadedSide, SourceFile } from '@zeren/diff';
import { compileDocument, evaluate } from '@zeren/evaluator';
import { loadSide } from '@zeren/language';
import { EDITS, sides } from './revisions.js';
import type { Edit } from './revisions.js';

// The impact must equal the set of scenarios whose full outcome differs. That set is computed
// here independently: both sides compiled and every scenario run on each, outcomes compared
// as whole JSON values (explanations aside) — not through the diff's field-by-field delta.
const EXPLANATION = new Set(['cite', 'tableCite', 'trace', 'steps', 'zh', 'en']);
const strip = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(strip)
        : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => !EXPLANATION.has(k)).map(([k, x]) => [k, strip(x)]))
            : v;

async function outcomesOf(files: SourceFile[]): Promise<Map<string, string>> {
    const side = await loadSide(files);
    const out = new Map<string, string>();
    for (const file of side.files) {
        for (const suite of file.suites) {
            const ir = side.documentIR(suite.document)!;
            const program = compileDocument(ir);
            for (const s of suite.scenarios) {
                const outcome = evaluate(program, s.subject.name, s.facts, { year: s.year, asOf: s.asOf });
                out.set(`${file.path} › ${suite.name} › ${s.name}`, JSON.stringify(strip(outcome)));
            }
        }
    }
    return out;
}

async function changedIndependently(before: SourceFile[], after: SourceFile[]): Promise<string[]> {
    const o = await outcomesOf(before), n = await outcomesOf(after);
    return [...n.keys()].filter(k => o.has(k) && o.get(k) !== n.get(k)).sort();
}

async function impactOf(before: SourceFile[], after: SourceFile[]): Promise<ImpactResult> {
    const oldSide: LoadedSide = await loadSide(before), newSide: LoadedSide = await loadSide(after);
    const diff = diffDocuments(sideDocuments(oldSide), sideDocuments(newSide));
    return computeImpact(loadSide, oldSide, before, newSide, after, diff.documents);
}

const ids = (impact: ImpactResult) => impact.changed.map(s => `${s.file} › ${s.suite} › ${s.scenario}`).sort();

describe('impact over generated revisions of the corpus', () => {
    it.each(EDITS.map(e => [e.kind, e] as const))('%s: the impact is exactly the scenarios whose outcome differs, all caused by the edited rule', async (_, edit: Edit) => {
        const { before, after } = sides(edit.dir, [edit]);
        const impact = await impactOf(before, after);
        expect(impact.skipped).toEqual([]);
        expect(ids(impact)).toEqual(await changedIndependently(before, after));
        expect(impact.changed.length).toBeGreaterThan(0);
        for (const s of impact.changed) expect(s.causes.map(c => c.name)).toEqual([edit.rule]);
        expect(impact.byChange.map(g => [g.change.name, g.scenarios.length])).toEqual([[edit.rule, impact.changed.length]]);
    }, 60_000);

    // Two edits at once: each scenario's causes are checked against applying each edit alone
    // to the text (an independent route: the IR splice is not involved).
    it('two edits at once: causes match each edit applied alone to the source', async () => {
        const pair = EDITS.filter(e => e.kind === 'weight' || e.kind === 'measure duration');
        const { before, after } = sides('kaohe-2015', pair);
        const impact = await impactOf(before, after);
        expect(ids(impact)).toEqual(await changedIndependently(before, after));
        const alone = new Map<string, string[]>();
        for (const e of pair) {
            for (const id of await changedIndependently(before, sides('kaohe-2015', [e]).after)) alone.set(id, [...(alone.get(id) ?? []), e.rule]);
        }
        for (const s of impact.changed) expect(s.causes.map(c => c.name).sort()).toEqual((alone.get(`${s.file} › ${s.suite} › ${s.scenario}`) ?? []).sort());
        expect(impact.byChange.map(g => g.change.name).sort()).toEqual(pair.map(e => e.rule).sort());
    }, 60_000);
});
