// `npm run bench [-- --quick] [-- --compare bench/results/<old>.json] [-- --skip eval,user,batch,million,cli,parse,lsp,lsp-large]`
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { runCliBench } from './cli-wall.js';
import { runDiffBench } from './diff-impact.js';
import { runThroughput } from './eval-throughput.js';
import { runBatchBench } from './batch-csv.js';
import { runUserPath } from './user-path.js';
import { extensionFigures } from './extension-size.js';
import { generateLargeRuleFile } from './lib/large-file.js';
import { RESULTS, RULES_FILE } from './lib/paths.js';
import { runLspBench, SERVER_JS } from './lsp-latency.js';
import { timeParse } from './parse-baseline.js';
import { compareRuns, writeResults } from './results-io.js';
import type { BenchResult } from './summary.js';
import { summarize } from './summary.js';

async function main(): Promise<void> {
    const { values } = parseArgs({ options: { quick: { type: 'boolean' }, compare: { type: 'string' }, skip: { type: 'string' } } });
    const quick = !!values.quick;
    const skip = new Set((values.skip ?? '').split(',').filter(Boolean));
    const log = (s: string) => process.stderr.write(`${s}\n`);
    const result: BenchResult = {
        startedAt: new Date().toISOString(), quick,
        machine: { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?', platform: `${os.platform()} ${os.arch()}` },
    };
    if (!skip.has('eval')) {
        log('evaluation throughput…');
        result.throughput = await runThroughput({
            subjects: quick ? 10_000 : 100_000, seed: 20151225, rounds: quick ? 3 : 7, jreSubjects: quick ? 2_000 : 10_000, explainSample: quick ? 500 : 2_000,
        }, log);
    }
    if (!skip.has('user')) {
        log('user-facing path: fact objects → full outcomes…');
        result.userPath = await runUserPath({ subjects: quick ? 10_000 : 100_000, seed: 20151225, rounds: quick ? 3 : 5, jreSubjects: quick ? 2_000 : 10_000 }, log);
    }
    if (!skip.has('batch')) {
        log('batch: teams CSV → results CSV, whole process…');
        result.batch = await runBatchBench({ rows: 100_000, seed: 20151225, million: !quick && !skip.has('million') }, log);
    }
    if (!skip.has('cli')) {
        log('CLI wall time…');
        result.cli = runCliBench(5);
    }
    const largeLines = 20_000;
    if (!skip.has('parse')) {
        log(`bare parse of a generated ${largeLines}-line file…`);
        result.parse = await timeParse(generateLargeRuleFile(largeLines), quick ? 1 : 3, fs.readFileSync(RULES_FILE, 'utf8'));
    }
    if (skip.has('lsp')) result.lspNotMeasured = 'skipped (--skip lsp)';
    else if (!fs.existsSync(SERVER_JS)) result.lspNotMeasured = `${SERVER_JS} does not exist: build the extension first (npm run build -w extension)`;
    else {
        log('language server…');
        try {
            result.lsp = await runLspBench({ edits: quick ? 50 : 200, largeEdits: skip.has('lsp-large') ? 0 : quick ? 2 : 5, largeLines }, log);
        } catch (e) {
            result.lspNotMeasured = `the language-server run failed: ${(e as Error).message}`;
        }
    }
    if (!skip.has('diff')) {
        log('semantic diff over the corpus…');
        result.diff = await runDiffBench(log);
    }
    result.extension = extensionFigures();
    carryOver(result, skip, log);
    const summary = summarize(result);
    const { file } = writeResults(result, summary);
    process.stdout.write(summary);
    log(`\nwrote ${file}, bench/results/latest.json and bench/results/summary.md`);
    if (values.compare) for (const line of compareRuns(values.compare, result)) process.stdout.write(`${line}\n`);
}

/** Parts skipped in this run keep the figures of the previous run (latest.json), marked as such in the summary. */
function carryOver(result: BenchResult, skip: Set<string>, log: (s: string) => void): void {
    const latest = path.join(RESULTS, 'latest.json');
    if (skip.size === 0 || !fs.existsSync(latest)) return;
    const previous = JSON.parse(fs.readFileSync(latest, 'utf8')) as BenchResult;
    const parts: [string, (keyof BenchResult)[]][] = [['eval', ['throughput']], ['user', ['userPath']], ['batch', ['batch']], ['cli', ['cli']], ['parse', ['parse']], ['lsp', ['lsp', 'lspNotMeasured']]];
    const carried: string[] = [];
    for (const [part, keys] of parts) {
        if (!skip.has(part)) continue;
        for (const k of keys) if (previous[k] !== undefined) (result as unknown as Record<string, unknown>)[k] = previous[k];
        carried.push(part);
    }
    if (carried.length) {
        result.carried = { from: previous.carried?.from && carried.every(p => previous.carried?.parts.includes(p)) ? previous.carried.from : previous.startedAt, parts: carried };
        log(`kept the previous figures of: ${carried.join(', ')}`);
    }
}

main().then(
    () => process.exit(0), // a language-server child must not keep the run alive
    e => {
        process.stderr.write(`bench failed: ${(e as Error).stack}\n`);
        process.exit(1);
    },
);
