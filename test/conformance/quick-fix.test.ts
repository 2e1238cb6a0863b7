import { describe, expect, it } from 'vitest';
import { looseningFix } from '../../language/src/lsp/fixes/loosening-fix.js';
import { buildFiles } from '../helpers/workspace.js';
import { applyCityFix, provinceFile } from './fixtures.js';

const fixed = (province: string, city: string, code: string) => applyCityFix(province, city, code, looseningFix);

describe('quick fix: restore the refined rule\'s value', () => {
    it('a lowered band bound', async () => {
        const r = await fixed('等次 等 〔第八条〕 对 班子 按 综合得分 { 好 ≥ 90; 一般 }',
            '等次 等 〔第二十条〕 对 班子 细化 省意见.等 按 综合得分 { 好 ≥ 85; 一般 }', 'loosen-band');
        expect(r.title).toBe('改为所细化规则的要求：好 ≥ 90');
        expect(r.text).toContain('按 综合得分 { 好 ≥ 90; 一般 }');
    });

    it('a lower frequency', async () => {
        const r = await fixed('频次 调研 〔第五条〕 对 班子 计 调研记录 每 年 至少 2 次',
            '频次 调研 〔第十条〕 对 班子 细化 省意见.调研 计 调研记录 每 年 至少 1 次', 'loosen-frequency-min');
        expect(r.text).toContain('细化 省意见.调研 计 调研记录 每 年 至少 2 次');
    });

    it('a longer deadline', async () => {
        const r = await fixed('期限 报告 〔第九条〕 对 班子 自 约谈日期 起 15 日内 完成 报告日期',
            '期限 报告 〔第十二条〕 对 班子 细化 省意见.报告 自 约谈日期 起 30 日内 完成 报告日期', 'loosen-deadline');
        expect(r.text).toContain('自 约谈日期 起 15 日内 完成 报告日期');
        const ws = await buildFiles({ 'province.zeren': provinceFile('期限 报告 〔第九条〕 对 班子 自 约谈日期 起 15 日内 完成 报告日期'), 'city.zeren': r.text });
        expect(ws.diagnostics('city.zeren').filter(d => d.code.startsWith('loosen-'))).toEqual([]);
    });
});
