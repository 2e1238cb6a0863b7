import { afterAll, expect, it } from 'vitest';
import { LspHarness } from './lsp-harness.js';
import { RULES } from './lsp-fixtures.js';

let h: LspHarness | undefined;
afterAll(async () => h?.dispose());

it('messages follow the client locale (en)', async () => {
    h = new LspHarness();
    await h.initialize('en');
    const text = h.text(RULES).replace('公众评价 〔第十四条〕 占 10%', '公众评价 〔第十四条〕 占 15%');
    const uri = await h.open(RULES, text);
    const d = await h.diagnosticsFor(uri, ds => ds.some(x => x.code === 'weights-sum'));
    const w = d.find(x => x.code === 'weights-sum')!;
    expect(w.message).toBe("The weights under '领导班子综合得分' sum to 105%, not 100%");
    expect((w.data as { zh: string }).zh).toBe('“领导班子综合得分”下各项权重之和为 105%，应为 100%');
}, 30000);
