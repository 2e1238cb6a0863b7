import { describe, expect, it } from 'vitest';
import { compileDocument, runScenario } from '@zeren/evaluator';
import type { Outcome } from '@zeren/model';
import { buildFiles, doc } from '../helpers/workspace.js';
import { entry } from './helpers.js';

/** 追溯 (一案双查 第六条): 1 January of (year of the anchor − N, or − M when extended) to the end date. */
const RULES = (window = '自 案发日期 前 1 年度 或 前 2 年度 当 必要时 至 立案日期') => doc(`
主体 案件 { 事实 触发: 布尔 默认 是; 事实 必要时: 布尔 默认 否; 事实 案发日期: 日期; 事实 立案日期: 日期 可无 }
追溯 时间范围 〔第六条〕 对 案件 当 触发 ${window}
`);

async function run(facts: string, rules = RULES()): Promise<Outcome> {
    const ws = await buildFiles({ 'r.zeren': rules, 's.zeren': `场景集 集 针对 测试办法 { 场景 "s" 对 案件 { 事实 { ${facts} } } }` });
    return runScenario(compileDocument(ws.ir('r.zeren').documents[0]), ws.ir('s.zeren').suites[0].scenarios[0]).outcome;
}

async function problems(rules: string) {
    const ws = await buildFiles({ 'r.zeren': rules });
    return ws.diagnostics('r.zeren').map(d => ({ code: d.code, zh: d.zh, en: d.en }));
}

describe('追溯: look-back windows', () => {
    it('opens on 1 January of the year before the anchor and closes on the end date', async () => {
        const w = entry(await run('案发日期 = 2014-05-10; 立案日期 = 2015-06-30'), '时间范围', 'lookback');
        expect(w).toMatchObject({ applies: true, anchor: '2014-05-10', years: 1, extended: false, from: '2013-01-01', until: '2015-06-30' });
    });

    it('the anchor year, not the anchor day, decides: 01-01 and 12-31 of one year give the same start', async () => {
        for (const d of ['2014-01-01', '2014-12-31']) {
            expect(entry(await run(`案发日期 = ${d}; 立案日期 = 2015-06-30`), '时间范围', 'lookback').from).toBe('2013-01-01');
        }
        expect(entry(await run('案发日期 = 2015-01-01; 立案日期 = 2015-06-30'), '时间范围', 'lookback').from).toBe('2014-01-01');
    });

    it('goes back two years when the extension holds', async () => {
        const w = entry(await run('案发日期 = 2016-02-29; 立案日期 = 2016-03-01; 必要时 = 是'), '时间范围', 'lookback');
        expect(w).toMatchObject({ extended: true, years: 2, from: '2014-01-01', until: '2016-03-01' });
    });

    it('is not due when its condition fails, and then needs no dates', async () => {
        const o = await run('触发 = 否');
        expect(entry(o, '时间范围', 'lookback')).toMatchObject({ applies: false, from: null, until: null });
        expect(o.errors).toEqual([]);
    });

    it('a missing end date while due is an evaluation error naming the fact', async () => {
        const o = await run('案发日期 = 2014-05-10; 立案日期 = 无');
        expect(o.errors.map(e => e.code)).toContain('eval-lookback-no-date');
        expect(o.errors.find(e => e.code === 'eval-lookback-no-date')!.zh).toBe('追溯“时间范围”适用，但缺少日期：事实“立案日期”');
    });

    it('an end before the start is an evaluation error', async () => {
        const o = await run('案发日期 = 2014-05-10; 立案日期 = 2012-12-31');
        expect(o.errors.find(e => e.code === 'eval-lookback-reversed')?.zh).toBe('追溯“时间范围”的结束日期 2012-12-31 早于开始日期 2013-01-01');
    });

    it('the rule file itself is valid (no diagnostics)', async () => {
        const ws = await buildFiles({ 'r.zeren': RULES() });
        expect(ws.diagnostics('r.zeren')).toEqual([]);
    });
});

describe('追溯: static checks', () => {
    it('an extension that does not reach further back', async () => {
        expect(await problems(RULES('自 案发日期 前 2 年度 或 前 2 年度 当 必要时 至 立案日期'))).toEqual([{
            code: 'lookback-extension-shorter',
            zh: '“时间范围”的延长追溯（前 2 年度）不早于一般追溯（前 2 年度）：延长的范围必须更长',
            en: "The extended look-back of '时间范围' (2 years back) does not reach further than the normal one (2 years back)",
        }]);
    });

    it('an anchor that is not a date', async () => {
        const ds = await problems(RULES('自 必要时 前 1 年度 至 立案日期'));
        expect(ds.map(d => d.code)).toContain('lookback-date-type');
        expect(ds.find(d => d.code === 'lookback-date-type')!.en).toContain('must be a date');
    });
});
