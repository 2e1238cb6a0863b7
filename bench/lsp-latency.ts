import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lib/lsp-client.js';
import { editableLine, generateLargeRuleFile } from './lib/large-file.js';
import { EXAMPLES, ROOT, RULES_FILE } from './lib/paths.js';
import { median, now, percentile } from './lib/timing.js';

export const SERVER_JS = path.join(ROOT, 'extension/dist/server.cjs');

export interface Latency {
    edits: number; p50Ms: number; p95Ms: number; maxMs: number;
    /** With the editor's requests after each change: until every one of them was answered. */
    answeredP50Ms?: number;
}
export interface LspFigures {
    server: string;
    coldStartMs: number;
    corpusFiles: number;
    corpus: Latency & { file: string };
    /** Edits in the 2015 rule file: every scenario file that references it is relinked and revalidated. */
    rules?: Latency & { file: string };
    rssAfterCorpusBytes: number;
    large?: Latency & { lines: number; openMs: number };
    /** The same edits on the large file, each followed by the requests VS Code sends. */
    largeAsEditor?: Latency;
    largeError?: string;
}

function zerenFiles(dir: string): string[] {
    return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.zeren')).map(f => path.join(dir, f)).sort();
}

/**
 * What VS Code asks of a server after each change to a visible file: semantic tokens, the outline,
 * folding, code lenses and inlay hints for the visible lines. Langium answers some of them once
 * the file is parsed or linked, alongside the rest of the build, so they compete with diagnostics.
 */
function editorRequests(client: LspClient, uri: string): Promise<unknown>[] {
    const textDocument = { uri };
    const send = (method: string, params: object) => client.connection.sendRequest(method, { textDocument, ...params }).catch(() => undefined);
    return [
        send('textDocument/semanticTokens/full', {}),
        send('textDocument/documentSymbol', {}),
        send('textDocument/foldingRange', {}),
        send('textDocument/codeLens', {}),
        send('textDocument/inlayHint', { range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } } }),
    ];
}

/**
 * didChange → publishDiagnostics for that file, one edit at a time (a keystroke in a 注 note).
 * With `asEditor`, each change is followed by the requests VS Code sends (editorRequests); the
 * time until all of them are answered is reported too.
 */
