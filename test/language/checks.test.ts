import { describe, expect, it } from 'vitest';
import { buildFiles, doc } from '../helpers/workspace.js';

const SUBJECT = '主体 班子 { 事实 甲: 小数(2) 范围 0..100; 事实 乙: 小数(2) 范围 0..100; 事实 丙: 布尔; 事实 级: 处分 可无 }\n'
    + '序列 处分 { 警告 < 严重警告 < 撤职 }\n';

async function problems(body: string) {
    const ws = await buildFiles({ 'a.zeren': doc(SUBJECT + body) });
    return ws.diagnostics('a.zeren').map(d => ({ code: d.code, severity: d.severity, line: d.line, zh: d.zh, en: d.en }));
}

describe('static checks', () => {
    it('weights that do not sum to 100% (weights-sum)', async () => {
        const ds = await problems('得分 总分 〔第一条〕 对 班子 { 甲项 占 60% = 甲  乙项 占 30% = 乙 }\n等次 档 〔第二条〕 对 班子 按 总分 { 好 ≥ 90; 差 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 丙 且 级 ≥ 警告 }');
        expect(ds).toEqual([{ code: 'weights-sum', severity: 'error', line: 4, zh: '“总分”下各项权重之和为 90%，应为 100%', en: "The weights under '总分' sum to 90%, not 100%" }]);
    });

    it('nested weights are checked per level', async () => {
        const ds = await problems('得分 总分 〔第一条〕 对 班子 { 甲项 占 50% = 甲  乙组 占 50% { 子一 占 40% = 乙  子二 占 40% = 甲 } }\n等次 档 〔第二条〕 对 班子 按 总分 { 好 ≥ 90; 差 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 丙 且 级 ≥ 警告 }');
        expect(ds.map(d => d.zh)).toEqual(['“乙组”下各项权重之和为 80%，应为 100%']);
    });

    it('a weight above 100% (weight-range)', async () => {
        const ds = await problems('得分 总分 〔第一条〕 对 班子 { 甲项 占 120% = 甲 }\n等次 档 〔第二条〕 对 班子 按 总分 { 好 ≥ 90; 差 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 丙 且 乙 > 1 且 级 ≥ 警告 }');
        expect(ds.map(d => d.code)).toEqual(['weight-range', 'weights-sum']);
    });

    it('bands out of order, overlapping, with a gap, with a catch-all in the middle', async () => {
        const base = '得分 总分 〔第一条〕 对 班子 { 甲项 占 50% = 甲  乙项 占 50% = 乙 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 丙 且 级 ≥ 警告 }\n';
        expect((await problems(`${base}等次 档 〔第二条〕 对 班子 按 总分 { 好 ≥ 80; 较好 ≥ 90; 差 }`)).map(d => d.zh))
            .toEqual(['等次“较好”的下限 90 应低于上一等次“好”的下限 80']);
        expect((await problems(`${base}等次 档 〔第二条〕 对 班子 按 总分 { 好 ≥ 80; 较好 ≥ 80; 差 }`)).map(d => d.code)).toEqual(['band-overlap']);
        expect((await problems(`${base}等次 档 〔第二条〕 对 班子 按 总分 { 好 ≥ 90; 较好 ≥ 80 }`)).map(d => d.zh))
            .toEqual(['低于 80 的得分没有对应等次：请在最后添加一个无下限的等次']);
        expect((await problems(`${base}等次 档 〔第二条〕 对 班子 按 总分 { 好 ≥ 90; 中; 差 }`)).map(d => d.code)).toEqual(['band-catchall-not-last']);
        // ≥ 0 covers every possible score: no gap.
        expect(await problems(`${base}等次 档 〔第二条〕 对 班子 按 总分 { 好 ≥ 90; 差 ≥ 0 }`)).toEqual([]);
        // "> 80" then "≥ 80" partition at the same number without overlap.
        expect(await problems(`${base}等次 档 〔第二条〕 对 班子 按 总分 { 好 > 80; 较好 ≥ 80; 差 }`)).toEqual([]);
    });

    it('a band no score can reach (band-unreachable)', async () => {
        const ds = await problems('得分 总分 〔第一条〕 对 班子 { 甲项 占 50% = 甲  乙项 占 50% = 乙 }\n等次 档 〔第二条〕 对 班子 按 总分 { 满 ≥ 120; 好 ≥ 90; 差 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 丙 且 级 ≥ 警告 }');
        expect(ds.map(d => [d.code, d.severity])).toEqual([['band-unreachable', 'warning']]);
    });

    it('type errors: a number as a condition, comparing a scale with a boolean', async () => {
        const ds = await problems('得分 总分 〔第一条〕 对 班子 { 甲项 占 50% = 甲  乙项 占 50% = 乙 }\n等次 档 〔第二条〕 对 班子 按 总分 { 好 ≥ 90; 差 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 甲 （二） 当 级 = 丙 }');
        expect(ds.map(d => d.code)).toEqual(['expected-bool', 'incomparable']);
        expect(ds[0].zh).toBe('条件必须是布尔值，此处为小数(2)');
    });

    it('unknown references, duplicate names, unknown clause in an exception', async () => {
        const ds = await problems('得分 总分 〔第一条〕 对 班子 { 甲项 占 50% = 甲  乙项 占 50% = 丁 }\n等次 总分 〔第二条〕 对 班子 按 总分 { 好 ≥ 90; 差 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 丙 且 级 ≥ 警告  例外 例 排除 （九） 当 丙 }');
        expect(ds.map(d => d.code).sort()).toEqual(['duplicate-name', 'unresolved-reference', 'unresolved-reference', 'unused-fact']);
        expect(ds.find(d => d.code === 'unresolved-reference')?.zh).toBe('未知引用“丁”');
    });

    it('exceptions and clauses that can never apply', async () => {
        const ds = await problems('得分 总分 〔第一条〕 对 班子 { 甲项 占 50% = 甲  乙项 占 50% = 乙 }\n等次 档 〔第二条〕 对 班子 按 总分 { 好 ≥ 90; 差 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 丙 且 级 ≥ 警告  （二） 当 1 > 2  例外 从不 排除 （一） 当 否 且 丙  例外 总是 排除 （一） 当 是 }');
        expect(ds.map(d => [d.code, d.severity])).toEqual([['clause-never', 'warning'], ['exception-never', 'warning'], ['exception-always', 'warning']]);
    });

    it('facts never used and rules without a citation are warnings', async () => {
        const ds = await problems('得分 总分 对 班子 { 甲项 占 100% = 甲 }\n等次 档 〔第二条〕 对 班子 按 总分 { 好 ≥ 90; 差 }');
        expect(ds.map(d => [d.code, d.severity, d.zh])).toEqual([
            ['unused-fact', 'warning', '事实“乙”没有被任何规则使用'],
            ['unused-fact', 'warning', '事实“丙”没有被任何规则使用'],
            ['unused-fact', 'warning', '事实“级”没有被任何规则使用'],
            ['missing-citation', 'warning', '规则“总分”没有引用条文（如〔第二十条〕）'],
        ]);
    });

    it('cycles among derived values and among rules', async () => {
        const ws = await buildFiles({
            'a.zeren': doc('主体 班子 { 事实 甲: 整数; 派生 乙 = 丙 + 甲; 派生 丙 = 乙 + 1 }\n'
                + '后果 甲后果 〔第一条〕 对 班子 当 乙后果 且 甲 > 1 { 措施 "甲" }\n后果 乙后果 〔第二条〕 对 班子 当 甲后果 { 措施 "乙" }\n'
                + '一票否决 否决 〔第三条〕 对 班子 { （一） 当 乙 > 1 }'),
        });
        const codes = ws.diagnostics('a.zeren').map(d => d.code);
        expect(codes).toContain('derived-cycle');
        expect(codes).toContain('rule-cycle');
    });

    it('invalid dates in document metadata', async () => {
        const ws = await buildFiles({ 'a.zeren': '文件 甲办法 { 发布 2015-02-29 施行 2015-01-01 }' });
        expect(ws.diagnostics('a.zeren').map(d => d.zh)).toEqual(['日期“2015-02-29”不存在']);
        const ws2 = await buildFiles({ 'a.zeren': '文件 甲办法 { 发布 2015-03-01 施行 2015-01-01 文号 "1" 文号 "2" }' });
        expect(ws2.diagnostics('a.zeren').map(d => d.code)).toEqual(['duplicate-field', 'date-order']);
    });

    it('values out of the declared range and comparisons of an unordered enum', async () => {
        const ws = await buildFiles({
            'a.zeren': doc('枚举 类 { 甲类 乙类 }\n主体 人 { 事实 类别: 类; 事实 分: 整数 范围 10..1 }\n后果 甲 〔第一条〕 对 人 当 类别 ≥ 甲类 且 分 > 1 { 措施 "x" }'),
        });
        expect(ws.diagnostics('a.zeren').map(d => d.code)).toEqual(['fact-range-order', 'unordered-compare']);
    });
});

