import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspHarness } from '../lsp/lsp-harness.js';
import { FULL, ROOT } from './support/examples.js';
import { advertisedRequests, edit, FuzzDoc, request, weighted, type RequestOp } from './support/lsp-fuzz-ops.js';
import { rng } from './support/prng.js';

/**
 * Fuzzing of the built language server through the protocol: a seeded sequence of edits
 * (incremental and whole-text) of a dozen open example files, interleaved with every request the
 * server advertises at current, stale and out-of-range positions, some cancelled, up to
 * MAX_IN_FLIGHT at a time as an editor sends them. The server must stay up, answer every request
 * (an InternalError is a failure), come back to the same diagnostics once every file is reverted,
 * and not grow its memory from one reverted checkpoint to the next. Exceptions Langium catches
 * itself (in linking or validation) reach the client only as error log messages: those fail the
 * run too, unless they are defects already kept open under regressions/ (same signatures as the
 * mutation fuzz). Failing requests are written to test-output/lsp-fuzz/ with the document's text.
 * 1,000 operations here; 20,000 with ZEREN_FUZZ=full. Seed: ZEREN_FUZZ_SEED (default 2015).
 */
const SEED = Number(process.env.ZEREN_FUZZ_SEED ?? 2015);
const OPERATIONS = Number(process.env.ZEREN_FUZZ_LSP_OPS ?? (FULL ? 20_000 : 1_000));
const CHECKPOINT_EVERY = FULL ? 2_000 : 200;
const MAX_IN_FLIGHT = 8;
/** Liveness only: a request unanswered this long counts as a hang. */
const REQUEST_TIMEOUT_MS = 10_000;
/** A capped heap turns a leak into an out-of-memory death, which the exit check reports. */
const HEAP_MIB = 512;
/**
 * Allowed RSS growth from the first reverted checkpoint to the last. The first is taken right
 * after the workspace loaded (~168 MiB); V8 then grows its heap to a working size and stays there.
 * Measured, seed 2015: +60 MiB after 1,000 operations, +64 MiB after 20,000 (flat from the second
 * checkpoint on), +111 MiB in one 20,000 run where the heap grew one more step late. A leak keeps
 * growing past this bound and, with the heap capped at HEAP_MIB, ends in a death anyway.
 */
const RSS_GROWTH_BOUND_MIB = 150;

/** Answers that are a proper outcome: the request was dropped because the text changed, or refused. */
const ACCEPTED_ERRORS = new Set<number>([
    LSPErrorCodes.RequestCancelled, LSPErrorCodes.ContentModified, LSPErrorCodes.ServerCancelled, LSPErrorCodes.RequestFailed, ErrorCodes.InvalidParams,
]);

/** What the server writes to stderr when it crashes: a stack, an uncaught error, V8's fatal errors. */
const CRASH_OUTPUT = /^\s+at \S|^\w*Error\b|Uncaught|FATAL ERROR|out of memory|Aborted/m;

const KAOHE = 'examples/city/kaohe-2015';
const OPEN = [
    `${KAOHE}/rules.zeren`,
    ...readdirSync(path.join(ROOT, KAOHE)).filter(f => /^scenarios-.*\.zeren$/.test(f)).sort().map(f => `${KAOHE}/${f}`),
    'examples/central/zhengji-kaohe-2013/rules.zeren', 'examples/central/zhengji-kaohe-2013/scenarios.zeren',
    'examples/city/xuncha-2015/rules.zeren', 'examples/city/xuncha-2015/scenarios-timeline.zeren',
    'examples/province/nengshang-nengxia-2015/rules.zeren', 'examples/province/nengshang-nengxia-2015/scenarios.zeren',
];

const FAILURES_DIR = path.join(ROOT, 'test-output/lsp-fuzz');

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const count = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
const shown = (m: Map<string, number>) => JSON.stringify(Object.fromEntries([...m].sort()));

function rssMiB(pid: number): number {
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Math.round(kb / 1024);
}

/** Diagnostics per URI in a comparable form (the order of the list is not part of the answer). */
function normalized(all: Map<string, Diagnostic[]>): Map<string, string> {
    return new Map([...all].map(([uri, ds]) => [uri, ds.map(d => JSON.stringify(d)).sort().join('\n')]));
}

