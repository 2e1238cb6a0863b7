import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeConfigurationNotification, type Diagnostic, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { RULES } from './lsp-fixtures.js';
import { LspHarness } from './lsp-harness.js';

// Start-up validation of files never opened, with progress; the zeren.language setting
// switching the language of published diagnostics without a restart.
const BROKEN = 'examples/never-opened/broken.zeren';
const BROKEN_TEXT = '文件 从未打开的文件 {\n    发布机关 "某机关"\n';

let h: LspHarness;
const progress: (WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd)[] = [];

beforeAll(async () => {
    h = new LspHarness({ [BROKEN]: BROKEN_TEXT });
    h.connection.onNotification('$/progress', (p: { value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd }) => void progress.push(p.value));
    await h.initialize('en');
}, 30000);

afterAll(async () => h?.dispose());

describe('workspace start-up', () => {
    it('publishes diagnostics for a broken file that was never opened', async () => {
        const d = await h.diagnosticsFor(h.uri(BROKEN), ds => ds.length > 0, 60000);
        expect(d[0].severity).toBe(1);
        expect(d[0].range.start.line).toBeGreaterThanOrEqual(1);
    }, 70000);

    it('reports its progress while validating every file', async () => {
        await h.settle(1000, 60000);
        const begin = progress.find(p => p.kind === 'begin') as WorkDoneProgressBegin | undefined;
        expect(begin?.title).toMatch(/^Zeren: validating \d+ files$/);
        const total = Number(/\d+/.exec(begin!.title)![0]);
        expect(total).toBeGreaterThan(20);
        expect(progress.filter(p => p.kind === 'report').pop()).toMatchObject({ percentage: 100, message: `${total}/${total}` });
        expect(progress[progress.length - 1].kind).toBe('end');
    }, 70000);
});

describe('zeren.language', () => {
    it('switches the language of published diagnostics without a restart', async () => {
        const text = h.text(RULES).replace('公众评价 〔第十四条〕 占 10%', '公众评价 〔第十四条〕 占 15%');
        const uri = await h.open(RULES, text);
        const weights = (ds: Diagnostic[]) => ds.find(x => x.code === 'weights-sum')?.message;
        await h.diagnosticsFor(uri, ds => weights(ds) === "The weights under '领导班子综合得分' sum to 105%, not 100%");
        const brokenEn = (await h.diagnosticsFor(h.uri(BROKEN))).map(d => d.message);

        await h.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { zeren: { language: 'zh' } } });
        await h.diagnosticsFor(uri, ds => weights(ds) === '“领导班子综合得分”下各项权重之和为 105%，应为 100%');
        // Files never opened are published again too.
        const brokenZh = await h.diagnosticsFor(h.uri(BROKEN), ds => ds.map(d => d.message).join() !== brokenEn.join());
        expect(brokenZh.length).toBe(brokenEn.length);

        // auto: back to the client's language (en here).
        await h.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { zeren: { language: 'auto' } } });
        await h.diagnosticsFor(uri, ds => weights(ds) === "The weights under '领导班子综合得分' sum to 105%, not 100%");
    }, 60000);
});
