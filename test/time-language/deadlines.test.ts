import { describe, expect, it } from 'vitest';
import { compileDocument, runScenario } from '@zeren/evaluator';
import { buildFiles } from '../helpers/workspace.js';

const RULES = `文件 时间办法 { 文号 "测〔2015〕1号" 发布 2015-01-01 层级 市 "张掖市" }
主体 对象 {
    事实 约谈日期: 日期
    事实 整改日期: 日期 可无 默认 无
    事实 进驻结束日期: 日期
    事实 报告日期: 日期 可无 默认 无
    事实 反馈日期: 日期 可无 默认 无
    事实 方案日期: 日期 可无 默认 无
    事实 外出日期: 日期
    事实 外出报告日期: 日期 可无 默认 无
    事实 发现时间: 日期时间
    事实 报告时间: 日期时间 可无 默认 无
    事实 会议记录: 记录
    事实 任职日期: 日期
    事实 届满日期: 日期
}
期限 整改 〔第一条〕 对 对象 自 约谈日期 起 15 日内 完成 整改日期
期限 巡察报告 〔第二条〕 对 对象 自 进驻结束日期 起 10 个工作日内 完成 报告日期
期限 反馈 〔第三条〕 对 对象 自 巡察报告 起 5 个工作日内 完成 反馈日期
期限 整改方案 〔第四条〕 对 对象 自 反馈 起 2 个月内 完成 方案日期
期限 外出报告 〔第五条〕 对 对象 于 外出日期 3 日前 完成 外出报告日期
期限 逃逸报告 〔第六条〕 对 对象 自 发现时间 起 48 小时内 完成 报告时间
期限 年报 〔第七条〕 对 对象 每年 1 月 31 日前 完成 整改日期
期限 自查 〔第八条〕 对 对象 截止 2014 年 4 月底 完成 整改日期
频次 会议 〔第九条〕 对 对象 计 会议记录 每 季度 至少 1 次
频次 轮次 〔第十条〕 对 对象 计 会议记录 每 年 2 至 3 轮
频次 任期会议 〔第十一条〕 对 对象 计 会议记录 每 任期 至少 1 次 任期 自 任职日期 至 届满日期
后果 逾期通报 〔第十二条〕 对 对象 当 非 整改 { 措施 "通报批评" }
`;

const BASE = '约谈日期 = 2015-09-16; 进驻结束日期 = 2015-09-30; 外出日期 = 2015-11-10; 发现时间 = 2015-09-16T09:30; 会议记录 = [2015-02-01, 2015-05-01, 2015-08-01, 2015-11-01]; 任职日期 = 2013-01-01; 届满日期 = 2017-12-31';

async function outcome(facts: string, header = '年度 2015 截至 2015-12-31') {
    // Facts given here replace the same facts of BASE (a fact may be given once).
    const given = new Map(BASE.split('; ').map(f => [f.split(' = ')[0], f] as const));
    for (const f of facts.split('; ').filter(Boolean)) given.set(f.split(' = ')[0], f);
    const ws = await buildFiles({ 'r.zeren': RULES, 's.zeren': `场景集 集 针对 时间办法 { 场景 "s" 对 对象 ${header} { 事实 { ${[...given.values()].join('; ')} } } }` });
    expect(ws.diagnostics('r.zeren')).toEqual([]);
    const program = compileDocument(ws.ir('r.zeren').documents[0]);
    return { result: runScenario(program, ws.ir('s.zeren').suites[0].scenarios[0], { explain: true }), diagnostics: ws.diagnostics('s.zeren') };
}

const deadline = (o: Awaited<ReturnType<typeof outcome>>, rule: string) => o.result.outcome.deadlines.find(d => d.rule === rule)!;

