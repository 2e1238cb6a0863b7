import { describe, expect, it } from 'vitest';
import { removeConditionFix } from '../../language/src/lsp/fixes/remove-condition-fix.js';
import { buildFiles } from '../helpers/workspace.js';
import { applyCityFix, cityDiagnostics, provinceFile } from './fixtures.js';

// A 当 condition narrows who must comply: the refinement may keep or drop it, never add or narrow it.
const deadline = (level: 'province' | 'city', condition = '') => level === 'province'
    ? `期限 年报 〔第九条〕 对 班子 ${condition} 每年 12 月底前 完成 报告日期`
    : `期限 年报 〔第十二条〕 对 班子 细化 省意见.年报 ${condition} 每年 12 月底前 完成 报告日期`;
const frequency = (level: 'province' | 'city', condition = '') => level === 'province'
    ? `频次 调研 〔第五条〕 对 班子 ${condition} 计 调研记录 每 年 至少 2 次`
    : `频次 调研 〔第十条〕 对 班子 细化 省意见.调研 ${condition} 计 调研记录 每 年 至少 2 次`;
const codes = async (p: string, c: string) => (await cityDiagnostics(p, c)).map(d => [d.code, d.severity]);

describe('conformance: conditions of deadlines and frequencies', () => {
    it('a condition the refined rule does not have is a loosening error citing both rules', async () => {
        const ds = await cityDiagnostics(deadline('province'), deadline('city', '当 调入'));
        expect(ds.map(d => [d.code, d.severity, d.line])).toEqual([['loosen-condition-added', 'error', 11]]);
        expect(ds[0].zh).toBe('“年报”加了所细化的“年报”〔第九条〕没有的适用条件（当）：条件不成立时不再要求遵守，放宽了所细化的规则');
        expect(ds[0].en).toBe("'年报' adds a condition (当) the refined '年报' 〔第九条〕 does not have: where it does not hold nothing is required any more, which loosens the refined rule");
        expect(await codes(frequency('province'), frequency('city', '当 调入'))).toEqual([['loosen-condition-added', 'error']]);
    });

    it('dropping the refined rule\'s condition is stricter; the same condition (however spelled) passes', async () => {
        expect(await codes(deadline('province', '当 调入'), deadline('city'))).toEqual([]);
        expect(await codes(deadline('province', '当 调入 且 通报次数 >= 2'), deadline('city', '当 (调入) 且 通报次数 ≥ 2'))).toEqual([]);
        expect(await codes(frequency('province', '当 调入'), frequency('city', '当 调入'))).toEqual([]);
    });

    it('same shape: a threshold moved so the condition holds less often loosens, the other way tightens', async () => {
        const ds = await cityDiagnostics(deadline('province', '当 通报次数 ≥ 2'), deadline('city', '当 通报次数 ≥ 3'));
        expect(ds.map(d => d.code)).toEqual(['loosen-threshold']);
        expect(ds[0].zh).toBe('“年报”的适用条件中的阈值 3 比所细化的“年报”〔第九条〕中的 2 更宽松');
        expect(await codes(frequency('province', '当 通报次数 ≥ 2'), frequency('city', '当 通报次数 ≥ 1'))).toEqual([]);
    });

    it('conditions of different shapes: decided where the facts allow (test/conformance/implication.test.ts), else a warning', async () => {
        const narrowed = await cityDiagnostics(deadline('province', '当 调入'), deadline('city', '当 严重违纪'));
        expect(narrowed.map(d => [d.code, d.severity, d.zh])).toEqual([['loosen-condition-narrowed', 'error', '“年报”的适用条件在 调入 = 是、严重违纪 = 否 时不成立，而所细化的“年报”〔第九条〕的成立']]);
        const ds = await cityDiagnostics(deadline('province', '当 通报次数 + 1 ≥ 3'), deadline('city', '当 严重违纪'));
        expect(ds.map(d => [d.code, d.severity])).toEqual([['conformance-incomparable', 'warning']]);
        expect(ds[0].zh).toBe('无法判断“年报”是否放宽了所细化的“年报”〔第九条〕：两者的适用条件（当）不同');
        expect(ds[0].en).toContain('their conditions (当) differ');
    });

    it('the quick fix removes the added condition, after which the refinement conforms', async () => {
        const { title, text: fixed } = await applyCityFix(deadline('province'), deadline('city', '当 调入'), 'loosen-condition-added', removeConditionFix);
        expect(title).toBe('删除所细化规则没有的适用条件（当 …）');
        expect(fixed).toContain('细化 省意见.年报 每年 12 月底前 完成 报告日期');
        const again = await buildFiles({ 'province.zeren': provinceFile(deadline('province')), 'city.zeren': fixed });
        expect(again.diagnostics('city.zeren').filter(d => d.code.startsWith('loosen-'))).toEqual([]);
    });

    it('the same fix removes a condition that always holds (condition-always, a hint)', async () => {
        // 通报次数 is declared 范围 0..100: ≥ 0 always holds.
        const { title, text: fixed, replaced } = await applyCityFix(deadline('province', '当 通报次数 ≥ 0'), deadline('city', '当 通报次数 ≥ 0'), 'condition-always', removeConditionFix);
        expect([title, replaced]).toEqual(['删除恒为真的适用条件（当 …）', '当 通报次数 ≥ 0 ']);
        expect(fixed).toContain('细化 省意见.年报 每年 12 月底前 完成 报告日期');
    });
});
