import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './examples.js';

export const CLI = path.join(ROOT, 'packages/cli/bin/zeren.js');

export interface CliRun { code: number | null; stdout: string; stderr: string }

/** Runs the bundled CLI as a user would, in `cwd`, with no locale hints from the environment. */
export function runCli(args: string[], cwd: string, envOverride: Record<string, string> = {}): Promise<CliRun> {
    return new Promise((resolve, reject) => {
        const env = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ZEREN_LANG: '', ...envOverride };
        const child = spawn(process.execPath, [CLI, ...args], { cwd, env });
        let stdout = '', stderr = '';
        child.stdout.on('data', d => { stdout += d; });
        child.stderr.on('data', d => { stderr += d; });
        child.on('error', reject);
        child.on('close', code => resolve({ code, stdout, stderr }));
    });
}
