import { describe, expect, it } from 'vitest';
import { buildFiles, doc } from '../helpers/workspace.js';

// Conditions that can never hold, found by reasoning over bounds, 范围, whole numbers and
// enumeration values (packages/checker/src/condition-truth.ts), not only over constants.
const DECLS = `序列 处分 { 警告 < 严重警告 < 撤职 }
主体 班子 {
    事实 分: 小数(2) 范围 0..100
    事实 次数: 整数 范围 0..10
    事实 丙: 布尔
    事实 级: 处分 可无
    事实 定级: 处分
    事实 报告日期: 日期 可无
    事实 会议记录: 记录
}
`;

async function warnings(body: string) {
    const ws = await buildFiles({ 'a.zeren': doc(DECLS + body) });
    // The declarations serve every case, so most facts go unused in any one of them.
    return ws.diagnostics('a.zeren').filter(d => d.code !== 'unused-fact').map(d => ({ code: d.code, zh: d.zh, en: d.en }));
}

const veto = (clauses: string) => `一票否决 否决 〔第三条〕 对 班子 { ${clauses} }`;
const codes = (ds: { code: string }[]) => ds.map(d => d.code);

describe('conditions that can never hold', () => {
    it('contradictory bounds on one fact: a clause that never applies', async () => {
        expect(await warnings(veto('（一） 当 分 ≥ 90 且 分 < 80'))).toEqual([{
            code: 'clause-never', zh: '条款“（一）”的条件恒为假，永远不会触发', en: "The condition of clause '（一）' is always false: it can never apply",
        }]);
        // Touching bounds leave exactly one value.
        expect(await warnings(veto('（一） 当 分 ≥ 90 且 分 ≤ 90'))).toEqual([]);
        expect(codes(await warnings(veto('（一） 当 分 > 90 且 分 ≤ 90')))).toEqual(['clause-never']);
    });

    it('the fact’s 范围 and whole numbers count; ≠ removes single values', async () => {
        expect(codes(await warnings(veto('（一） 当 分 > 100')))).toEqual(['clause-never']);
        expect(codes(await warnings(veto('（一） 当 次数 > 2 且 次数 < 3')))).toEqual(['clause-never']);
        expect(await warnings(veto('（一） 当 分 > 2 且 分 < 3'))).toEqual([]);
        expect(codes(await warnings(veto('（一） 当 次数 ≥ 9 且 次数 ≠ 9 且 次数 ≠ 10')))).toEqual(['clause-never']);
        expect(await warnings(veto('（一） 当 次数 ≥ 8 且 次数 ≠ 9 且 次数 ≠ 10'))).toEqual([]);
    });

    it('a scale value cannot be two things at once; 无 satisfies no ordering, and only ≠', async () => {
        expect(codes(await warnings(veto('（一） 当 定级 ≥ 撤职 且 定级 < 严重警告')))).toEqual(['clause-never']);
        // 级 is 可无: 非 (级 ≥ 警告) holds for 无 only, and 无 ≠ 撤职.
        expect(await warnings(veto('（一） 当 非 (级 ≥ 警告) 且 级 ≠ 撤职'))).toEqual([]);
        expect(codes(await warnings(veto('（一） 当 非 (定级 ≥ 警告)')))).toEqual(['clause-never']);
    });

    it('yes and no of one fact, written either way', async () => {
        expect(codes(await warnings(veto('（一） 当 丙 且 非 丙')))).toEqual(['clause-never']);
        expect(codes(await warnings(veto('（一） 当 丙 = 是 且 丙 = 否')))).toEqual(['clause-never']);
        expect(codes(await warnings(veto('（一） 当 (丙 或 分 > 50) 且 非 丙 且 分 < 10')))).toEqual(['clause-never']);
    });

    it('what it does not reason about stays silent rather than guessing', async () => {
        expect(await warnings(veto('（一） 当 分 + 1 > 200'))).toEqual([]);
        expect(await warnings(veto('（一） 当 报告日期 > 2015-01-01 且 报告日期 < 2014-01-01'))).toEqual([]);
    });
});

describe('the warning says which fact’s constraints clash', () => {
    async function related(body: string) {
        const ws = await buildFiles({ 'a.zeren': doc(DECLS + body) });
        return (ws.doc('a.zeren').diagnostics ?? []).filter(d => d.code !== 'unused-fact')
            .map(d => (d.relatedInformation ?? []).map(r => [r.message, r.location.range.start.line + 1]));
    }
    // The facts are declared on lines 4–8 (after the document header, the scale and the subject line).
    it('names the fact, its constraints as written, its 范围 and wholeness, at its declaration', async () => {
        expect(await related(veto('（一） 当 分 ≥ 90 且 丙 且 分 < 80'))).toEqual([[['“分”不能同时满足：分 ≥ 90、分 < 80、范围 0..100', 4]]]);
        expect(await related(veto('（一） 当 次数 > 2 且 次数 < 3'))).toEqual([[['“次数”不能同时满足：次数 > 2、次数 < 3、范围 0..10、整数', 5]]]);
        expect(await related(veto('（一） 当 丙 且 非 丙'))).toEqual([[['“丙”不能同时满足：丙、非 丙', 6]]]);
        expect(await related(veto('（一） 当 非 (定级 ≥ 警告)'))).toEqual([[['“定级”不能同时满足：非 (定级 ≥ 警告)', 8]]]);
    });
    it('says nothing more when several alternatives fail for different reasons', async () => {
        expect(await related(veto('（一） 当 (分 > 100 或 次数 > 10) 且 丙'))).toEqual([[]]);
    });
});