function drift(before: Map<string, string>, after: Map<string, string>): string[] {
    const uris = [...new Set([...before.keys(), ...after.keys()])].sort();
    return uris.filter(u => (before.get(u) ?? '') !== (after.get(u) ?? '')).map(u => {
        const b = new Set((before.get(u) ?? '').split('\n').filter(Boolean)), a = new Set((after.get(u) ?? '').split('\n').filter(Boolean));
        const gone = [...b].filter(x => !a.has(x)).slice(0, 3), added = [...a].filter(x => !b.has(x)).slice(0, 3);
        return `${u}\n  missing: ${gone.join('\n           ')}\n  new:     ${added.join('\n           ')}`;
    });
}

it(`language server survives ${OPERATIONS} fuzzed protocol operations (seed ${SEED})`, async () => {
    const started = Date.now();
    const r = rng(SEED);
    const h = new LspHarness({}, [`--max-old-space-size=${HEAP_MIB}`, '--enable-source-maps']);
    const failures: string[] = [];
    const errorLogs: string[] = [];
    // Strict: every error the server logs fails the run (there is no list of tolerated defects).
    h.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
        if (p.type === 1) errorLogs.push(p.message);
    });
    const ops = new Map<string, number>();
    const answers = new Map<string, number>();
    const rss: number[] = [];
    const recent: string[] = [];
    /** Requests sent and not yet answered (or timed out). */
    const pending = new Set<Promise<void>>();
    try {
        const init = await h.initialize('zh');
        const caps = init.capabilities;
        const kinds = advertisedRequests(caps);
        const commands = caps.executeCommandProvider?.commands ?? [];
        const docs: FuzzDoc[] = [];
        for (const rel of OPEN) docs.push(new FuzzDoc(rel, await h.open(rel), h.text(rel)));
        for (const d of docs) await h.diagnosticsFor(d.uri);
        await h.settle(1500);
        const baseline = normalized(h.allDiagnostics());
        rss.push(rssMiB(h.pid));

        const fail = (what: string, op: RequestOp | undefined, text?: string) => {
            failures.push(what);
            if (failures.length > 20) return;
            mkdirSync(FAILURES_DIR, { recursive: true });
            const file = path.join(FAILURES_DIR, `seed-${SEED}-failure-${failures.length}.json`);
            writeFileSync(file, JSON.stringify({ seed: SEED, what, request: op, text, recent }, null, 2));
        };

        /** Sends a request without waiting for it; its answer is classified when it arrives. */
        const send = (op: RequestOp, cancel: number | undefined, index: number) => {
            const text = docs.find(d => JSON.stringify(op.params).includes(d.uri))?.text;
            const source = new CancellationTokenSource();
            const answer = h.connection.sendRequest(op.method, op.params, source.token).then(
                () => ({ code: 'result', message: '' }),
                (e: unknown) => (e instanceof ResponseError ? { code: String(e.code), message: e.message } : { code: 'rejected', message: String(e) }),
            );
            if (cancel !== undefined) setTimeout(() => source.cancel(), cancel);
            let timer: NodeJS.Timeout | undefined;
            const timeout = new Promise<{ code: string; message: string }>(res => {
                timer = setTimeout(() => res({ code: 'timeout', message: `no answer in ${REQUEST_TIMEOUT_MS} ms` }), REQUEST_TIMEOUT_MS);
            });
            const settled: Promise<void> = Promise.race([answer, timeout]).then(({ code, message }) => {
                clearTimeout(timer);
                pending.delete(settled);
                count(answers, code);
                if (code !== 'result' && !ACCEPTED_ERRORS.has(Number(code))) fail(`op ${index} ${op.method}: ${code} ${message.slice(0, 500)}`, op, text);
            });
            pending.add(settled);
        };

        const checkpoint = async (label: string) => {
            await Promise.all(pending);
            for (const d of docs) {
                if (d.isOriginal) continue;
                d.apply([{ text: d.original }]);
                await h.change(d.uri, d.original);
            }
            // A build still busy with a huge text may publish late: compare again before calling it drift.
            let differences: string[] = [];
            for (let attempt = 0; attempt < 5; attempt++) {
                await h.settle(1500, 60_000);
                differences = drift(baseline, normalized(h.allDiagnostics()));
                if (differences.length === 0) break;
            }
            if (differences.length) fail(`drift at ${label}: diagnostics differ from the start after reverting every file:\n${differences.slice(0, 5).join('\n')}`, undefined);
            rss.push(rssMiB(h.pid));
        };

        for (let i = 0; i < OPERATIONS && !h.exit; i++) {
            const kind = weighted(r, [['edit', 35], ['request', 60], ['pause', 5]] as const);
            const doc = r.next() < 0.3 ? docs[0] : r.pick(docs);
            if (kind === 'edit') {
                const e = edit(r, doc, docs.filter(d => d !== doc).map(d => d.text), FULL);
                count(ops, `edit:${e.kind}`);
                recent.push(`${i} edit ${e.kind} ${doc.rel} ${JSON.stringify(e.notifications).slice(0, 300)}`);
                for (const changes of e.notifications) {
                    doc.apply(changes);
                    await h.changeRanges(doc.uri, changes);
                }
            } else if (kind === 'request') {
                const op = request(r, kinds, doc, h.currentDiagnostics(doc.uri) ?? [], commands);
                const cancel = r.next() < 0.15 ? r.int(0, 50) : undefined;
                count(ops, `request:${op.kind}`);
                recent.push(`${i} ${op.method} ${doc.rel} ${JSON.stringify(op.params).slice(0, 300)}${cancel !== undefined ? ` (cancel after ${cancel} ms)` : ''}`);
                send(op, cancel, i);
            } else {
                count(ops, 'pause');
                // Lets the server reach the rebuild it defers until typing pauses.
                await sleep(r.int(20, 400));
            }
            if (recent.length > 40) recent.shift();
            while (pending.size > MAX_IN_FLIGHT) await Promise.race(pending);
            if ((i + 1) % CHECKPOINT_EVERY === 0) await checkpoint(`operation ${i + 1}`);
        }
        if (!h.exit && OPERATIONS % CHECKPOINT_EVERY !== 0) await checkpoint('the end');
    } finally {
        await Promise.race([Promise.all(pending), sleep(REQUEST_TIMEOUT_MS + 1000)]);
        if (errorLogs.length) {
            mkdirSync(FAILURES_DIR, { recursive: true });
            writeFileSync(path.join(FAILURES_DIR, `seed-${SEED}-error-logs.txt`), errorLogs.join('\n\n'));
        }
        const exit = h.exit;
        await h.dispose();
        const byKind = new Map<string, number>();
        for (const [k, n] of ops) byKind.set(k.split(':')[0], (byKind.get(k.split(':')[0]) ?? 0) + n);
        console.log(`lsp fuzz: seed ${SEED}, ${[...ops.values()].reduce((a, b) => a + b, 0)} operations in ${((Date.now() - started) / 1000).toFixed(1)} s `
            + `${shown(byKind)} ${shown(ops)}; ${[...answers.values()].reduce((a, b) => a + b, 0)} answers ${shown(answers)}; `
            + `RSS MiB at reverted checkpoints ${rss.join(' → ')}; ${errorLogs.length} error logs`
            + `${exit ? `; SERVER EXITED ${JSON.stringify(exit)}` : ''}`);
        expect.soft(exit, `the server exited:\n${h.stderr}`).toBeUndefined();
    }
    expect(CRASH_OUTPUT.test(h.stderr) ? h.stderr.slice(0, 4000) : '').toBe('');
    expect(failures.slice(0, 10)).toEqual([]);
    expect(errorLogs.slice(0, 5)).toEqual([]);
    expect(rss.length).toBeGreaterThan(1);
    expect(rss[rss.length - 1] - rss[0], `RSS at reverted checkpoints: ${rss.join(' → ')} MiB`).toBeLessThanOrEqual(RSS_GROWTH_BOUND_MIB);
}, FULL ? 24 * 3_600_000 : 300_000);
