import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDocument, frameFor, runSubject, typeFacts } from '@zeren/evaluator';
import { formatRational } from '@zeren/model';
import { scoreBreakdown } from '../../packages/evaluator/src/outcome-builder.js';
import { fastBreakdown, formatScaled } from '../../packages/evaluator/src/score-breakdown-fast.js';
import { fastFrame } from '../../packages/evaluator/src/batch/fast-frame.js';
import { scaled } from '../../packages/evaluator/src/values.js';
import { loadWorkspace } from '../../packages/cli/src/workspace-loader.js';
import { ROOT } from '../helpers/workspace.js';

// The integer score breakdown and the direct row → frame path against the exact (Rational,
// FactValue) computations they replace, on every scenario of every example.
const ws = await loadWorkspace([path.join(ROOT, 'examples')]);
const files = ws.documents.map(d => ws.ir(d));
const documents = new Map(files.flatMap(f => f.documents).map(d => [d.name, d]));
const scenarios = files.flatMap(f => f.suites.flatMap(s => s.scenarios.map(x => ({ suite: s, scenario: x }))));

describe('fast outcome paths agree with the exact ones', () => {
    it('score breakdowns: the same texts as the Rational computation, on every scenario', () => {
        let compared = 0;
        const programs = new Map<string, ReturnType<typeof compileDocument>>();
        for (const { suite, scenario } of scenarios) {
            const doc = documents.get(suite.document);
            if (!doc) continue;
            const program = programs.get(doc.name) ?? compileDocument(doc);
            programs.set(doc.name, program);
            const sp = program.subjects.get(scenario.subject.name)!;
            const frame = frameFor(sp.subject, scenario.facts);
            const run = runSubject(sp, frame);
            for (const c of sp.rules) {
                if (c.kind !== 'score' || !run.assessed || typeof frame.r[c.index] !== 'number') continue;
                let exact;
                try { exact = scoreBreakdown(c.score, frame); } catch { continue; }
                const fast = fastBreakdown(c.score, frame);
                if (!fast) continue;
                expect(fast.base).toBe(formatRational(exact.base));
                expect(fast.bonus).toBe(formatRational(exact.bonus));
                expect(fast.components).toEqual(exact.components);
                expect(fast.bonuses).toEqual(exact.bonuses);
                expect(formatScaled(frame.r[c.index] as number, c.score.scale)).toBe(formatRational(scaled(frame.r[c.index] as number, c.score.scale)));
                compared++;
            }
        }
        expect(compared).toBeGreaterThan(50);
    });

    it('row values straight to a frame: the same frame as typing and frameFor', () => {
        const rows: [string, Record<string, unknown>][] = [
            ['89.5', { 日常监督评价得分: '89.5', 落实责任得分: 90, 市级表彰项数: '2', 测评好票数: 3, 经组织考核确实存在问题: '是', 成员: [{ label: '甲', 是主要负责人: true, 所受党纪处分: '警告' }] }],
            ['json cell', { 公众评价得分: '100', 成员: '[{"label":"乙","所受责任追究":"通报批评","被立案查处":"否"}]' }],
        ];
        const doc = documents.get('张掖市党风廉政建设考核办法')!;
        const team = doc.subjects.find(s => s.name === '领导班子')!;
        for (const [name, raw] of rows) {
            const frame = fastFrame(team, raw, {});
            expect(frame, name).toBeDefined();
            const typed = typeFacts({ raw, factsPath: [], numberAt: () => undefined, locate: () => ({ line: 1, column: 1 }) }, team);
            expect(typed.errors).toEqual([]);
            expect(frame).toEqual(frameFor(team, typed.values));
        }
        // Out of range, too many places, an unknown enum value or fact: the full path decides.
        expect(fastFrame(team, { 日常监督评价得分: '100.01' }, {})).toBeUndefined();
        expect(fastFrame(team, { 日常监督评价得分: '89.123' }, {})).toBeUndefined();
        expect(fastFrame(team, { 成员: [{ 所受党纪处分: '批评' }] }, {})).toBeUndefined();
        expect(fastFrame(team, { 年龄: '40' }, {})).toBeUndefined();
    });

    it('JSON numbers (doubles, no source text): the direct path takes exactly what typing takes, as the same frame', () => {
        const doc = documents.get('张掖市党风廉政建设考核办法')!;
        const team = doc.subjects.find(s => s.name === '领导班子')!;
        // 日常监督评价得分: two places, 0..100; 市级表彰项数: an integer.
        const value = fc.oneof(
            fc.integer({ min: -200, max: 20000 }).map(n => n / 100),
            fc.integer({ min: -200, max: 200000 }).map(n => n / 1000),
            fc.double({ min: -1e3, max: 1e17, noNaN: true }),
            fc.constantFrom(0.1 + 0.2, 1e-7, 99.99, 100, -0, 2 ** 53, 1e16),
        );
        fc.assert(fc.property(value, fc.constantFrom('日常监督评价得分', '市级表彰项数'), (v, fact) => {
            const raw = { [fact]: v };
            const fast = fastFrame(team, raw, {});
            const typed = typeFacts({ raw, factsPath: [], locate: () => ({ line: 1, column: 1 }) }, team);
            if (typed.errors.length) expect(fast).toBeUndefined();
            else if (fast) expect(fast).toEqual(frameFor(team, typed.values));
        }), { numRuns: 3000 });
    });
});