describe('exceptions judged against the clauses they override', () => {
    it('an exception that cannot hold while its clause does never applies', async () => {
        expect(await warnings(veto('（一） 当 次数 ≥ 2  例外 偶发 〔第四条〕 排除 （一） 当 次数 < 1'))).toEqual([{
            code: 'exception-never-with-clauses',
            zh: '例外“偶发”只在条款（一）成立时起作用，但它的条件与这些条款的条件不能同时成立：永远不会适用',
            en: "Exception '偶发' only matters when clause （一） holds, but its condition cannot hold together with theirs: it can never apply",
        }]);
    });

    it('an exception that holds whenever its clause does erases the clause', async () => {
        expect(await warnings(veto('（一） 当 次数 ≥ 2  例外 宽免 〔第四条〕 排除 （一） 当 次数 ≥ 1'))).toEqual([{
            code: 'exception-overrides-clauses',
            zh: '条款（一）成立时例外“宽免”总是成立：这些条款永远不会触发',
            en: "Whenever clause （一） holds, exception '宽免' holds too: those clauses can never apply",
        }]);
    });

    it('an exception that carves out part of its clause is what exceptions are for', async () => {
        expect(await warnings(veto('（一） 当 次数 ≥ 2  例外 首次 〔第四条〕 排除 （一） 当 次数 < 3 且 丙'))).toEqual([]);
    });
});

describe('rules whose own condition never holds', () => {
    it('a consequence, an exclusion, a conditional deadline and frequency', async () => {
        const ds = await warnings(`后果 约谈 〔第五条〕 对 班子 当 分 < 60 且 分 ≥ 60 { 措施 "约谈" }
排除 不定等次 〔第六条〕 对 班子 不确定等次 当 次数 > 10
期限 报告期限 〔第七条〕 对 班子 当 定级 > 撤职 每年 1 月 31 日前 完成 报告日期
频次 例会 〔第八条〕 对 班子 当 丙 且 非 丙 计 会议记录 每 季度 至少 1 次`);
        expect(ds.map(d => [d.code, d.zh])).toEqual([
            ['rule-never', '“约谈”的适用条件恒为假，永远不会适用'],
            ['rule-never', '“不定等次”的适用条件恒为假，永远不会适用'],
            ['rule-never', '“报告期限”的适用条件恒为假，永远不会适用'],
            ['rule-never', '“例会”的适用条件恒为假，永远不会适用'],
        ]);
    });
});

describe('要求/禁止 that constrain nothing or cannot be met; obligations whose 当 always holds', () => {
    it('a requirement every case meets, a prohibition every case breaks, a 当 that can go', async () => {
        const ds = await warnings(`要求 次数上限 〔第十条〕 对 班子 当 次数 ≤ 10
禁止 分数下限 〔第十一条〕 对 班子 当 分 ≥ 0
要求 兼有 〔第十二条〕 对 班子 当 丙 且 非 丙
期限 报告期限 〔第七条〕 对 班子 当 次数 ≥ 0 每年 1 月 31 日前 完成 报告日期`);
        expect(ds.map(d => [d.code, d.zh])).toEqual([
            ['requirement-always-met', '“次数上限”在任何情况下都得到遵守：它不约束任何情形'],
            ['requirement-never-met', '“分数下限”在任何情况下都无法遵守'],
            ['requirement-never-met', '“兼有”在任何情况下都无法遵守'],
            ['condition-always', '“报告期限”的适用条件恒为真，可以删去'],
        ]);
    });
});

describe('认定 rows shadowed by the rows before them', () => {
    it('a row whose values all fall to an earlier row is unreachable', async () => {
        const ds = await warnings(`认定 档次 〔第九条〕 对 班子 { 合格 〔第九条〕 当 分 ≥ 60  良好 〔第九条〕 当 分 ≥ 80  不合格 〔第九条〕 当 分 < 60 }`);
        expect(ds.map(d => [d.code, d.zh])).toEqual([['row-unreachable', '“良好”这一行永远不会适用：前面的行总会先成立']]);
        expect(await warnings(`认定 档次 〔第九条〕 对 班子 { 良好 〔第九条〕 当 分 ≥ 80  合格 〔第九条〕 当 分 ≥ 60  不合格 〔第九条〕 }`)).toEqual([]);
    });
});