describe('deadlines in the language (hand-computed dates)', () => {
    it('15 days from 2015-09-16 ends on 2015-10-01, a holiday, so 2015-10-08 (民法典第二百零三条)', async () => {
        const o = await outcome('整改日期 = 2015-10-08');
        expect(deadline(o, '整改')).toMatchObject({ due: '2015-10-08', done: '2015-10-08', status: 'on-time' });
        expect(deadline(o, '整改').steps.map(s => s.zh).join('\n')).toContain('2015-10-08');
        const late = await outcome('整改日期 = 2015-10-09');
        expect(deadline(late, '整改')).toMatchObject({ status: 'late', daysLate: 1 });
        expect(late.result.outcome.consequences.find(c => c.rule === '逾期通报')!.applies).toBe(true);
    });

    it('10 working days after 2015-09-30 is 2015-10-20 (10-10 was a make-up working Saturday); chained steps follow', async () => {
        const o = await outcome('报告日期 = 2015-10-20; 反馈日期 = 2015-10-27; 方案日期 = 2015-12-27');
        expect(deadline(o, '巡察报告')).toMatchObject({ due: '2015-10-20', status: 'on-time' });
        // Feedback: 5 working days after the report's actual date 10-20 → 10-21, 22, 23, 26, 27.
        expect(deadline(o, '反馈')).toMatchObject({ due: '2015-10-27', status: 'on-time' });
        // Plan: 2 months after 10-27 → 12-27, a Sunday → next working day 12-28.
        expect(deadline(o, '整改方案')).toMatchObject({ due: '2015-12-28', status: 'on-time' });
    });

    it('a chained step without the earlier completion runs from the earlier due date', async () => {
        const o = await outcome('');
        expect(deadline(o, '巡察报告')).toMatchObject({ due: '2015-10-20', status: 'overdue' });
        expect(deadline(o, '反馈')).toMatchObject({ due: '2015-10-27', status: 'overdue' });
    });

    it('3 days before 2015-11-10: 11-07 is on time, 11-08 is late', async () => {
        expect(deadline(await outcome('外出报告日期 = 2015-11-07'), '外出报告').status).toBe('on-time');
        expect(deadline(await outcome('外出报告日期 = 2015-11-08'), '外出报告')).toMatchObject({ due: '2015-11-07', status: 'late' });
    });

    it('48 hours from 2015-09-16T09:30 (+08:00)', async () => {
        expect(deadline(await outcome('报告时间 = 2015-09-18T09:30'), '逃逸报告').status).toBe('on-time');
        expect(deadline(await outcome('报告时间 = 2015-09-18T09:31'), '逃逸报告').status).toBe('late');
        // 01:30 UTC on 09-18 is 09:30 in Beijing: exactly on time.
        expect(deadline(await outcome('报告时间 = 2015-09-18T01:30Z'), '逃逸报告').status).toBe('on-time');
    });

    it('fixed annual and month-end dates; open vs overdue depends on the as-of date', async () => {
        const o = await outcome('整改日期 = 无', '年度 2015 截至 2015-01-15');
        expect(deadline(o, '年报')).toMatchObject({ due: '2015-01-31', status: 'open' });
        expect(deadline(o, '自查')).toMatchObject({ due: '2014-04-30', status: 'overdue' });
    });
});

describe('frequency obligations in the language', () => {
    it('每季度至少1次: one event per quarter is met; an empty quarter is unmet with its shortfall', async () => {
        const o = await outcome('');
        expect(o.result.outcome.frequencies.find(f => f.rule === '会议')!.status).toBe('met');
        const missing = await outcome('会议记录 = [2015-02-01, 2015-05-01, 2015-11-01]');
        const q = missing.result.outcome.frequencies.find(f => f.rule === '会议')!;
        expect(q.status).toBe('unmet');
        expect(q.periods.filter(p => p.status === 'unmet').map(p => [p.label, p.shortfall])).toEqual([['2015年第三季度', 1]]);
    });

    it('每年2至3轮: four rounds is too many', async () => {
        const o = await outcome('');
        const f = o.result.outcome.frequencies.find(x => x.rule === '轮次')!;
        expect([f.status, f.periods[0].excess]).toEqual(['unmet', 1]);
    });

    it('一届任期内至少1次 over the term given by two date facts', async () => {
        const o = await outcome('会议记录 = [2014-06-01]');
        expect(o.result.outcome.frequencies.find(x => x.rule === '任期会议')!.status).not.toBe('unmet');
        const none = await outcome('会议记录 = []', '年度 2015 截至 2017-12-31');
        expect(none.result.outcome.frequencies.find(x => x.rule === '任期会议')!.status).toBe('unmet');
    });
});

