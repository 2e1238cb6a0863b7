import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeTeamCsv } from './lib/team-csv.js';
import { CLI, ROOT, RULES_FILE } from './lib/paths.js';
import { now } from './lib/timing.js';

/**
 * The batch as a user runs it: N generated teams in a CSV (成员 as a JSON cell) → `zeren run
 * --subject 领导班子 --facts teams.csv -o results.csv`, the whole process timed (start, rules,
 * every row, the results file), its peak RSS read from /proc while it runs; the same rows read
 * and written as bare CSV for the floor.
 */
export interface ProcessRun { rows: number; wallMs: number; peakRssMiB: number; exitCode: number | null; outputRows: number }
export interface BatchResult { seed: number; inputMiB: number; zeren: ProcessRun; bare: ProcessRun; ratioToBare: number; million?: ProcessRun }

function runProcess(args: string[], output: string, rows: number): Promise<ProcessRun> {
    return new Promise((resolve, reject) => {
        const t0 = now();
        const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'ignore'] });
        let peak = 0;
        const poll = setInterval(() => {
            try {
                const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
                const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
                if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
            } catch { /* exited */ }
        }, 20);
        child.on('error', reject);
        child.on('exit', code => {
            clearInterval(poll);
            const wallMs = now() - t0;
            let outputRows = 0;
            if (fs.existsSync(output)) {
                const fd = fs.openSync(output, 'r');
                const buf = Buffer.alloc(1 << 20);
                let n: number;
                while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) for (let i = 0; i < n; i++) if (buf[i] === 10) outputRows++;
                fs.closeSync(fd);
            }
            resolve({ rows, wallMs, peakRssMiB: peak, exitCode: code, outputRows: outputRows - 1 });
        });
    });
}

export async function runBatchBench(o: { rows: number; seed: number; million: boolean }, log: (s: string) => void): Promise<BatchResult> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-bench-batch-'));
    try {
        const input = path.join(dir, 'teams.csv');
        const size = writeTeamCsv(input, o.rows, o.seed);
        log(`  ${o.rows.toLocaleString('en-US')} teams written (${(size / 2 ** 20).toFixed(1)} MiB); zeren run → results.csv…`);
        const cli = (rows: number, file: string, out: string) => runProcess([CLI, 'run', RULES_FILE, '--subject', '领导班子', '--facts', file, '-o', out], out, rows);
        const zeren = await cli(o.rows, input, path.join(dir, 'results.csv'));
        log('  bare CSV read + write of the same rows…');
        const bare = await runProcess([path.join(ROOT, 'bench/lib/bare-csv.mjs'), input, path.join(dir, 'bare.csv')], path.join(dir, 'bare.csv'), o.rows);
        const result: BatchResult = { seed: o.seed, inputMiB: size / 2 ** 20, zeren, bare, ratioToBare: zeren.wallMs / bare.wallMs };
        if (o.million) {
            const big = path.join(dir, 'teams-1m.csv');
            writeTeamCsv(big, 1_000_000, o.seed + 1);
            fs.rmSync(input);
            log('  1,000,000 teams → results.csv…');
            result.million = await cli(1_000_000, big, path.join(dir, 'results-1m.csv'));
        }
        return result;
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
