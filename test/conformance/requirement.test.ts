import { describe, expect, it } from 'vitest';
import { cityDiagnostics } from './fixtures.js';

// 要求/禁止 refining a 要求/禁止: the city may not allow what the province forbids.
const rule = (kind: '要求' | '禁止', cite: string, refines: string, condition: string) => `${kind} 限制 〔${cite}〕 对 班子 ${refines} 当 ${condition}`;
const check = (parent: [('要求' | '禁止'), string], child: [('要求' | '禁止'), string]) =>
    cityDiagnostics(rule(parent[0], '第三条', '', parent[1]), rule(child[0], '第七条', '细化 省意见.限制', child[1]));

describe('conformance: 要求 and 禁止', () => {
    it('a stricter or equivalent rule passes, whichever kind it is written as', async () => {
        expect(await check(['要求', '通报次数 ≤ 2'], ['要求', '通报次数 ≤ 2'])).toEqual([]);
        expect(await check(['要求', '通报次数 ≤ 2'], ['要求', '通报次数 < 2'])).toEqual([]);
        expect(await check(['要求', '非 严重违纪'], ['禁止', '严重违纪'])).toEqual([]);
        expect(await check(['禁止', '通报次数 ≥ 3'], ['要求', '通报次数 ≤ 2 且 非 严重违纪'])).toEqual([]);
    });

    it('a rule that allows a case the refined one forbids is an error naming the case', async () => {
        const ds = await check(['要求', '通报次数 ≤ 2'], ['要求', '通报次数 ≤ 3']);
        expect(ds.map(d => [d.code, d.zh, d.en])).toEqual([[
            'loosen-requirement',
            '“限制”允许 通报次数 = 3 的情形，而所细化的“限制”〔第三条〕不允许',
            "'限制' allows the case 通报次数 = 3, which the refined '限制' 〔第三条〕 does not",
        ]]);
        const narrowed = await check(['禁止', '严重违纪 或 调入'], ['禁止', '严重违纪']);
        expect(narrowed.map(d => d.zh)).toEqual(['“限制”允许 严重违纪 = 否、调入 = 是 的情形，而所细化的“限制”〔第三条〕不允许']);
    });

    it('arithmetic it cannot decide: a number moved the lenient way, as in veto clauses', async () => {
        const ds = await check(['要求', '通报次数 + 1 ≥ 3'], ['要求', '通报次数 + 1 ≥ 2']);
        expect(ds.map(d => [d.code, d.zh])).toEqual([['loosen-threshold', '“限制”的条件中的阈值 2 比所细化的“限制”〔第三条〕中的 3 更宽松']]);
        expect(await check(['要求', '通报次数 + 1 ≥ 3'], ['要求', '通报次数 + 1 ≥ 5'])).toEqual([]);
    });
});
