import fc from 'fast-check';
import Fraction from 'fraction.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactValue } from '@zeren/model';
import type { Program } from '@zeren/evaluator';
import { evaluate, frameFor, runSubject } from '@zeren/evaluator';
import { FULL } from './support/examples.js';
import { FuzzWorkspace } from './support/fuzz-workspace.js';
import { KEYWORDS } from './support/mutate.js';
import { bool, hundredths, integer, kaoheProgram } from './support/team-program.js';

const RUNS = FULL ? 5_000 : 150;
const TEAM = '领导班子';
const SUBSCORES = ['日常监督评价得分', '落实责任得分', '推进重点工作得分', '民主测评票决得分', '个别谈话得分', '公众评价得分'] as const;

let program: Program;
let ws: FuzzWorkspace;
beforeAll(async () => {
    program = await kaoheProgram();
    ws = await FuzzWorkspace.create([]);
}, 120_000);

/** Text built from the language's keywords, CJK, digits, punctuation and anything else. */
const zerenish = fc.array(fc.oneof(
    fc.constantFrom(...KEYWORDS),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.integer({ min: 0x4e00, max: 0x9fff }).map(c => String.fromCodePoint(c)),
    fc.constantFrom(' ', '\n', '"', '〔第二条〕', '（一）', '2015-02-29', '99999999999999999999999999', '0.125', '{', '}', '(', ')'),
), { maxLength: 80 }).map(parts => parts.join(''));

describe('parser and checker on arbitrary text', () => {
    it('return diagnostics and never throw', async () => {
        await fc.assert(fc.asyncProperty(fc.oneof(zerenish, fc.string({ unit: 'binary', maxLength: 200 })), async text => {
            const result = await ws.run(text);
            expect(result.internalErrors).toEqual([]);
            expect(Array.isArray(result.diagnostics)).toBe(true);
        }), { numRuns: RUNS });
    });
});

const subscore = fc.integer({ min: 0, max: 10_000 });
const teamFacts = fc.record({
    scores: fc.tuple(subscore, subscore, subscore, subscore, subscore, subscore),
    awards: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })),
    votes: fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 })),
    flags: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    notices: fc.integer({ min: 0, max: 5 }),
    /** Facts left out, to exercise missing-fact errors. */
    drop: fc.subarray(['日常监督评价得分', '测评好票数', '成员', '公众评价得分']),
});

type Sampled = { scores: number[]; awards: number[]; votes: number[]; flags: boolean[]; notices: number; drop: string[] };
const sample = (x: Sampled) => x;

function facts(t: Sampled): Map<string, FactValue> {
    const m = new Map<string, FactValue>();
    SUBSCORES.forEach((name, i) => m.set(name, hundredths(t.scores[i])));
    ['中央级表彰项数', '省级表彰项数', '市级表彰项数'].forEach((name, i) => m.set(name, integer(t.awards[i])));
    ['测评好票数', '测评较好票数', '测评一般票数', '测评较差票数'].forEach((name, i) => m.set(name, integer(t.votes[i])));
    ['集体违纪违规被立案查处', '经组织考核确实存在问题', '领导不力导致发生重大违纪违法案件', '在社会上造成不良影响', '无故不按规定报告两个责任情况', '其他应当否决的情形', '上一年度被一票否决']
        .forEach((name, i) => m.set(name, bool(t.flags[i])));
    m.set('一年内被上级通报批评或组织处理次数', integer(t.notices));
    m.set('成员', { kind: 'list', items: t.flags[7] ? [{ label: '张三', values: new Map([['是主要负责人', bool(true)], ['被立案查处', bool(true)], ['所受党纪处分', { kind: 'enum', index: 1, label: '严重警告' }]]) }] : [] });
    for (const d of t.drop) m.delete(d);
    return m;
}

/** A rule's result in an outcome: a score's total, a grade, whether a veto or a consequence applies. */
function resultOf(o: ReturnType<typeof evaluate>, rule: string): unknown {
    return o.scores.find(x => x.rule === rule)?.total ?? o.grades.find(x => x.rule === rule)?.grade
        ?? o.vetoes.find(x => x.rule === rule)?.vetoed ?? o.consequences.find(x => x.rule === rule)?.applies;
}

