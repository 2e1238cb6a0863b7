import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, V1, V2, ensureBuilt } from './helpers.js';

/**
 * A repository whose configuration points every program git can be told to run — fsmonitor,
 * an external diff, a textconv driver, clean/smudge filters, a pager, hooks — at a script that
 * writes a marker file. `zeren diff --git` reads this repository and the marker must not appear.
 */
let repo: string;
let marker: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_PAGER: 'cat' } });

beforeAll(() => {
    ensureBuilt();
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-hostile-'));
    marker = path.join(repo, '..', `${path.basename(repo)}-ran`);
    git('init', '-q');
    git('config', 'user.name', 'Zeren Test');
    git('config', 'user.email', 'test@example.invalid');
    git('config', 'commit.gpgsign', 'false');
    fs.mkdirSync(path.join(repo, 'rules'));
    fs.copyFileSync(V1, path.join(repo, 'rules', 'rules.zeren'));
    git('add', '-A');
    git('commit', '-qm', 'revision 1');
    fs.copyFileSync(V2, path.join(repo, 'rules', 'rules.zeren'));
    git('commit', '-qam', 'revision 2');
    // Now arm the repository.
    const evil = path.join(repo, '.git', 'evil.sh');
    fs.writeFileSync(evil, `#!/bin/sh\necho "$0 $*" >> '${marker}'\ncat\n`, { mode: 0o755 });
    const hooks = path.join(repo, '.git', 'evil-hooks');
    fs.mkdirSync(hooks);
    for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc']) fs.copyFileSync(evil, path.join(hooks, hook));
    for (const [key, value] of [
        ['core.fsmonitor', evil], ['core.pager', evil], ['pager.diff', evil], ['pager.ls-files', evil], ['diff.external', evil],
        ['diff.zeren.textconv', evil], ['diff.zeren.command', evil], ['filter.zeren.clean', evil], ['filter.zeren.smudge', evil],
        ['filter.zeren.process', evil], ['core.hooksPath', hooks], ['core.untrackedCache', 'true'],
    ]) git('config', key, value);
    fs.writeFileSync(path.join(repo, '.gitattributes'), '*.zeren diff=zeren filter=zeren\n');
    // A work-tree change, so the work-tree side is read too.
    fs.appendFileSync(path.join(repo, 'rules', 'rules.zeren'), '\n');
}, 120_000);

afterAll(() => {
    fs.rmSync(repo, { recursive: true, force: true });
    fs.rmSync(marker, { force: true });
});

describe('git is called so that no repository configuration can run a program', () => {
    it('zeren diff --git between revisions and against the work tree runs nothing the repository configures', () => {
        const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', GIT_EXTERNAL_DIFF: path.join(repo, '.git', 'evil.sh'), GIT_PAGER: path.join(repo, '.git', 'evil.sh') };
        for (const args of [['diff', '--git', 'HEAD~1', 'HEAD'], ['diff', '--git', 'HEAD~1'], ['diff', '--git', 'HEAD~1', '--', 'rules']]) {
            const r = spawnSync(process.execPath, [CLI, ...args, '--lang', 'en'], { cwd: repo, encoding: 'utf8', env });
            expect(r.stderr, args.join(' ')).toBe('');
            expect(r.status, args.join(' ')).toBe(0);
            expect(r.stdout).toContain('考核办法修订示例');
        }
        expect(fs.existsSync(marker)).toBe(false);
    });

    it('the repository is really armed: plain git runs the script (so the check above can fail)', () => {
        spawnSync('git', ['status', '--short'], { cwd: repo, encoding: 'utf8' });
        expect(fs.existsSync(marker)).toBe(true);
        fs.rmSync(marker);
    });
});
