import { spawnSync } from 'node:child_process';
import { CLI, EXAMPLES, ROOT } from './lib/paths.js';
import { median, now } from './lib/timing.js';

export interface CliTiming { command: string; runs: number; medianMs: number; minMs: number; maxMs: number; exitCode: number | null }

/** Wall time of the bundled CLI as a user runs it (process start included), median of `runs`. */
export function timeCli(args: string[], runs: number): CliTiming {
    const times: number[] = [];
    let exitCode: number | null = null;
    for (let i = 0; i < runs; i++) {
        const t0 = now();
        const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
        times.push(now() - t0);
        exitCode = r.status;
    }
    return { command: `zeren ${args.join(' ')}`, runs, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), exitCode };
}

export function runCliBench(runs: number): CliTiming[] {
    return [timeCli(['check', EXAMPLES], runs), timeCli(['test', EXAMPLES], runs)].map(t => ({ ...t, command: t.command.replace(ROOT + '/', '') }));
}
