import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
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

describe('control characters in names', () => {
    it('are escaped in terminal output and in JUnit XML', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-ctrl-'));
        try {
            fs.writeFileSync(path.join(dir, 'rules.zeren'), '文件 控制办法 { 发布 2015-12-25 }\n主体 班子 { 事实 次数: 整数 范围 0..10 }\n要求 少 〔第一条〕 对 班子 当 次数 ≤ 5\n');
            fs.writeFileSync(path.join(dir, 's.zeren'), '场景集 集 针对 控制办法 { 场景 "铃\u0007与\u001b[31m红" 对 班子 { 事实 { 次数 = 6 } 期望 { 少 = 是 } } }\n');
            const text = zeren(['test', '.'], { cwd: dir });
            expect(text.stdout.split('\n')[0]).toBe('✗ s.zeren › 集 › 铃\\u{7}与\\u{1b}[31m红');
            expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
            const junit = zeren(['test', '.', '--reporter', 'junit'], { cwd: dir });
            expect(junit.stdout).toContain('name="铃\\u{7}与\\u{1b}[31m红"');
            expect(junit.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