describe('evaluation of the team assessment on generated facts', () => {
    it('is total and deterministic: same outcome on repeated runs, fast path agrees', () => {
        fc.assert(fc.property(teamFacts, t => {
            const f = facts(sample(t));
            const a = evaluate(program, TEAM, f, { explain: true });
            const b = evaluate(program, TEAM, f, { explain: true });
            expect(b).toEqual(a);
            const { trace: _trace, ...withoutTrace } = a;
            expect({ ...evaluate(program, TEAM, f), trace: undefined }).toEqual({ ...withoutTrace, trace: undefined });
            const sp = program.subjects.get(TEAM)!;
            const frame = frameFor(sp.subject, f);
            const r1 = runSubject(sp, frame);
            const first = [...frame.r];
            const r2 = runSubject(sp, frame);
            expect([...frame.r]).toEqual(first);
            expect(r2.errors.size).toBe(r1.errors.size);
            // Missing facts leave the rules that need them undetermined, naming only facts that were
            // dropped, never thrown; a veto decided by another clause needs nothing more.
            const pending = (a.rules ?? []).filter(r => r.status === 'undetermined');
            for (const r of pending) for (const m of r.missing ?? []) expect(t.drop).toContain(m);
            // A rule decided without the dropped facts (a decided operand decides: 否 且 未定 = 否) has
            // the result it has with every fact given.
            if (t.drop.length) {
                const full = evaluate(program, TEAM, facts(sample({ ...t, drop: [] })));
                const decided = (o: typeof a, rule: string) => o.rules?.find(r => r.rule === rule)?.status === 'decided';
                for (const r of a.rules ?? []) {
                    if (!decided(a, r.rule) || !decided(full, r.rule)) continue;
                    expect(resultOf(a, r.rule), r.rule).toEqual(resultOf(full, r.rule));
                }
                // A veto decided by one clause lists the clauses known to apply: some of the full list.
                for (const v of a.vetoes) {
                    const all = full.vetoes.find(x => x.rule === v.rule)!.clauses.map(c => c.label);
                    for (const c of v.clauses) expect(all, v.rule).toContain(c.label);
                }
            }
        }), { numRuns: RUNS });
    });

    it('weighted score agrees with a big-rational reference (fraction.js) for 2-decimal sub-scores', () => {
        fc.assert(fc.property(teamFacts, t => {
            const f = facts(sample({ ...t, drop: [] }));
            const [d, l, k, v, i, p] = t.scores.map(x => new Fraction(x, 100));
            const base = d.mul('0.2').add(new Fraction('0.7').mul(l.mul('0.4').add(k.mul('0.4')).add(new Fraction('0.2').mul(v.mul('0.7').add(i.mul('0.3')))))).add(p.mul('0.1'));
            const bonus = [[3, 5], [2, 3], [1, 2]].reduce((s, [pts, cap], j) => s.add(Math.min(t.awards[j] * pts, cap)), new Fraction(0));
            const expected = base.add(bonus);
            const outcome = evaluate(program, TEAM, f);
            const total = outcome.scores.find(s => s.rule === '领导班子综合得分')?.total;
            expect(total).toBeTruthy();
            expect(new Fraction(total!.split(' ≈ ')[0]).equals(expected)).toBe(true);
            const grade = outcome.grades.find(g => g.rule === '领导班子等次')?.grade;
            const want = expected.gte(90) ? '好' : expected.gte(80) ? '较好' : expected.gte(65) ? '一般' : '较差';
            expect(grade).toBe(want);
        }), { numRuns: RUNS });
    });

    it('grades exactly at and just below every band bound (第二十条)', () => {
        for (const [value, grade] of [[9000, '好'], [8999, '较好'], [8000, '较好'], [7999, '一般'], [6500, '一般'], [6499, '较差'], [10000, '好'], [0, '较差']] as const) {
            const f = facts(sample({ scores: Array(6).fill(value), awards: [0, 0, 0], votes: [10, 0, 0, 0], flags: Array(8).fill(false), notices: 0, drop: [] }));
            expect(evaluate(program, TEAM, f).grades.find(g => g.rule === '领导班子等次')?.grade).toBe(grade);
        }
    });
});
