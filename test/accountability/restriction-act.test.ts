import { describe, expect, it } from 'vitest';
import { compileDocument, runScenario } from '@zeren/evaluator';
import { buildFiles, doc } from '../helpers/workspace.js';

/** `行为 日期`: a ban judged against the date of an act (规范企业兼职意见 二 “离职后三年内不得……兼职”). */
const RULES = doc(`
主体 干部 { 事实 已离职: 布尔; 事实 离职日期: 日期 可无 默认 无; 事实 兼职开始日期: 日期 可无 默认 无 }
影响 离职后兼职限制 〔二〕 对 干部 起算 离职日期 {
    三年内受限 〔二〕 当 已离职 3 年内 "不得兼职" 行为 兼职开始日期
}
禁止 三年内兼职 〔二〕 对 干部 当 离职后兼职限制
`);

async function run(facts: string, expect = '') {
    const ws = await buildFiles({ 'r.zeren': RULES, 's.zeren': `场景集 集 针对 测试办法 { 场景 "s" 对 干部 { 事实 { ${facts} } ${expect ? `期望 { ${expect} }` : ''} } }` });
    return { ws, result: runScenario(compileDocument(ws.ir('r.zeren').documents[0]), ws.ir('s.zeren').suites[0].scenarios[0], { explain: true }) };
}

const item = (r: Awaited<ReturnType<typeof run>>['result']) => {
    const a = r.outcome.accountability?.find(x => x.rule === '离职后兼职限制');
    return a?.form === 'restrictions' ? a.items[0] : undefined;
};

describe('行为: whether a dated act falls within a restriction', () => {
    it('the last day falls on a holiday and is not extended: the day itself is inside, the next day outside', async () => {
        const last = await run('已离职 = 是; 离职日期 = 2013-10-01; 兼职开始日期 = 2016-10-01', '离职后兼职限制 = 是; 三年内兼职 = 否; 三年内受限 = 2016-10-01');
        expect(last.result.failures).toEqual([]);
        expect(item(last.result)).toMatchObject({ from: '2013-10-01', until: '2016-10-01', act: '2016-10-01', within: true });
        const after = await run('已离职 = 是; 离职日期 = 2013-10-01; 兼职开始日期 = 2016-10-02', '离职后兼职限制 = 否; 三年内兼职 = 是');
        expect(after.result.failures).toEqual([]);
        expect(item(after.result)).toMatchObject({ until: '2016-10-01', act: '2016-10-02', within: false });
        expect(JSON.stringify(after.result.outcome.trace)).toContain('行为日期 2016-10-02 不在限制期间内，未违反');
    });

    it('no act date, or the restriction not applying, is not a breach', async () => {
        const none = await run('已离职 = 是; 离职日期 = 2013-10-01', '离职后兼职限制 = 否; 三年内受限 = 2016-10-01');
        expect(none.result.failures).toEqual([]);
        expect(item(none.result)).toMatchObject({ act: null, within: false });
        const inPost = await run('已离职 = 否; 兼职开始日期 = 2014-01-01', '离职后兼职限制 = 否; 三年内受限 = 否');
        expect(inPost.result.failures).toEqual([]);
    });

    it('an act that is not a date, or an act without a period, is an error at its line', async () => {
        const ws = await buildFiles({ 'r.zeren': doc(`
主体 干部 { 事实 离职日期: 日期; 事实 次数: 整数 }
影响 限制 〔二〕 对 干部 起算 离职日期 {
    甲 当 次数 > 0 3 年内 "不得兼职" 行为 次数
    乙 当 次数 > 0 "不得兼职" 行为 离职日期
}
`) });
        expect(ws.diagnostics('r.zeren').map(d => d.code).sort()).toEqual(expect.arrayContaining(['restriction-act-type', 'restriction-act-no-period']));
    });
});
