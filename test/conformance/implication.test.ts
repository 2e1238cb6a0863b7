import { describe, expect, it } from 'vitest';
import { cityDiagnostics } from './fixtures.js';

// Conditions of different shapes on the two levels, decided exactly where the facts allow
// (packages/checker/src/condition-implication.ts), with a counterexample when the city loosens.
const veto = (cite: string, refines: string, body: string) => `一票否决 班子否决 〔${cite}〕 对 班子 ${refines} { ${body} }`;
const province = (body: string) => veto('第十条', '', body);
const city = (body: string) => veto('第二十二条', '细化 省意见.班子否决', body);
const codes = async (p: string, c: string) => (await cityDiagnostics(province(p), city(c))).map(d => d.code);

describe('veto clauses of different shapes', () => {
    it('a child clause that applies wherever the parent’s does passes, however it is written', async () => {
        // ≥ 2 on a whole number is > 1; adding an alternative only widens the clause.
        expect(await codes('（一） 当 通报次数 ≥ 2', '（一） 当 通报次数 > 1')).toEqual([]);
        expect(await codes('（一） 当 通报次数 ≥ 2', '（一） 当 通报次数 ≥ 2 或 严重违纪')).toEqual([]);
        expect(await codes('（一） 当 通报次数 ≥ 2 且 严重违纪', '（一） 当 严重违纪 且 非 (通报次数 < 2)')).toEqual([]);
    });

    it('one that misses a case the parent covers is an error with that case', async () => {
        const ds = await cityDiagnostics(province('（一） 当 通报次数 ≥ 2 或 严重违纪'), city('（一） 当 通报次数 ≥ 3'));
        expect(ds.map(d => [d.code, d.zh, d.en])).toEqual([[
            'loosen-clause-narrowed',
            '“班子否决”的条款（一）在 通报次数 = 2 时不适用，而所细化的“班子否决”〔第十条（一）〕的条款（一）适用',
            "Clause （一） of '班子否决' does not apply when 通报次数 = 2, but clause （一） of the refined '班子否决' 〔第十条（一）〕 does",
        ]]);
        // Within the fact's 范围 0..100: no case is left out by 通报次数 ≤ 100.
        expect(await codes('（一） 当 通报次数 ≥ 2', '（一） 当 通报次数 ≥ 2 且 通报次数 ≤ 100')).toEqual([]);
    });

    it('decimals: the counterexample is a value the fact can hold', async () => {
        const ds = await cityDiagnostics(province('（一） 当 综合得分 < 60'), city('（一） 当 综合得分 < 59.5 或 严重违纪'));
        expect(ds.map(d => d.zh)).toEqual(['“班子否决”的条款（一）在 综合得分 = 59.5、严重违纪 = 否 时不适用，而所细化的“班子否决”〔第十条（一）〕的条款（一）适用']);
    });

    it('what it cannot decide (arithmetic) is not reported', async () => {
        expect(await codes('（一） 当 通报次数 + 1 ≥ 3', '（一） 当 通报次数 + 1 ≥ 4 或 调入')).toEqual([]);
        expect(await codes('（一） 当 综合得分 > 60', '（一） 当 综合得分 + 1 > 62')).toEqual([]);
    });

    it('a clause about other facts (declared on both levels) misses the parent’s cases', async () => {
        expect((await cityDiagnostics(province('（一） 当 通报次数 ≥ 2'), city('（一） 当 调入'))).map(d => d.zh))
            .toEqual(['“班子否决”的条款（一）在 通报次数 = 2、调入 = 否 时不适用，而所细化的“班子否决”〔第十条（一）〕的条款（一）适用']);
    });

    it('an exception of the same name may not excuse a case the parent’s does not', async () => {
        const base = '（一） 当 通报次数 ≥ 2';
        const ds = await cityDiagnostics(province(`${base}  例外 初犯 〔第十一条〕 排除 （一） 当 通报次数 ≤ 2 且 非 严重违纪`),
            city(`${base}  例外 初犯 〔第二十四条〕 排除 （一） 当 通报次数 < 4`));
        expect(ds.map(d => [d.code, d.zh])).toEqual([[
            'loosen-exception-widened', '例外“初犯”在 通报次数 = 3 时适用，而所细化的“班子否决”〔第十条〕的同名例外不适用',
        ]]);
        expect(await codes(`${base}  例外 初犯 〔第十一条〕 排除 （一） 当 通报次数 ≤ 2 或 调入`, `${base}  例外 初犯 〔第二十四条〕 排除 （一） 当 通报次数 < 3`)).toEqual([]);
    });
});

describe('期限 and 频次 conditions of different shapes', () => {
    const deadline = (cite: string, refines: string, condition: string) =>
        `期限 报告期限 〔${cite}〕 对 班子 ${refines} 当 ${condition} 每年 1 月 31 日前 完成 报告日期`;
    const check = (p: string, c: string) => cityDiagnostics(deadline('第五条', '', p), deadline('第八条', '细化 省意见.报告期限', c));

    it('a narrower condition is an error with the case it drops; a wider one passes', async () => {
        const ds = await check('综合得分 < 60 或 严重违纪', '严重违纪');
        expect(ds.map(d => [d.code, d.zh])).toEqual([['loosen-condition-narrowed', '“报告期限”的适用条件在 综合得分 = 0、严重违纪 = 否 时不成立，而所细化的“报告期限”〔第五条〕的成立']]);
        expect(await check('严重违纪 且 调入', '严重违纪')).toEqual([]);
    });

    it('conditions it cannot decide stay a warning', async () => {
        expect((await check('通报次数 + 1 ≥ 3', '严重违纪')).map(d => d.code)).toEqual(['conformance-incomparable']);
    });
});
