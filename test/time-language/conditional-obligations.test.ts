import { describe, expect, it } from 'vitest';
import { compileDocument, computeCoverage, runScenario } from '@zeren/evaluator';
import { coverageReport } from '../../packages/cli/src/report/coverage.js';
import { Outcome } from '@zeren/model';
import { buildFiles } from '../helpers/workspace.js';

// Obligations that apply only while a condition holds (中组发〔2013〕18号 五: 兼职期间 … 每年年底报告).
const RULES = `文件 兼职办法 { 文号 "测〔2013〕18号" 发布 2013-10-30 层级 中央 "全国" }
主体 干部 {
    事实 在企业兼职: 布尔
    事实 兼职个数: 整数 范围 0..9 默认 0
    事实 年报日期: 日期 可无 默认 无
    事实 核查日期: 日期 可无 默认 无
    事实 汇报记录: 记录
}
期限 兼职情况年报 〔五〕 对 干部 当 在企业兼职 每年 12 月底前 完成 年报日期
期限 年报核查 〔五〕 对 干部 自 兼职情况年报 起 10 日内 完成 核查日期
频次 兼职汇报 〔五〕 对 干部 当 在企业兼职 且 兼职个数 ≥ 1 计 汇报记录 每 半年 至少 1 次
后果 未按时报告 〔七〕 对 干部 当 非 兼职情况年报 { 措施 "严肃处理" }
`;

async function run(facts: string, options: { header?: string; expect?: string; backend?: 'closures' | 'generated' } = {}) {
    const header = options.header ?? '年度 2015 截至 2016-01-31';
    const ws = await buildFiles({
        'r.zeren': RULES,
        's.zeren': `场景集 集 针对 兼职办法 { 场景 "s" 对 干部 ${header} { 事实 { ${facts} } 期望 { ${options.expect ?? ''} } } }`,
    });
    expect(ws.diagnostics('r.zeren')).toEqual([]);
    const program = compileDocument(ws.ir('r.zeren').documents[0], { backend: options.backend });
    return { result: runScenario(program, ws.ir('s.zeren').suites[0].scenarios[0], { explain: true }), diagnostics: ws.diagnostics('s.zeren') };
}

const NOT_HELD = '在企业兼职 = 否; 汇报记录 = []';
const HELD = '在企业兼职 = 是; 兼职个数 = 1; 汇报记录 = [2015-03-01, 2015-09-01]';

