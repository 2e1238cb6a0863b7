/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, setupCodeServer } from './code-server-process.js';

// The browser build of the language server (extension/dist/server-browser.js), as VS Code for
// the Web runs it: in a Web Worker, speaking JSON-RPC through postMessage.
let http: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
    setupCodeServer(); // installs Debian's Chromium when missing
    const bundle = readFileSync(join(ROOT, 'extension/dist/server-browser.js'));
    http = createServer((req, res) => {
        if (req.url === '/server.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
        else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>zeren worker</title>');
    });
    await new Promise<void>(r => http.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
    await browser?.close();
    http?.close();
});

it('initializes, opens a bad file and publishes diagnostics from a Web Worker', async () => {
    const page = await browser.newPage();
    await page.goto(origin);
    const rules = readFileSync(join(ROOT, 'examples/city/kaohe-2015/rules.zeren'), 'utf8').replace('公众评价 〔第十四条〕 占 10%', '公众评价 〔第十四条〕 占 15%');
    const result = await page.evaluate(async text => {
        const worker = new Worker('/server.js');
        const received: { id?: number; method?: string; params?: unknown; result?: unknown }[] = [];
        const waitFor = (pred: (m: (typeof received)[number]) => boolean) => new Promise<(typeof received)[number]>((resolve, reject) => {
            const t = setTimeout(() => reject(new Error(`timeout; got ${JSON.stringify(received.map(m => m.method ?? m.id))}`)), 20000);
            const check = () => {
                const hit = received.find(pred);
                if (hit) { clearTimeout(t); resolve(hit); } else setTimeout(check, 50);
            };
            check();
        });
        worker.onmessage = e => {
            const m = e.data;
            received.push(m);
            // Answer the server's own requests (configuration, registrations) with empty results.
            if (m.method && m.id !== undefined) worker.postMessage({ jsonrpc: '2.0', id: m.id, result: m.method === 'workspace/configuration' ? [] : null });
        };
        worker.postMessage({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { lang: 'en' } } });
        const init = await waitFor(m => m.id === 1);
        worker.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
        const uri = 'inmemory:///rules.zeren';
        worker.postMessage({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'zeren', version: 1, text } } });
        // Langium normalises the URI (inmemory:/rules.zeren), so match on the file name.
        const diags = await waitFor(m => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri.endsWith('rules.zeren')
            && (m.params as { diagnostics: unknown[] }).diagnostics.length > 0);
        worker.terminate();
        return { capabilities: Object.keys((init.result as { capabilities: object }).capabilities), diagnostics: (diags.params as { diagnostics: { code: string; message: string }[] }).diagnostics };
    }, rules);
    expect(result.capabilities).toEqual(expect.arrayContaining(['hoverProvider', 'completionProvider', 'codeActionProvider', 'semanticTokensProvider']));
    expect(result.diagnostics.map(d => d.code)).toContain('weights-sum');
    expect(result.diagnostics.find(d => d.code === 'weights-sum')!.message).toBe("The weights under '领导班子综合得分' sum to 105%, not 100%");
});
