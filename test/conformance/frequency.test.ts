import { describe, expect, it } from 'vitest';
import { cityDiagnostics } from './fixtures.js';

const province = (spec: string) => `频次 专题调研 〔第五条〕 对 班子 计 调研记录 每 ${spec} 次`;
const city = (spec: string) => `频次 专题调研 〔第十条〕 对 班子 细化 省意见.专题调研 计 调研记录 每 ${spec} 次`;

describe('conformance: frequency', () => {
    it('每年至少1次 refining 每年至少2次 is a lower rate: an error at the city rule citing both articles', async () => {
        const ds = await cityDiagnostics(province('年 至少 2'), city('年 至少 1'));
        expect(ds).toHaveLength(1);
        expect(ds[0]).toMatchObject({ code: 'loosen-frequency-min', severity: 'error', line: 11 });
        expect(ds[0].zh).toBe('“专题调研”（每 年 至少 1 次）放宽了所细化的“专题调研”〔第五条〕（每 年 至少 2 次）：每年只保证 1 次');
        expect(ds[0].en).toContain("guarantees only 1 per year");
    });

    it('每年至少4次 refining 每季度至少1次 loosens: all four may fall in one quarter', async () => {
        const ds = await cityDiagnostics(province('季度 至少 1'), city('年 至少 4'));
        expect(ds.map(d => d.code)).toEqual(['loosen-frequency-min']);
        expect(ds[0].zh).toContain('每季度只保证 0 次');
    });

    it('tightening passes: 每季度至少1次 refines 每年至少2次 (each year then has at least 4)', async () => {
        expect(await cityDiagnostics(province('年 至少 2'), city('季度 至少 1'))).toEqual([]);
        expect(await cityDiagnostics(province('年 至少 2'), city('年 至少 2'))).toEqual([]);
        expect(await cityDiagnostics(province('半年 至少 1'), city('月 至少 1'))).toEqual([]);
    });

    it('a maximum: a coarser period or a higher cap loosens it, a finer cap within it passes', async () => {
        expect((await cityDiagnostics(province('年 2 至 3'), city('年 2 至 4'))).map(d => d.code)).toEqual(['loosen-frequency-max']);
        expect((await cityDiagnostics(province('季度 至多 1'), city('年 至多 2'))).map(d => d.code)).toEqual(['loosen-frequency-max']);
        expect((await cityDiagnostics(province('年 至多 4'), city('年 至少 1'))).map(d => d.code)).toEqual(['loosen-frequency-max']);
        expect(await cityDiagnostics(province('年 至多 4'), city('季度 至多 1'))).toEqual([]);
    });

    it('the diagnostic points at the provincial rule and carries its value for a quick fix', async () => {
        const { buildFiles } = await import('../helpers/workspace.js');
        const { provinceFile, cityFile } = await import('./fixtures.js');
        const ws = await buildFiles({ 'province.zeren': provinceFile(province('年 至少 2')), 'city.zeren': cityFile(city('年 至少 1')) });
        const d = ws.doc('city.zeren').diagnostics!.find(x => x.code === 'loosen-frequency-min')!;
        expect(d.relatedInformation).toHaveLength(1);
        expect(d.relatedInformation![0].location.uri).toContain('province.zeren');
        expect(d.relatedInformation![0].message).toBe('所细化的“专题调研”〔第五条〕');
        expect(d.data).toMatchObject({ parentDocument: '省意见', parentRule: '专题调研', replacement: '每 年 至少 2 次', min: 2 });
    });
});
