import { beforeAll, describe, expect, it } from 'vitest';
import type { FactValue, Outcome } from '@zeren/model';
import { Rational } from '@zeren/model';
import type { Program } from '@zeren/evaluator';
import { compileDocument, evaluate, formatOutcome, outcomeExitCode, selectRules } from '@zeren/evaluator';
import { buildFiles, doc } from '../helpers/workspace.js';

/**
 * The truth table of partial evaluation (docs/language.md), one row per case, under both tiers:
 * 且/或/非 with an undetermined operand, veto clauses and exceptions, scores, grades, consequences,
 * exclusions and deadlines judged without an as-of date.
 */

const RULES = doc(`
主体 人 {
    事实 甲: 布尔
    事实 乙: 布尔
    事实 分一: 整数 范围 0..100
    事实 分二: 整数 范围 0..100
    事实 调离: 布尔
    事实 离岗: 布尔
    事实 通知日期: 日期
    事实 完成日期: 日期 可无
}
后果 甲或乙 〔第一条〕 对 人 当 甲 或 乙 { 措施 "或" }
后果 甲且乙 〔第一条〕 对 人 当 甲 且 乙 { 措施 "且" }
后果 非甲 〔第一条〕 对 人 当 非 甲 { 措施 "非" }
一票否决 否决 〔第二条〕 对 人 {
    （一） 当 甲
    （二） 当 乙
    例外 已调离 〔第二条〕 排除 （二） 当 调离
}
得分 总分 〔第三条〕 对 人 {
    一 占 50% = 分一
    二 占 50% = 分二
}
等次 总等次 〔第三条〕 对 人 按 总分 {
    好 ≥ 90
    差
}
后果 差或否决 〔第四条〕 对 人 当 否决 或 总等次 = 差 { 措施 "差或否决" }
排除 离岗不定等次 〔第五条〕 对 人 不确定等次 当 离岗
期限 报告 〔第六条〕 对 人 自 通知日期 起 15 日内 完成 完成日期
后果 报告逾期 〔第六条〕 对 人 当 非 报告 { 措施 "逾期" }
`);

let programs: Record<'closures' | 'generated', Program>;

beforeAll(async () => {
    const ws = await buildFiles({ 'rules.zeren': RULES });
    expect(ws.diagnostics('rules.zeren').filter(d => d.severity === 'error')).toEqual([]);
    const document = ws.ir('rules.zeren').documents[0];
    programs = { closures: compileDocument(document, { backend: 'closures' }), generated: compileDocument(document, { backend: 'generated' }) };
}, 120_000);

const bool = (value: boolean): FactValue => ({ kind: 'bool', value });
const num = (n: number): FactValue => ({ kind: 'number', value: new Rational(n) });
const COMPLETE: Record<string, FactValue> = {
    甲: bool(false), 乙: bool(false), 分一: num(95), 分二: num(95), 调离: bool(false), 离岗: bool(false),
    通知日期: { kind: 'date', value: '2015-03-01' }, 完成日期: { kind: 'date', value: '2015-03-10' },
};

/** The outcome under both tiers, which must agree; facts listed in `without` are left out. */
function run(facts: Record<string, FactValue>, without: string[] = [], asOf?: string): Outcome {
    const values = new Map(Object.entries({ ...COMPLETE, ...facts }).filter(([k]) => !without.includes(k)));
    const outcomes = (['closures', 'generated'] as const).map(backend => evaluate(programs[backend], '人', values, { asOf }));
    expect(outcomes[1]).toEqual(outcomes[0]);
    return outcomes[0];
}

const status = (o: Outcome, rule: string) => o.rules!.find(r => r.rule === rule)!;
const applies = (o: Outcome, rule: string) => {
    const s = status(o, rule);
    return s.status === 'decided' ? o.consequences.find(c => c.rule === rule)!.applies : s.status;
};

describe('partial evaluation: 且 / 或 / 非 (Kleene)', () => {
    it.each([
        // 甲 given, 乙 missing
        [true, '甲或乙', true], [false, '甲或乙', 'undetermined'],
        [true, '甲且乙', 'undetermined'], [false, '甲且乙', false],
        [true, '非甲', false], [false, '非甲', true],
    ] as const)('甲 = %s, 乙 not given: %s → %s', (a, rule, expected) => {
        expect(applies(run({ 甲: bool(a) }, ['乙']), rule)).toBe(expected);
    });
    it('both missing: all three undetermined, each naming what it reads', () => {
        const o = run({}, ['甲', '乙']);
        expect(status(o, '甲或乙')).toMatchObject({ status: 'undetermined', missing: ['甲', '乙'] });
        expect(status(o, '非甲')).toMatchObject({ status: 'undetermined', missing: ['甲'] });
        expect(status(o, '非甲').reasons![0]).toMatchObject({ zh: '〔第一条〕非甲未能判定：缺少事实“甲”', en: "〔第一条〕非甲 is undetermined: missing fact(s) '甲'" });
    });
});

