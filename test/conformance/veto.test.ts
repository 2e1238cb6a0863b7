import { describe, expect, it } from 'vitest';
import { cityDiagnostics } from './fixtures.js';

const province = (body: string) => `一票否决 班子否决 〔第十条〕 对 班子 { ${body} }`;
const city = (body: string) => `一票否决 班子否决 〔第二十二条〕 对 班子 细化 省意见.班子否决 { ${body} }`;
const BASE = '（一） 当 通报次数 ≥ 2  （二） 当 严重违纪';
const codes = async (p: string, c: string) => (await cityDiagnostics(province(p), city(c))).map(d => d.code);

describe('conformance: vetoes', () => {
    it('a parent clause with no clause in the child is dropped: an error citing the parent clause', async () => {
        const ds = await cityDiagnostics(province(BASE), city('（一） 当 通报次数 ≥ 2'));
        expect(ds.map(d => d.code)).toEqual(['loosen-clause-dropped']);
        expect(ds[0].zh).toBe('所细化的“班子否决”〔第十条（二）〕的条款（二）在“班子否决”中没有对应条款（同号条款或“细化 （二）”）');
    });

    it('a child clause may name its parent clause (细化 （二）) instead of repeating the label', async () => {
        expect(await codes(BASE, '（一） 当 通报次数 ≥ 2  （三） 细化 （二） 当 严重违纪')).toEqual([]);
        expect(await codes(BASE, '（一） 当 通报次数 ≥ 2  （二） 当 严重违纪  （三） 细化 （五） 当 调入')).toEqual(['refines-clause-unknown']);
    });

    it('an exception the parent did not have loosens the clauses it excuses', async () => {
        const ds = await cityDiagnostics(province(BASE), city(`${BASE}  例外 调入人员 〔第二十四条〕 排除 （二） 当 调入`));
        expect(ds.map(d => d.code)).toEqual(['loosen-exception-added']);
        expect(ds[0].zh).toBe('例外“调入人员”在所细化的“班子否决”〔第十条〕中没有，放宽了条款（二）');
        // The same exception on both levels passes; widening it to another parent clause does not.
        const withExc = `${BASE}  例外 调入人员 〔第十一条〕 排除 （二） 当 调入`;
        expect(await codes(withExc, `${BASE}  例外 调入人员 〔第二十四条〕 排除 （二） 当 调入`)).toEqual([]);
        expect(await codes(withExc, `${BASE}  例外 调入人员 〔第二十四条〕 排除 （一）、（二） 当 调入`)).toEqual(['loosen-exception-added']);
    });

    it('a threshold moved in the lenient direction in a condition of the same shape: 次数 ≥ 2 → 次数 ≥ 3', async () => {
        const ds = await cityDiagnostics(province(BASE), city('（一） 当 通报次数 ≥ 3  （二） 当 严重违纪'));
        expect(ds.map(d => d.code)).toEqual(['loosen-threshold']);
        expect(ds[0].zh).toBe('〔第二十二条（一）〕中的阈值 3 比所细化的“班子否决”〔第十条（一）〕中的 2 更宽松');
        expect(await codes('（一） 当 综合得分 ≤ 60', '（一） 当 综合得分 ≤ 50')).toEqual(['loosen-threshold']);
        expect(await codes('（一） 当 非 (通报次数 < 2)', '（一） 当 非 (通报次数 < 3)')).toEqual(['loosen-threshold']);
    });

    it('tightening passes: a lower count threshold, an added clause, an exception that holds less often', async () => {
        expect(await codes(BASE, '（一） 当 通报次数 ≥ 1  （二） 当 严重违纪  （三） 当 调入')).toEqual([]);
        expect(await codes('（一） 当 综合得分 ≤ 60', '（一） 当 综合得分 ≤ 70')).toEqual([]);
        const p = `${BASE}  例外 轻微 〔第十一条〕 排除 （一） 当 通报次数 ≤ 3`;
        expect(await codes(p, `${BASE}  例外 轻微 〔第二十四条〕 排除 （一） 当 通报次数 ≤ 2`)).toEqual([]);
        expect(await codes(p, `${BASE}  例外 轻微 〔第二十四条〕 排除 （一） 当 通报次数 ≤ 5`)).toEqual(['loosen-threshold']);
    });

    it('conditions of different shape are compared by what they cover (see implication.test.ts)', async () => {
        expect(await codes(BASE, '（一） 当 通报次数 ≥ 3 且 严重违纪  （二） 当 严重违纪')).toEqual(['loosen-clause-narrowed']);
        expect(await codes(BASE, '（一） 当 通报次数 ≥ 2 或 调入  （二） 当 严重违纪')).toEqual([]);
    });
});