describe('bad time input', () => {
    it('impossible dates, annual deadlines without a year, uncovered calendar years', async () => {
        const ws = await buildFiles({ 'r.zeren': RULES, 's.zeren': '场景集 集 针对 时间办法 { 场景 "s" 对 对象 截至 2015-02-29 { 事实 { 约谈日期 = 2015-02-30 } } }' });
        expect(ws.diagnostics('s.zeren').map(d => d.zh)).toEqual(expect.arrayContaining(['日期“2015-02-29”不存在', '日期“2015-02-30”不存在']));
        const o = await outcome('', '');
        expect(o.result.outcome.errors.map(e => e.zh)).toContain('规则“年报”按年度计算，需要场景的“年度”（或事实文件的 year）');
        const future = await outcome('约谈日期 = 2030-12-20');
        expect(future.result.outcome.errors.map(e => e.en).join('\n')).toMatch(/does not cover 2031/);
    });
});

describe('working-day calendars: local overrides in the rule file and from a data file', () => {
    const local = (body: string) => RULES.replace('层级 市 "张掖市" }', `层级 市 "张掖市" 工作日历 { ${body} } }`);

    async function due(rules: string, rule: string, facts: string, options: { calendar?: import('@zeren/time').CalendarOverrides } = {}) {
        const given = new Map(BASE.split('; ').map(f => [f.split(' = ')[0], f] as const));
        for (const f of facts.split('; ').filter(Boolean)) given.set(f.split(' = ')[0], f);
        const ws = await buildFiles({ 'r.zeren': rules, 's.zeren': `场景集 集 针对 时间办法 { 场景 "s" 对 对象 年度 2015 截至 2015-12-31 { 事实 { ${[...given.values()].join('; ')} } } }` });
        expect(ws.diagnostics('r.zeren')).toEqual([]);
        const program = compileDocument(ws.ir('r.zeren').documents[0], options);
        return runScenario(program, ws.ir('s.zeren').suites[0].scenarios[0]).outcome.deadlines.find(d => d.rule === rule)!;
    }

    it('a local day off moves a period ending on it (2015-10-08 off → 2015-10-09)', async () => {
        expect((await due(local('放假 2015-10-08'), '整改', '')).due).toBe('2015-10-09');
    });

    it('a local working day counts as a working day (10-03 on: 10 working days after 09-30 end on 10-19)', async () => {
        // 10-03, 08, 09, 10 (make-up), 12, 13, 14, 15, 16, 19.
        expect((await due(local('上班 2015-10-03'), '巡察报告', '')).due).toBe('2015-10-19');
    });

    it('a data file can extend the calendar to a year it does not cover', async () => {
        const { parseCalendarOverrides } = await import('@zeren/time');
        const file = parseCalendarOverrides({ source: '2027 安排（测试）', years: { from: 2027, to: 2027 }, holidays: ['2027-01-01'], workdays: [] });
        expect(file.ok).toBe(true);
        if (!file.ok) return;
        // 2026-12-20 + 15 日 = 2027-01-04 (a Monday; no extension) — computable only with the 2027 data.
        const d = await due(RULES, '整改', '约谈日期 = 2026-12-20; 整改日期 = 2027-01-04', { calendar: file.value });
        expect([d.due, d.status]).toEqual(['2027-01-04', 'on-time']);
    });

    it('a completion before the starting event is an input error, not an on-time deadline', async () => {
        const ws = await buildFiles({ 'r.zeren': RULES, 's.zeren': `场景集 集 针对 时间办法 { 场景 "s" 对 对象 年度 2015 截至 2015-12-31 { 事实 { ${BASE}; 整改日期 = 2015-09-10 } } }` });
        expect(ws.diagnostics('s.zeren').map(d => d.zh)).toContain('期限“整改”的完成日期 2015-09-10 早于起算日期 2015-09-16');
    });
});
