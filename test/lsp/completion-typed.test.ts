import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { CompletionRequest } from 'vscode-languageserver-protocol';
import { LspHarness, positionOf } from './lsp-harness.js';

// Completion by the expected type of the slot, ranked by relevance (sortText), over the protocol.
const KAOHE = 'examples/city/kaohe-2015/rules.zeren';

let h: LspHarness;
let uri: string;
let base: string;

beforeAll(async () => {
    h = new LspHarness();
    await h.initialize('zh');
    uri = await h.open(KAOHE);
    await h.diagnosticsFor(uri);
    base = h.text(KAOHE);
}, 60000);

afterAll(async () => h?.dispose());

/** The completion labels at the end of `needle` in the text with `from` replaced by `to`, in the client's order. */
async function complete(from: string, to: string, delta = to.length): Promise<CompletionItem[]> {
    const text = base.replace(from, to);
    await h.changeAndSettle(uri, text, []);
    const res = (await h.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, to, 0, delta) })) as CompletionItem[] | CompletionList;
    const items = Array.isArray(res) ? res : res.items;
    return [...items].sort((a, b) => ((a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : (a.sortText ?? a.label) > (b.sortText ?? b.label) ? 1 : 0));
}

const labels = (items: CompletionItem[]) => items.map(i => i.label);

describe('completion by expected type', () => {
    it('a weight\'s value (numeric slot): numeric facts and derived values, no booleans, scale values or consequences', async () => {
        const items = labels(await complete('落实责任 占 40% = 落实责任得分', '落实责任 占 40% = '));
        expect(items).toEqual(expect.arrayContaining(['落实责任得分', '测评好票数', '测评总票数', '计数', '合计']));
        for (const wrong of ['集体违纪违规被立案查处', '警告', '否决班子取消评优', '领导班子否决', '是', '非', '领导班子']) expect(items).not.toContain(wrong);
    });

    it('an ordered-scale comparison: that scale\'s levels, first', async () => {
        const items = labels(await complete('所受党纪处分 ≥ 警告 或', '所受党纪处分 ≥ '));
        const refs = items.filter(l => !['是', '否', '计数', '任一', '所有', '合计', '最小', '最大', '非'].includes(l));
        expect(refs.slice(0, 5).sort()).toEqual(['严重警告', '开除党籍', '撤销党内职务', '留党察看', '警告'].sort());
        for (const wrong of ['记过', '诫勉谈话或书面检查', '落实责任得分', '被立案查处']) expect(items).not.toContain(wrong);
    });

    it('a condition (boolean slot): booleans of the rule\'s own subject first; no scale values', async () => {
        const items = await complete('（一） 当 集体违纪违规被立案查处', '（一） 当 ');
        const refs = items.filter(i => i.kind !== 14).map(i => i.label);
        expect(refs[0]).toBe('上一年度被一票否决');
        expect(refs.indexOf('集体违纪违规被立案查处')).toBeLessThan(refs.indexOf('测评好票数'));
        // Rules that are conditions (a veto) after the subject's own booleans; scores only as a comparison's start.
        expect(refs.indexOf('经组织考核确实存在问题')).toBeLessThan(refs.indexOf('领导干部否决'));
        expect(refs.indexOf('领导干部否决')).toBeLessThan(refs.indexOf('领导班子综合得分'));
        for (const wrong of ['警告', '通报批评']) expect(refs).not.toContain(wrong);
    });

    it('inside a 一票否决 body: clause keywords only, no top-level constructs', async () => {
        const items = labels(await complete('    （四） 当 (测评好票数', '    \n    （四） 当 (测评好票数', 4));
        expect(items).toEqual(expect.arrayContaining(['例外']));
        for (const top of ['得分', '等次', '一票否决', '主体', '文件', '场景集']) expect(items).not.toContain(top);
    });
});
