import { describe, expect, it } from 'vitest';
import { cityDiagnostics } from './fixtures.js';

const province = (bands: string) => `等次 班子等次 〔第八条〕 对 班子 按 综合得分 { ${bands} }`;
const city = (bands: string) => `等次 班子等次 〔第二十条〕 对 班子 细化 省意见.班子等次 按 综合得分 { ${bands} }`;

describe('conformance: grade bands', () => {
    it('好 ≥ 90 → 好 ≥ 85 lowers the bound of the same label: an error at the band with the parent bound for a fix', async () => {
        const ds = await cityDiagnostics(province('好 ≥ 90; 较好 ≥ 80; 一般'), city('好 ≥ 85; 较好 ≥ 80; 一般'));
        expect(ds.map(d => d.code)).toEqual(['loosen-band']);
        expect(ds[0].zh).toBe('等次“好”的下限 ≥ 85 低于所细化的“班子等次”〔第八条〕中的 ≥ 90');
    });

    it('an exclusive bound made inclusive, or a bound dropped, loosens too', async () => {
        expect((await cityDiagnostics(province('好 > 90; 一般'), city('好 ≥ 90; 一般'))).map(d => d.code)).toEqual(['loosen-band']);
        expect((await cityDiagnostics(province('好 ≥ 90; 较好 ≥ 80; 一般'), city('好 ≥ 90; 较好'))).map(d => d.code)).toEqual(['loosen-band']);
    });

    it('raising bounds, adding bands and new labels pass', async () => {
        expect(await cityDiagnostics(province('好 ≥ 90; 较好 ≥ 80; 一般'), city('好 ≥ 92; 较好 ≥ 80; 一般'))).toEqual([]);
        expect(await cityDiagnostics(province('好 ≥ 90; 一般'), city('好 > 90; 较好 ≥ 80; 一般'))).toEqual([]);
    });

    it('score weights have no direction: a refining score is not compared', async () => {
        const p = '得分 总分 〔第七条〕 对 班子 { 甲 占 60% = 综合得分  乙 占 40% = 综合得分 }';
        const c = '得分 总分 〔第十八条〕 对 班子 细化 省意见.总分 { 甲 占 30% = 综合得分  乙 占 70% = 综合得分 }';
        expect(await cityDiagnostics(p, c)).toEqual([]);
    });
});
