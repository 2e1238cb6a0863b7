import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { CompletionRequest, HoverRequest, InlayHintRequest } from 'vscode-languageserver-protocol';
import { LspHarness, positionOf } from './lsp-harness.js';

// Hovers and inlay hints of 期限, 频次, 要求/禁止 and the accountability forms, on example files:
// in a rule file how the rule works; in a scenario file what the evaluator found.
const YUETAN = 'examples/city/yuetan-2015/rules.zeren';
const YUETAN_SC = 'examples/city/yuetan-2015/scenarios.zeren';
const YUETAN_REQ = 'examples/city/yuetan-2015/scenarios-requirements.zeren';
const BIANZHI = 'examples/city/bianzhi-2014/rules.zeren';
const BIANZHI_SC = 'examples/city/bianzhi-2014/scenarios.zeren';
const ZHUIJIU = 'examples/city/zhuijiu-2015/rules.zeren';
const ZHUIJIU_SC = 'examples/city/zhuijiu-2015/scenarios-situations.zeren';
const JIANZHI = 'examples/central/jianzhi-2013/rules.zeren';
const JIANZHI_SC = 'examples/central/jianzhi-2013/scenarios.zeren';

let h: LspHarness;
const uris: Record<string, string> = {};

beforeAll(async () => {
    h = new LspHarness();
    await h.initialize('zh');
    for (const f of [YUETAN, YUETAN_SC, YUETAN_REQ, BIANZHI, BIANZHI_SC, ZHUIJIU, ZHUIJIU_SC, JIANZHI, JIANZHI_SC]) uris[f] = await h.open(f);
    for (const f of Object.keys(uris)) await h.diagnosticsFor(uris[f]);
}, 60000);

afterAll(async () => h?.dispose());

async function hover(file: string, needle: string, nth = 0, delta = 1): Promise<string> {
    const hv = (await h.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uris[file] }, position: positionOf(h.text(file), needle, nth, delta) })) as Hover | null;
    return hv && typeof hv.contents === 'object' && 'value' in hv.contents ? hv.contents.value : '';
}

async function hints(file: string, needle: string): Promise<string[]> {
    const text = h.text(file);
    const line = positionOf(text, needle).line;
    const all = ((await h.connection.sendRequest(InlayHintRequest.type, {
        textDocument: { uri: uris[file] }, range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } },
    })) ?? []) as InlayHint[];
    return all.filter(x => x.position.line === line).map(x => (typeof x.label === 'string' ? x.label : x.label.map(p => p.value).join('')));
}

describe('期限', () => {
    it('in the rule file: heading, citation and how the due date is computed (民法典)', async () => {
        const text = await hover(YUETAN, '期限 整改落实情况上报期限', 0, 4);
        expect(text).toContain('**期限 整改落实情况上报期限** 〔第十条〕');
        expect(text).toContain('计算方法: 自起算事件起 15日内完成');
        expect(text).toContain('民法典第二百零一条');
    });

    it('in a scenario: the due date and status from the evaluation, with the explanation steps', async () => {
        const text = await hover(YUETAN_SC, '整改落实情况上报期限 = 按时', 0, 2);
        expect(text).toMatch(/实际: \*\*按期完成（截止 \d{4}-\d{2}-\d{2}）\*\*/);
        expect(text).toContain('（民法典第二百零一条）');
        expect((await hints(YUETAN_SC, '整改落实情况上报期限 = 按时')).join(' ')).toMatch(/实际: 按期完成（截止 \d{4}-\d{2}-\d{2}）/);
    });
});