describe('partial evaluation: vetoes, scores, grades', () => {
    it('a clause that holds vetoes even when another clause is undetermined', () => {
        const o = run({ 甲: bool(true) }, ['乙']);
        expect(o.vetoes[0]).toMatchObject({ vetoed: true, clauses: [{ label: '（一）' }], undeterminedClauses: [{ label: '（二）', missing: ['乙'] }] });
        expect(status(o, '否决').status).toBe('decided');
        expect(applies(o, '差或否决')).toBe(true);
    });
    it('an exception that cannot be judged leaves the clause it excuses undetermined, and says so', () => {
        const o = run({ 乙: bool(true) }, ['调离']);
        expect(o.vetoes[0]).toMatchObject({ vetoed: false, undetermined: true, undeterminedClauses: [{ label: '（二）', missing: ['调离'], exceptions: ['已调离'] }] });
        expect(status(o, '否决').reasons!.map(r => r.zh)).toEqual(['〔第二条〕否决未能判定：条款（二）成立，但例外“已调离”无法判定（缺少事实“调离”）']);
        // An exception that holds excuses whatever else is missing; a clause whose condition fails needs no exception.
        expect(run({ 乙: bool(true), 调离: bool(true) }, []).vetoes[0].vetoed).toBe(false);
        expect(status(run({ 乙: bool(false) }, ['调离']), '否决').status).toBe('decided');
    });
    it('a score with a missing component is undetermined; so is its grade and what reads the grade', () => {
        const o = run({}, ['分二']);
        expect(o.scores[0]).toMatchObject({ total: null, undetermined: true });
        expect(o.grades[0]).toMatchObject({ grade: null, status: 'undetermined' });
        expect(status(o, '总等次')).toMatchObject({ status: 'undetermined', missing: ['分二'], via: ['总分'] });
        expect(status(o, '差或否决')).toMatchObject({ status: 'undetermined', missing: ['分二'] });
        expect(outcomeExitCode(o)).toBe(1);
        expect(formatOutcome(o, 'zh')).toContain('〔第三条〕总等次未能判定：所依据的“总分”未能判定（缺少事实“分二”）');
    });
    it('an exclusion that cannot be judged makes the grade undetermined, not the score', () => {
        const o = run({}, ['离岗']);
        expect(status(o, '总分').status).toBe('decided');
        expect(status(o, '总等次')).toMatchObject({ status: 'undetermined', missing: ['离岗'], via: ['离岗不定等次'] });
    });
    it('complete facts: every rule decided, exit code 0', () => {
        const o = run({});
        expect(o.rules!.every(r => r.status === 'decided')).toBe(true);
        expect(outcomeExitCode(o)).toBe(0);
    });
});

describe('partial evaluation: deadlines', () => {
    it('not done and no as-of date: open with its due date, and the rule reading it undetermined', () => {
        const o = run({ 完成日期: { kind: 'absent' } });
        expect(o.deadlines[0]).toMatchObject({ rule: '报告', status: 'open', due: '2015-03-16', undated: true });
        expect(status(o, '报告')).toMatchObject({ status: 'open', due: '2015-03-16' });
        expect(status(o, '报告').reasons![0].zh).toContain('命令行 --as-of 日期、事实文件的 asOf 或场景的 截至');
        expect(status(o, '报告逾期')).toMatchObject({ status: 'undetermined' });
        expect(o.errors).toEqual([]);
        expect(outcomeExitCode(o)).toBe(1);
    });
    it('with an as-of date it is judged', () => {
        const o = run({ 完成日期: { kind: 'absent' } }, [], '2015-04-01');
        expect(o.deadlines[0]).toMatchObject({ status: 'overdue' });
        expect(applies(o, '报告逾期')).toBe(true);
    });
});

describe('selectRules (--rule)', () => {
    it('keeps the named rules and what they depend on, nothing else', () => {
        const document = programs.closures.document;
        const selection = selectRules(document, ['差或否决']);
        expect('document' in selection && selection.document.rules.map(r => r.name).sort()).toEqual(['否决', '差或否决', '总分', '离岗不定等次', '总等次'].sort());
        expect(selectRules(document, ['无此规则'])).toMatchObject({ unknown: ['无此规则'] });
    });
});
