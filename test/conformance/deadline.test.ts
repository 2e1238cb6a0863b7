import { describe, expect, it } from 'vitest';
import { cityDiagnostics } from './fixtures.js';

const province = (spec: string) => `期限 整改报告 〔第九条〕 对 班子 ${spec} 完成 报告日期`;
const city = (spec: string) => `期限 整改报告 〔第十二条〕 对 班子 细化 省意见.整改报告 ${spec} 完成 报告日期`;
const after = (d: string) => `自 约谈日期 起 ${d}`;
const codes = async (p: string, c: string) => (await cityDiagnostics(province(p), city(c))).map(d => d.code);

describe('conformance: deadlines', () => {
    it('15 日内 → 30 日内 is a longer deadline: an error naming both', async () => {
        const ds = await cityDiagnostics(province(after('15 日内')), city(after('30 日内')));
        expect(ds.map(d => d.code)).toEqual(['loosen-deadline']);
        expect(ds[0].zh).toBe('“整改报告”的期限30日内长于所细化的“整改报告”〔第九条〕的期限15日内');
    });

    it('across units: N 个工作日 is never shorter than N 日; 1 个月 is never shorter than 28 日', async () => {
        expect(await codes(after('15 日内'), after('15 个工作日内'))).toEqual(['loosen-deadline']);
        expect(await codes(after('28 日内'), after('1 个月内'))).toEqual(['loosen-deadline']);
        expect(await codes(after('1 个月内'), after('2 个月内'))).toEqual(['loosen-deadline']);
        expect(await codes(after('24 小时内'), after('2 日内'))).toEqual(['loosen-deadline']);
    });

    it('overlapping ranges cannot be compared: a warning, not an error', async () => {
        const ds = await cityDiagnostics(province(after('15 日内')), city(after('10 个工作日内')));
        expect(ds.map(d => [d.code, d.severity])).toEqual([['conformance-incomparable', 'warning']]);
        expect(await codes(after('1 个月内'), after('30 日内'))).toEqual(['conformance-incomparable']);
    });

    it('tightening passes: shorter periods, working days within days, a month within 31 days, 半个月 = 15 日', async () => {
        expect(await codes(after('30 日内'), after('15 日内'))).toEqual([]);
        expect(await codes(after('15 个工作日内'), after('15 日内'))).toEqual([]);
        expect(await codes(after('31 日内'), after('1 个月内'))).toEqual([]);
        expect(await codes(after('1 年内'), after('12 个月内'))).toEqual([]);
        expect(await codes(after('15 日内'), after('半个月内'))).toEqual([]);
        expect(await codes(after('2 日内'), after('48 小时内'))).toEqual([]);
    });

    it('before an event a shorter lead loosens; fixed and absolute dates may not move later', async () => {
        expect(await codes('于 约谈日期 5 日前', '于 约谈日期 3 日前')).toEqual(['loosen-deadline']);
        expect(await codes('于 约谈日期 3 日前', '于 约谈日期 5 日前')).toEqual([]);
        expect(await codes('每年 1 月 31 日前', '每年 2 月 15 日前')).toEqual(['loosen-deadline']);
        expect(await codes('每年 12 月底前', '每年 6 月 30 日前')).toEqual([]);
        expect(await codes('截止 2014-06-30', '截止 2014 年 7 月底')).toEqual(['loosen-deadline']);
        expect(await codes('截止 2014 年 6 月底', '截止 2014-06-30')).toEqual([]);
        expect(await codes(after('15 日内'), '每年 1 月 31 日前')).toEqual(['conformance-incomparable']);
    });
});
