import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { zeren } from '../helpers/cli.js';
import { ROOT } from '../helpers/workspace.js';

/**
 * zeren.json: a repository whose rules live under rules/ (with a broken draft excluded) and whose
 * deliberately broken test fixtures live under fixtures/, as in Zeren's own repository.
 */
const V1 = path.join(ROOT, 'examples/revisions/kaohe-illustrative/rules.v1.zeren.txt');
const V2 = path.join(ROOT, 'examples/revisions/kaohe-illustrative/rules.zeren');
let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

beforeAll(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-project-'));
    git('init', '-q');
    git('config', 'user.name', 'Zeren Test');
    git('config', 'user.email', 'test@example.invalid');
    git('config', 'commit.gpgsign', 'false');
    fs.mkdirSync(path.join(repo, 'rules/drafts'), { recursive: true });
    fs.mkdirSync(path.join(repo, 'fixtures'));
    fs.writeFileSync(path.join(repo, 'zeren.json'), JSON.stringify({ roots: ['rules'], exclude: ['rules/drafts/**'], language: 'en' }));
    fs.writeFileSync(path.join(repo, 'fixtures/broken.zeren'), '文件 坏 {\n');
    fs.writeFileSync(path.join(repo, 'rules/drafts/wip.zeren'), '文件 草稿 { 规则');
    fs.copyFileSync(V1, path.join(repo, 'rules/rules.zeren'));
    git('add', '-A');
    git('commit', '-qm', 'one');
    fs.copyFileSync(V2, path.join(repo, 'rules/rules.zeren'));
    fs.appendFileSync(path.join(repo, 'fixtures/broken.zeren'), '}}}\n');
    git('commit', '-qam', 'two');
});

describe('zeren.json', () => {
    it('diff --git without paths compares the roots only: the broken fixtures and excluded drafts are not loaded', () => {
        const r = zeren(['diff', '--git', 'HEAD~1', 'HEAD'], { cwd: repo });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        // language: en, from the project file.
        expect(r.stdout).toMatch(/^document 考核办法修订示例: changed$/m);
    });

    it('a path filter that matches nothing exits 2 instead of reporting no change', () => {
        const r = zeren(['diff', '--git', 'HEAD~1', 'HEAD', '--', 'rules/nonexistent'], { cwd: repo });
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toBe('The paths rules/nonexistent match no .zeren file in HEAD~1 or in HEAD');
    });

    it('check of a folder skips excluded files; --lang still wins over the project language', () => {
        const r = zeren(['check', 'rules', '--lang', 'zh'], { cwd: repo });
        expect(r.stdout).toContain('检查了 1 个文件：0 个错误');
        expect(r.code).toBe(0);
    });

    it('an invalid project file is an error naming the file and the field', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-project-bad-'));
        fs.writeFileSync(path.join(dir, 'zeren.json'), JSON.stringify({ roots: ['rules'], rootz: ['x'] }));
        fs.writeFileSync(path.join(dir, 'a.zeren'), '');
        const r = zeren(['check', 'a.zeren', '--lang', 'en'], { cwd: dir });
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toMatch(/^Invalid project file .*zeren\.json: top level: Unrecognized key: "rootz" \(use: roots, include, exclude, language, calendar\)$/);
    });
});