describe('期限 with a 当 condition', () => {
    it('in the rule file: how the due date is computed, then when the obligation applies', async () => {
        const text = await hover(JIANZHI, '期限 兼职情况年报', 0, 4);
        expect(text).toContain('**期限 兼职情况年报** 〔五〕');
        expect(text).toContain('计算方法: 每年 12 月底前完成。仅当 在企业兼职 时适用，否则为“不适用”');
    });

    it('in a scenario where the condition fails: 不适用, and why', async () => {
        const text = await hover(JIANZHI_SC, '兼职情况年报 = 不适用', 0, 2);
        expect(text).toContain('实际: **不适用**');
        expect(text).toContain('- 适用条件 在企业兼职 不成立');
        expect(await hints(JIANZHI_SC, '兼职情况年报 = 不适用')).toEqual(['实际: 不适用']);
        expect((await hints(JIANZHI_SC, '兼职情况年报 = 逾期未完成')).join(' ')).toBe('实际: 已逾期（截止 2015-12-31，逾期 31 日）');
    });

    it('completion offers 当 after the head of a deadline', async () => {
        const text = `${h.text(JIANZHI)}
期限 新期限 〔五〕 对 党政领导干部 `;
        await h.changeAndSettle(uris[JIANZHI], text, [uris[JIANZHI_SC]]);
        const lines = text.split('\n');
        const res = (await h.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: uris[JIANZHI] }, position: { line: lines.length - 1, character: lines[lines.length - 1].length },
        })) as CompletionList | CompletionItem[] | null;
        await h.changeAndSettle(uris[JIANZHI], h.text(JIANZHI), [uris[JIANZHI_SC]]);
        const labels = (Array.isArray(res) ? res : res?.items ?? []).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['当', '自', '于', '每年', '截止']));
    });
});

describe('频次', () => {
    it('in the rule file: the counting rule', async () => {
        const text = await hover(BIANZHI, '频次 公开遴选每年两次', 0, 4);
        expect(text).toContain('**频次 公开遴选每年两次**');
        expect(text).toContain('计数规则: 每年至少2次');
    });

    it('in a scenario: met or not, with the count per period', async () => {
        const met = await hints(BIANZHI_SC, '公开遴选每年两次 = 是');
        expect(met.join(' ')).toMatch(/实际: 达到（.*\d）/);
        const unmet = await hover(BIANZHI_SC, '公开遴选每年两次 = 否', 0, 2);
        expect(unmet).toMatch(/实际: \*\*未达到（.*\d）\*\*/);
    });
});

describe('要求 / 禁止', () => {
    it('in the rule file: 禁止 is headed as such, with its source text', async () => {
        const text = await hover(YUETAN, '禁止 约谈人纪律', 0, 4);
        expect(text).toContain('**禁止 约谈人纪律** 〔第十二条〕');
    });

    it('in a scenario: complied or violated', async () => {
        expect(await hover(YUETAN_REQ, '约谈人纪律 = 是', 0, 2)).toContain('实际: **遵守**');
        expect(await hover(YUETAN_REQ, '约谈人纪律 = 否', 0, 2)).toContain('实际: **违反**');
    });
});

describe('accountability forms', () => {
    it('情形, 认定 and 追究方式 are headed by their form with the citation', async () => {
        expect(await hover(ZHUIJIU, '情形 主体责任', 0, 4)).toContain('**情形 主体责任** 〔第五条〕');
        expect(await hover(ZHUIJIU, '认定 领导责任', 0, 4)).toContain('**认定 领导责任** 〔第十条〕');
        expect(await hover(ZHUIJIU, '追究方式 责任追究方式', 0, 6)).toContain('**追究方式 责任追究方式** 〔第七条〕');
    });

    it('a restriction: its measure and how its period runs from the start date', async () => {
        const text = await hover(ZHUIJIU, '调离后不得提拔 〔第十四条第二款〕', 0, 2);
        expect(text).toContain('**调离后不得提拔** 〔第十四条第二款〕');
        expect(text).toContain('“不得提拔”');
        expect(text).toContain('1年内：自起算之日起生效，开始的当日不计入，至到期月的对应日（含）止；没有对应日的，为该月最后一日；不因节假日顺延（民法典第二百零一、二百零二条）');
        expect(await hover(ZHUIJIU, '取消当年评优资格 〔', 0, 2)).toContain('当年：自起算之日起至当年 12 月 31 日（含）');
    });

    it('in a scenario: the situations found, the determination and the permitted measures', async () => {
        const line = '主体责任 = 是 条款 （二）  监督责任 = 否  领导责任 = 主要领导责任  责任追究方式 = [书面检查、诫勉谈话]';
        const labels = (await hints(ZHUIJIU_SC, line)).join(' | ');
        expect(labels).toContain('实际: 是 （二）');
        expect(labels).toContain('实际: 否');
        expect(labels).toContain('实际: 主要领导责任');
        expect(labels).toContain('实际: 书面检查、诫勉谈话');
    });
});
