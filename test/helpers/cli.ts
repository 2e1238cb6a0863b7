import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './workspace.js';

export interface CliResult {
    code: number;
    stdout: string;
    stderr: string;
}

/** Runs the bundled CLI as a user would, with a fixed environment (no locale surprises). */
export function zeren(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/zeren.js'), ...args], {
        cwd: options.cwd ?? ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: process.env.TZ ?? '', LANG: 'C.UTF-8', ...options.env },
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
