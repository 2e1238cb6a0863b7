import { describe, expect, it } from 'vitest';
import { diffDocuments, findWitnesses, sideDocuments } from '@zeren/diff';
import type { Witness } from '@zeren/diff';
import { loadSide } from '@zeren/language';
import { EDITS, sides } from './revisions.js';

// Scenario files removed: only the rules of each side. Every witness is re-verified here by
// the diff's own claim (differences non-empty) and its facts lie within the declared ranges
// (the evaluator rejects out-of-range facts with an error, which the search skips).
async function witnessesOf(dir: string, edits: typeof EDITS): Promise<Witness[]> {
    const { before, after } = sides(dir, edits);
    const rulesOnly = (files: typeof before) => files.filter(f => f.path.endsWith('/rules.zeren'));
    const o = await loadSide(rulesOnly(before)), n = await loadSide(rulesOnly(after));
    const diff = diffDocuments(sideDocuments(o), sideDocuments(n));
    return findWitnesses(d => o.documentIR(d), d => n.documentIR(d), diff.documents);
}

// The exception needs a member of the 成员 list (list facts are not searched yet): the search
// reports it undecided, never equivalent.
const UNDECIDED = new Set(['exception']);

describe('witnesses without scenarios', () => {
    it.each(EDITS.map(e => [e.kind, e] as const))('%s', async (_, edit) => {
        const [w, ...rest] = await witnessesOf(edit.dir, [edit]);
        expect(rest).toEqual([]);
        expect(w.change.name).toBe(edit.rule);
        if (UNDECIDED.has(edit.kind)) {
            expect(w.status).toBe('undecided');
            return;
        }
        expect(w.status).toBe('witness');
        expect(w.differences!.length).toBeGreaterThan(0);
    }, 60_000);

    it('an integer threshold rewritten (≥ 2 → > 1) is proved equivalent, not merely unwitnessed', async () => {
        const edit = { ...EDITS.find(e => e.kind === 'threshold')!, to: '（六） 当 一年内被上级通报批评或组织处理次数 > 1' };
        const [w] = await witnessesOf(edit.dir, [edit]);
        expect(w.status).toBe('equivalent');
        expect(w.reason).toMatch(/implies the other both ways/);
    }, 60_000);
});
