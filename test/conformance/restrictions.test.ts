import { describe, expect, it } from 'vitest';
import { looseningFix } from '../../language/src/lsp/fixes/loosening-fix.js';
import { applyCityFix, cityDiagnostics } from './fixtures.js';

const effects = (cite: string, refines: string, items: string) => `影响 调整后限制 〔${cite}〕 对 班子 ${refines} 起算 约谈日期 { ${items} }`;
const PROVINCE_EFFECTS = effects('第二十条', '', '不得提拔 当 严重违纪 1 年内 "不得提拔"  不得评优 当 调入 当年 "不得评优"');
const cityEffects = (items: string) => effects('第十二条', '细化 省意见.调整后限制', items);

const lookback = (cite: string, refines: string, window: string) => `追溯 追责范围 〔${cite}〕 对 班子 ${refines} 自 约谈日期 ${window} 至 约谈日期`;
const PROVINCE_LOOKBACK = lookback('第六条', '', '前 1 年度 或 前 2 年度 当 调入');
const cityLookback = (window: string) => lookback('第六条', '细化 省意见.追责范围', window);

const codes = (ds: { code: string }[]) => ds.map(d => d.code);

describe('conformance: 影响 (after-effects)', () => {
    it('the same restrictions, or longer ones, pass', async () => {
        expect(await cityDiagnostics(PROVINCE_EFFECTS, cityEffects('不得提拔 当 严重违纪 1 年内 "不得提拔"  不得评优 当 调入 当年 "不得评优"'))).toEqual([]);
        expect(await cityDiagnostics(PROVINCE_EFFECTS, cityEffects('不得提拔 当 严重违纪 2 年内 "不得提拔"  不得评优 当 调入 1 年内 "不得评优"'))).toEqual([]);
        // 12 个月 = 1 年 (民法典第二百零二条: both end on the corresponding day).
        expect(await cityDiagnostics(PROVINCE_EFFECTS, cityEffects('不得提拔 当 严重违纪 12 个月内 "不得提拔"  不得评优 当 调入 当年 "不得评优"'))).toEqual([]);
    });

    it('a shorter restriction is an error citing both articles', async () => {
        const [d] = await cityDiagnostics(PROVINCE_EFFECTS, cityEffects('不得提拔 当 严重违纪 6 个月内 "不得提拔"  不得评优 当 调入 当年 "不得评优"'));
        expect(d.code).toBe('loosen-restriction-shorter');
        expect(d.message).toBe('“调整后限制”中的限制“不得提拔”期限6 个月内，短于所细化的“调整后限制”〔第二十条〕中的1 年内');
        expect(d.en).toBe("Restriction '不得提拔' in '调整后限制' lasts 6 months, shorter than 1 year in the refined '调整后限制' 〔第二十条〕");
        // 当年 ends on 31 December: always short of a full year from the decision.
        const [y] = await cityDiagnostics(PROVINCE_EFFECTS, cityEffects('不得提拔 当 严重违纪 当年 "不得提拔"  不得评优 当 调入 当年 "不得评优"'));
        expect(y.code).toBe('loosen-restriction-shorter');
    });

    it('a dropped restriction is an error; 当年 against some months cannot be judged', async () => {
        expect(codes(await cityDiagnostics(PROVINCE_EFFECTS, cityEffects('不得提拔 当 严重违纪 1 年内 "不得提拔"')))).toEqual(['loosen-restriction-dropped']);
        const [w] = await cityDiagnostics(PROVINCE_EFFECTS, cityEffects('不得提拔 当 严重违纪 1 年内 "不得提拔"  不得评优 当 调入 6 个月内 "不得评优"'));
        expect(w).toMatchObject({ code: 'conformance-incomparable', severity: 'warning' });
    });

    it('the quick fix puts the refined period back', async () => {
        const r = await applyCityFix(PROVINCE_EFFECTS, cityEffects('不得提拔 当 严重违纪 6 个月内 "不得提拔"  不得评优 当 调入 当年 "不得评优"'), 'loosen-restriction-shorter', looseningFix);
        expect(r.title).toBe('改为所细化规则的要求：1 年内');
        expect(r.replaced).toBe('6 个月内');
        expect(r.text).toContain('不得提拔 当 严重违纪 1 年内 "不得提拔"');
    });
});