export async function editLoop(client: LspClient, file: string, text: string, edits: number, timeoutMs = 120_000, asEditor = false, firstVersion = 2): Promise<Latency> {
    const uri = pathToFileURL(file).toString();
    const lines = text.split('\n');
    const line = editableLine(text);
    const times: number[] = [];
    const answered: number[] = [];
    for (let i = 0; i < edits; i++) {
        const edited = [...lines];
        edited[line] = lines[line].replace(/(注|场景) "/, `$1 "${'改'.repeat((i % 5) + 1)}`);
        const wait = client.next(uri, timeoutMs);
        const t0 = now();
        client.change(uri, firstVersion + i, edited.join('\n'));
        const requests = asEditor ? Promise.all(editorRequests(client, uri)) : undefined;
        await wait;
        times.push(now() - t0);
        if (requests) {
            await requests;
            answered.push(now() - t0);
        }
    }
    const latency: Latency = { edits, p50Ms: median(times), p95Ms: percentile(times, 95), maxMs: Math.max(...times) };
    return asEditor ? { ...latency, answeredP50Ms: median(answered) } : latency;
}

export async function runLspBench(o: { edits: number; largeEdits: number; largeLines: number }, log: (s: string) => void): Promise<LspFigures> {
    const files = zerenFiles(EXAMPLES);
    const largest = files.reduce((a, b) => (fs.statSync(a).size >= fs.statSync(b).size ? a : b));
    const text = fs.readFileSync(largest, 'utf8');
    // Cold start: spawn, initialize on examples/, open the largest file; the server then builds
    // and validates the whole workspace. Done when every example file has had diagnostics.
    const t0 = now();
    const client = new LspClient(SERVER_JS);
    const all = new Promise<void>((resolve, reject) => {
        const deadline = setTimeout(() => reject(new Error('cold start: not every file got diagnostics within 300 s')), 300_000);
        const poll = setInterval(() => {
            const seen = new Set(client.published.map(p => p.uri));
            if (files.every(f => seen.has(pathToFileURL(f).toString()))) { clearInterval(poll); clearTimeout(deadline); resolve(); }
        }, 2);
    });
    await client.initialize(EXAMPLES);
    client.open(largest, text);
    await all;
    const coldStartMs = now() - t0;
    log(`  cold start to diagnostics for ${files.length} files: ${coldStartMs.toFixed(0)} ms`);
    const corpus = { file: path.relative(ROOT, largest), ...(await editLoop(client, largest, text, o.edits)) };
    const rulesText = fs.readFileSync(RULES_FILE, 'utf8');
    client.open(RULES_FILE, rulesText);
    await client.next(pathToFileURL(RULES_FILE).toString(), 120_000).catch(() => undefined);
    const rules = { file: path.relative(ROOT, RULES_FILE), ...(await editLoop(client, RULES_FILE, rulesText, o.edits)) };
    log(`  edits in ${rules.file}: p50 ${rules.p50Ms.toFixed(1)} ms, p95 ${rules.p95Ms.toFixed(1)} ms, max ${rules.maxMs.toFixed(1)} ms`);
    const rssAfterCorpusBytes = client.rssBytes();
    await client.stop();
    let large: LspFigures['large'];
    let largeAsEditor: LspFigures['largeAsEditor'];
    let largeError: string | undefined;
    if (o.largeEdits > 0) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-bench-'));
        const file = path.join(dir, 'large.zeren');
        const big = generateLargeRuleFile(o.largeLines);
        fs.writeFileSync(file, big);
        const c2 = new LspClient(SERVER_JS);
        const first = c2.next(pathToFileURL(file).toString(), 600_000);
        const t1 = now();
        await c2.initialize(dir);
        c2.open(file, big);
        await first;
        const openMs = now() - t1;
        log(`  ${big.split('\n').length}-line file: first diagnostics after ${openMs.toFixed(0)} ms; editing…`);
        try {
            large = { lines: big.split('\n').length, openMs, ...(await editLoop(c2, file, big, o.largeEdits, 600_000)) };
            largeAsEditor = await editLoop(c2, file, big, o.largeEdits, 600_000, true, o.largeEdits + 2);
        } catch (e) {
            largeError = `${big.split('\n').length}-line file: first diagnostics after ${openMs.toFixed(0)} ms; edits not measured: ${(e as Error).message}`;
        }
        await c2.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    }
    return { server: path.relative(ROOT, SERVER_JS), coldStartMs, corpusFiles: files.length, corpus, rules, rssAfterCorpusBytes, large, largeAsEditor, largeError };
}


/**
 * Run alone: `npx tsx bench/lsp-latency.ts [--edits 200] [--file examples/…/rules.zeren]` opens
 * examples/ and prints keystroke → publishDiagnostics latency for one file (default: the 2015 rules).
 */
async function standalone(): Promise<void> {
    const { parseArgs } = await import('node:util');
    const { values } = parseArgs({ options: { edits: { type: 'string' }, file: { type: 'string' } } });
    const file = values.file ? path.resolve(values.file) : RULES_FILE;
    const edits = Number(values.edits ?? 200);
    const client = new LspClient(SERVER_JS);
    const files = zerenFiles(EXAMPLES);
    await client.initialize(EXAMPLES);
    const text = fs.readFileSync(file, 'utf8');
    client.open(file, text);
    // Wait until the whole workspace has been validated once.
    while (!files.every(f => client.published.some(p => p.uri === pathToFileURL(f).toString()))) await new Promise(r => setTimeout(r, 5));
    const l = await editLoop(client, file, text, edits);
    process.stdout.write(`${path.relative(ROOT, file)}, ${files.length} files open in the workspace, ${l.edits} edits: p50 ${l.p50Ms.toFixed(1)} ms, p95 ${l.p95Ms.toFixed(1)} ms, max ${l.maxMs.toFixed(1)} ms\n`);
    await client.stop();
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
    standalone().then(() => process.exit(0), e => { console.error(e); process.exit(1); });
}
