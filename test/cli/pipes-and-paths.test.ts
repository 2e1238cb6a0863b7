import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zeren } from '../helpers/cli.js';
import { ROOT } from '../helpers/workspace.js';

describe('user input never gets exit 3 or a stack trace', () => {
    it('zeren check rules.txt: exit 2 naming the file, in both languages', () => {
        const zh = zeren(['check', 'README.md']);
        expect([zh.code, zh.stdout, zh.stderr.trim()]).toEqual([2, '', 'README.md 不是 .zeren 规则或场景文件（事实文件用 --facts 给出）']);
        const en = zeren(['check', 'README.md', '--lang', 'en']);
        expect([en.code, en.stderr.trim()]).toEqual([2, 'README.md is not a .zeren rule or scenario file (give fact files with --facts)']);
    });

    it('zeren test … | head -1: the closed pipe ends the run quietly (no EPIPE stack trace)', async () => {
        const child = spawn(process.execPath, [path.join(ROOT, 'packages/cli/bin/zeren.js'), 'test', 'examples'], { cwd: ROOT, env: { ...process.env, LANG: 'C.UTF-8' } });
        let stderr = '';
        child.stderr.on('data', d => { stderr += d; });
        // Like `head -1`: read the first chunk, then close the reading end.
        child.stdout.once('data', () => child.stdout.destroy());
        const code = await new Promise<number | null>(resolve => child.on('close', resolve));
        expect(stderr).toBe('');
        expect(code).toBe(0);
    }, 120_000);
});
