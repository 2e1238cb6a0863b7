import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { LspHarness, positionOf } from './lsp-harness.js';

// Hovers on a citation 〔…〕 and on a weight literal, over the protocol.
const KAOHE = 'examples/city/kaohe-2015/rules.zeren';

let h: LspHarness;
let uri: string;

beforeAll(async () => {
    h = new LspHarness();
    await h.initialize('zh');
    uri = await h.open(KAOHE);
    await h.diagnosticsFor(uri);
}, 60000);

afterAll(async () => h?.dispose());

async function hover(needle: string, delta: number): Promise<string> {
    const hv = (await h.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(h.text(KAOHE), needle, 0, delta) })) as Hover | null;
    return hv && typeof hv.contents === 'object' && 'value' in hv.contents ? hv.contents.value : '';
}

describe('hover on a citation', () => {
    it('shows the document, the article and the 原文/注 of every element citing it', async () => {
        const text = await hover('领导班子综合得分 〔第十八条〕', 11);
        expect(text.split('\n\n')[0]).toBe('**〔第十八条〕**');
        expect(text).toContain('《张掖市党风廉政建设考核办法（试行）》');
        // The score rule that cites it, with its 原文 and 注; a clause of the article (第十八条第二款) counts too.
        expect(text).toContain('**领导班子综合得分** 〔第十八条〕');
        expect(text).toContain('> 原文：日常监督评价占20%，即20分；集中考核占70%，即70分；公众评价占10%，即10分。');
        expect(text).toContain('*注*：各组成部分先按百分制评分');
        expect(text).toMatch(/另引用本条: .*落实责任得分.*集中考核/);
        // Not an element citing another article.
        expect(text).not.toContain('日常监督评价 〔第十三条〕');
    });
});

describe('hover on a weight literal', () => {
    it('shows the effective weight along the nesting', async () => {
        const text = await hover('落实责任 占 40%', 7);
        expect(text).toContain('权重: 70% × 40% = 28% 占总分');
        expect(await hover('测评 占 70%', 6)).toContain('70% × 20% × 70% = 9.8%');
    });
});