describe('conditional deadlines and frequencies', () => {
    it('the condition false: 不适用, with no due date or periods, and the explanation cites the rule and the condition', async () => {
        const { result } = await run(NOT_HELD);
        expect(result.outcome.errors).toEqual([]);
        expect(result.outcome.deadlines.find(d => d.rule === '兼职情况年报')).toEqual({
            rule: '兼职情况年报', cite: { document: '兼职办法', text: '五' }, status: 'not-applicable', steps: [],
        });
        expect(result.outcome.frequencies.find(q => q.rule === '兼职汇报')).toEqual({
            rule: '兼职汇报', cite: { document: '兼职办法', text: '五' }, status: 'not-applicable', periods: [],
        });
        const trace = result.outcome.trace!.filter(t => t.zh.startsWith('兼职'));
        expect(trace).toEqual([
            { cite: { document: '兼职办法', text: '五' }, zh: '兼职情况年报：适用条件 在企业兼职（否） 不成立 → 不适用', en: '兼职情况年报: the condition 在企业兼职（否） does not hold → not applicable' },
            { cite: { document: '兼职办法', text: '五' }, zh: '兼职汇报：适用条件 在企业兼职（否） 且 兼职个数（0） ≥ 1 不成立 → 不适用', en: '兼职汇报: the condition 在企业兼职（否） 且 兼职个数（0） ≥ 1 does not hold → not applicable' },
        ]);
        // Nothing was missed: 是 in conditions, so the consequence of missing it does not apply.
        expect(result.outcome.consequences.find(c => c.rule === '未按时报告')!.applies).toBe(false);
        // The outcome still matches its published schema.
        expect(Outcome.safeParse(result.outcome).success).toBe(true);
    });

    it('a deadline chained to one that does not apply does not apply either', async () => {
        const { result } = await run(NOT_HELD);
        expect(result.outcome.deadlines.find(d => d.rule === '年报核查')!.status).toBe('not-applicable');
        expect(result.outcome.trace!.find(t => t.zh.startsWith('年报核查'))!.zh).toBe('年报核查：起算的期限“兼职情况年报”不适用 → 不适用');
        const held = await run(`${HELD}; 年报日期 = 2015-12-20; 核查日期 = 2015-12-28`);
        expect(held.result.outcome.deadlines.find(d => d.rule === '年报核查')).toMatchObject({ due: '2015-12-30', status: 'on-time' });
    });

    it('the condition true: the usual statuses (on time on 12-31, late, not yet due, overdue) after a line saying it applies', async () => {
        const status = async (facts: string, header?: string) => (await run(`${HELD}${facts}`, { header })).result.outcome.deadlines.find(d => d.rule === '兼职情况年报')!;
        expect(await status('; 年报日期 = 2015-12-31')).toMatchObject({ due: '2015-12-31', done: '2015-12-31', status: 'on-time' });
        expect(await status('; 年报日期 = 2016-01-05')).toMatchObject({ status: 'late', daysLate: 5 });
        expect(await status('', '年度 2015 截至 2015-11-30')).toMatchObject({ due: '2015-12-31', status: 'open' });
        expect(await status('')).toMatchObject({ status: 'overdue' });
        const { result } = await run(`${HELD}; 年报日期 = 2016-01-05`);
        expect(result.outcome.trace!.find(t => t.zh.startsWith('兼职情况年报'))!.zh).toBe('兼职情况年报：适用条件 在企业兼职（是） 成立');
        expect(result.outcome.consequences.find(c => c.rule === '未按时报告')!.applies).toBe(true);
        expect(result.outcome.frequencies.find(q => q.rule === '兼职汇报')!.status).toBe('met');
    });

    it('a condition that cannot be evaluated leaves the rule undetermined, and fails the scenario in Chinese and English', async () => {
        const { result } = await run('汇报记录 = []');
        expect(result.outcome.rules!.filter(r => r.status === 'undetermined').map(r => r.rule)).toEqual(expect.arrayContaining(['兼职情况年报', '兼职汇报']));
        const errors = result.failures.filter(e => e.actual === 'fact-missing');
        expect(errors.map(e => e.zh)).toEqual(expect.arrayContaining(['缺少事实“在企业兼职”（〔五〕兼职情况年报需要）', '缺少事实“在企业兼职”（〔五〕兼职汇报需要）']));
        expect(errors.map(e => e.en)).toContain("Missing fact '在企业兼职' (needed by 〔五〕兼职情况年报)");
        expect(result.passed).toBe(false);
    });

    it('scenarios expect 不适用 of a deadline or a frequency; a wrong expectation names both statuses', async () => {
        expect((await run(NOT_HELD, { expect: '兼职情况年报 = 不适用  兼职汇报 = 不适用  年报核查 = 不适用' })).result.failures).toEqual([]);
        // 是 (not missed) also holds for an obligation that does not apply.
        expect((await run(NOT_HELD, { expect: '兼职情况年报 = 是  兼职汇报 = 是' })).result.failures).toEqual([]);
        const wrong = await run(`${HELD}; 年报日期 = 2015-12-31`, { expect: '兼职情况年报 = 不适用  兼职汇报 = 不适用' });
        expect(wrong.result.failures.map(f => f.zh)).toEqual(['兼职情况年报：期望 不适用，实际 按时', '兼职汇报：期望 不适用，实际 达到要求']);
        const other = await run(NOT_HELD, { expect: '兼职情况年报 = 按时' });
        expect(other.result.failures.map(f => f.en)).toEqual(['兼职情况年报: expected 按时, got 不适用']);
    });

    it('a frequency takes only 不适用 of the deadline statuses', async () => {
        const { diagnostics } = await run(NOT_HELD, { expect: '兼职汇报 = 按时' });
        expect(diagnostics.map(d => [d.code, d.zh])).toEqual([['expectation-type', '期望值的类型与“兼职汇报”的结果不符：应为是/否/不适用']]);
    });

    it('both evaluator tiers give the same outcomes (time rules keep their closures in generated code)', async () => {
        for (const facts of [NOT_HELD, `${HELD}; 年报日期 = 2016-01-05`, '汇报记录 = []']) {
            const closures = (await run(facts, { backend: 'closures' })).result.outcome;
            const generated = (await run(facts, { backend: 'generated' })).result.outcome;
            expect(generated).toEqual(closures);
        }
    });

    it('coverage: a conditional obligation is exercised only when asserting scenarios see the condition hold and fail', async () => {
        const scenario = (name: string, facts: string) =>
            `场景 "${name}" 对 干部 年度 2015 截至 2016-01-31 { 事实 { ${facts} } 期望 { 兼职情况年报 = 是  兼职汇报 = 是  年报核查 = 是 } }`;
        const cover = async (...scenarios: string[]) => {
            const ws = await buildFiles({ 'r.zeren': RULES, 's.zeren': `场景集 集 针对 兼职办法 { ${scenarios.join('\n')} }` });
            const document = ws.ir('r.zeren').documents[0];
            const program = compileDocument(document);
            const runs = ws.ir('s.zeren').suites[0].scenarios.map(sc => ({ scenario: sc, result: runScenario(program, sc) }));
            return computeCoverage([document], runs);
        };
        const onlyHeld = await cover(scenario('兼职', `${HELD}; 年报日期 = 2015-12-20`));
        expect(onlyHeld.filter(i => i.rule === '兼职情况年报').map(i => [i.kind, i.part, i.scenarios.length])).toEqual([
            ['rule', undefined, 1], ['condition-true', '当（成立）', 1], ['condition-false', '当（不成立）', 0],
        ]);
        // The chained deadline has no condition of its own: one item.
        expect(onlyHeld.filter(i => i.rule === '年报核查').map(i => i.kind)).toEqual(['rule']);
        expect(coverageReport(onlyHeld, 'zh')).toContain('未覆盖 适用条件不成立 兼职情况年报');
        expect(coverageReport(onlyHeld, 'en')).toContain('not exercised condition failing 兼职汇报');
        const both = await cover(scenario('兼职', `${HELD}; 年报日期 = 2015-12-20`), scenario('未兼职', NOT_HELD));
        expect(both.filter(i => i.rule !== '未按时报告' && i.scenarios.length === 0)).toEqual([]);
    });
});