describe('scenario validation', () => {
    const rules = doc('主体 班子 { 事实 甲: 小数(2) 范围 0..100; 事实 丙: 布尔 默认 否 }\n得分 总分 〔第一条〕 对 班子 { 甲项 占 100% = 甲 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 丙 }');

    it('unknown facts, wrong types, out-of-range values, too many decimals', async () => {
        const ws = await buildFiles({
            'rules.zeren': rules,
            's.zeren': '场景集 集 针对 测试办法 {\n 场景 "一" 对 班子 { 事实 { 甲 = 101; 丙 = 3; 丁 = 1 } }\n 场景 "二" 对 班子 { 事实 { 甲 = 1.234 } }\n}',
        });
        expect(ws.diagnostics('s.zeren').map(d => [d.line, d.code, d.zh])).toEqual([
            [2, 'unresolved-reference', '未知引用“丁”'],
            [2, 'fact-range', '事实“甲”的值 101 超出范围 0..100'],
            [2, 'fact-type', '事实“丙”应为布尔，实际为3'],
            [3, 'fact-precision', '事实“甲”最多 2 位小数，实际为 3'],
        ]);
    });

    it('a fact a rule needs but the scenario does not give', async () => {
        const ws = await buildFiles({
            'rules.zeren': rules,
            's.zeren': '场景集 集 针对 测试办法 {\n 场景 "缺" 对 班子 { 事实 { 丙 = 是 } }\n}',
        });
        expect(ws.diagnostics('s.zeren').map(d => [d.line, d.code, d.zh, d.en])).toEqual([
            [2, 'fact-missing', '缺少事实“甲”（〔第一条〕总分需要）', "Missing fact '甲' (needed by 〔第一条〕总分)"],
        ]);
    });

    it('an expectation of the wrong kind', async () => {
        const ws = await buildFiles({
            'rules.zeren': rules,
            's.zeren': '场景集 集 针对 测试办法 { 场景 "一" 对 班子 { 事实 { 甲 = 1 } 期望 { 总分 = 是; 否决 = 90 } } }',
        });
        expect(ws.diagnostics('s.zeren').map(d => d.code)).toEqual(['expectation-type', 'expectation-type']);
    });
});