describe('conformance: 次月起 (in force from the next month, no end)', () => {
    const province = effects('第十八条', '', '调整待遇 当 严重违纪 次月起 "调整待遇"  不得提拔 当 严重违纪 1 年内 "不得提拔"');

    it('the same restrictions pass', async () => {
        expect(await cityDiagnostics(province, cityEffects('调整待遇 当 严重违纪 次月起 "调整待遇"  不得提拔 当 严重违纪 1 年内 "不得提拔"'))).toEqual([]);
    });

    it('次月起 instead of a period dated from the start day begins later: an error with a quick fix', async () => {
        const [d] = await cityDiagnostics(PROVINCE_EFFECTS, cityEffects('不得提拔 当 严重违纪 次月起 "不得提拔"  不得评优 当 调入 当年 "不得评优"'));
        expect(d.code).toBe('loosen-restriction-later');
        expect(d.message).toBe('“调整后限制”中的限制“不得提拔”次月起，开始晚于所细化的“调整后限制”〔第二十条〕中的1 年内（自起算之日起）');
        expect(d.en).toBe("Restriction '不得提拔' in '调整后限制' begins later (from the next month on) than in the refined '调整后限制' 〔第二十条〕 (1 year, from the start date)");
        const r = await applyCityFix(PROVINCE_EFFECTS, cityEffects('不得提拔 当 严重违纪 次月起 "不得提拔"  不得评优 当 调入 当年 "不得评优"'), 'loosen-restriction-later', looseningFix);
        expect(r.replaced).toBe('次月起');
        expect(r.text).toContain('不得提拔 当 严重违纪 1 年内 "不得提拔"');
    });

    it('a period that ends replacing one that never ends is shorter', async () => {
        const [d] = await cityDiagnostics(province, cityEffects('调整待遇 当 严重违纪 5 年内 "调整待遇"  不得提拔 当 严重违纪 1 年内 "不得提拔"'));
        expect(d).toMatchObject({ code: 'loosen-restriction-shorter', message: '“调整后限制”中的限制“调整待遇”期限5 年内，短于所细化的“调整后限制”〔第十八条〕中的次月起' });
    });
});

describe('conformance: 追溯 (look-back windows)', () => {
    it('the same or a wider window passes', async () => {
        expect(await cityDiagnostics(PROVINCE_LOOKBACK, cityLookback('前 1 年度 或 前 2 年度 当 调入'))).toEqual([]);
        expect(await cityDiagnostics(PROVINCE_LOOKBACK, cityLookback('前 2 年度'))).toEqual([]);
    });

    it('a later start, or a dropped extension, is an error', async () => {
        const ds = await cityDiagnostics(PROVINCE_LOOKBACK, cityLookback('前 0 年度 或 前 2 年度 当 调入'));
        expect(codes(ds)).toEqual(['loosen-lookback']);
        expect(ds[0].message).toBe('“追责范围”自前 0 年度起追溯，晚于所细化的“追责范围”〔第六条〕的前 1 年度');
        expect(codes(await cityDiagnostics(PROVINCE_LOOKBACK, cityLookback('前 1 年度')))).toEqual(['loosen-lookback-extended']);
        // (The child's own extension is no longer than its base: an error of its own, allowed here.)
        expect(codes(await cityDiagnostics(PROVINCE_LOOKBACK, cityLookback('前 1 年度 或 前 1 年度 当 调入'), {}, ['lookback-extension-shorter']))).toEqual(['loosen-lookback-extended']);
    });
});
