import { describe, expect, it } from 'vitest';
import { compileDocument, formatOutcome, runScenario } from '@zeren/evaluator';
import { buildFiles, doc } from '../helpers/workspace.js';

/** 次月起 (甘肃省能上能下实施细则第十八条第二款 “从干部调整岗位的次月起，调整其级别和工资待遇”). */
const RULES = doc(`
序列 调整措施 { 调离岗位 < 降职 }
主体 干部 { 事实 所受调整: 调整措施 可无 默认 无; 事实 调整岗位日期: 日期 可无 默认 无 }
影响 调岗后待遇 〔第十八条第二款〕 对 干部 起算 调整岗位日期 {
    调整待遇 〔第十八条第二款〕 当 所受调整 ≥ 调离岗位 次月起 "调整其级别和工资待遇"
    不得提拔 〔第二十条〕 当 所受调整 = 降职 2 年内 "不得提拔"
}
`);

async function run(facts: string, expect = '') {
    const ws = await buildFiles({ 'r.zeren': RULES, 's.zeren': `场景集 集 针对 测试办法 { 场景 "s" 对 干部 { 事实 { ${facts} } ${expect ? `期望 { ${expect} }` : ''} } }` });
    return { ws, result: runScenario(compileDocument(ws.ir('r.zeren').documents[0]), ws.ir('s.zeren').suites[0].scenarios[0], { explain: true }) };
}

describe('次月起: in force from the first day of the next month, with no end', () => {
    it('evaluates to that day and no last day; the outcome and the trace say so', async () => {
        const { result } = await run('所受调整 = 降职; 调整岗位日期 = 2015-10-08');
        const r = result.outcome.accountability?.find(a => a.rule === '调岗后待遇');
        expect(r).toMatchObject({ form: 'restrictions', start: '2015-10-08' });
        expect(r?.form === 'restrictions' && r.items.map(i => [i.name, i.applies, i.from, i.until, i.period])).toEqual([
            ['调整待遇', true, '2015-11-01', null, '次月起'],
            ['不得提拔', true, '2015-10-08', '2017-10-08', '2年内'],
        ]);
        expect(formatOutcome(result.outcome, 'zh')).toContain('调整其级别和工资待遇：2015-11-01 起');
        expect(formatOutcome(result.outcome, 'en')).toContain('调整其级别和工资待遇: from 2015-11-01 on');
        const trace = JSON.stringify(result.outcome.trace);
        expect(trace).toContain('调整待遇：调整其级别和工资待遇（次月起），2015-11-01 起');
    });

    it('a scenario expects the first day with 起; a wrong day, a last day or 否 fail with both values', async () => {
        expect((await run('所受调整 = 调离岗位; 调整岗位日期 = 2015-12-31', '调整待遇 = 2016-01-01 起; 不得提拔 = 否')).result.failures).toEqual([]);
        const wrong = (await run('所受调整 = 调离岗位; 调整岗位日期 = 2015-12-31', '调整待遇 = 2015-12-01 起')).result.failures;
        expect(wrong.map(f => [f.expected, f.actual, f.zh])).toEqual([['2015-12-01 起', '2016-01-01 起', '调整待遇：期望 2015-12-01 起，实际 2016-01-01 起']]);
        const asLastDay = (await run('所受调整 = 调离岗位; 调整岗位日期 = 2015-12-31', '调整待遇 = 2016-01-01')).result.failures;
        expect(asLastDay.map(f => [f.expected, f.actual])).toEqual([['2016-01-01', '2016-01-01 起']]);
        const bounded = (await run('所受调整 = 降职; 调整岗位日期 = 2015-10-08', '不得提拔 = 2015-10-08 起')).result.failures;
        expect(bounded.map(f => [f.expected, f.actual])).toEqual([['2015-10-08 起', '2017-10-08']]);
        const none = (await run('', '调整待遇 = 2016-01-01 起')).result.failures;
        expect(none.map(f => [f.expected, f.actual])).toEqual([['2016-01-01 起', '否']]);
    });

    it('an impossible first day is an error on the scenario, in both languages', async () => {
        const { ws } = await run('所受调整 = 调离岗位; 调整岗位日期 = 2015-12-31', '调整待遇 = 2016-02-30 起');
        expect(ws.diagnostics('s.zeren').map(d => [d.code, d.zh, d.en])).toEqual([['invalid-date', expect.stringContaining('2016-02-30'), expect.stringContaining('2016-02-30')]]);
    });
});
