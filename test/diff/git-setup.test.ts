import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { V1, V2, ensureBuilt } from './helpers.js';
import { zeren } from '../helpers/cli.js';

/** `zeren git-setup` in a fresh repository: git diff and git log -p then show rule-level changes. */
let repo: string;
// No zeren on PATH: the driver must work by its absolute paths, from any directory.
const env = { PATH: '/usr/bin:/bin', HOME: os.tmpdir(), GIT_PAGER: 'cat', LANG: 'C.UTF-8' };
const git = (args: string[], cwd = repo) => execFileSync('git', args, { cwd, encoding: 'utf8', env });

beforeAll(() => {
    ensureBuilt();
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-setup-'));
    git(['init', '-q']);
    git(['config', 'user.name', 'Zeren Test']);
    git(['config', 'user.email', 'test@example.invalid']);
    git(['config', 'commit.gpgsign', 'false']);
    fs.mkdirSync(path.join(repo, 'rules'));
    fs.writeFileSync(path.join(repo, '.gitattributes'), '*.png binary\n');
    fs.copyFileSync(V1, path.join(repo, 'rules/rules.zeren'));
    git(['add', '-A']);
    git(['commit', '-qm', 'one']);
    fs.copyFileSync(V2, path.join(repo, 'rules/rules.zeren'));
    git(['commit', '-qam', 'two']);
});

describe('zeren git-setup', () => {
    it('writes the attribute and the cached textconv driver, says what it changed, and is idempotent', () => {
        const first = zeren(['git-setup', '--lang', 'en'], { cwd: path.join(repo, 'rules') });
        expect(first.code, first.stderr).toBe(0);
        const lines = first.stdout.trim().split('\n');
        expect(lines[0]).toBe('.gitattributes: added *.zeren diff=zeren');
        expect(lines[1]).toMatch(/^git config diff\.zeren\.textconv: set to '.*node[^']*' '.*zeren\.js' diff --textconv$/);
        expect(lines[2]).toBe('git config diff.zeren.cachetextconv: set to true');
        expect(fs.readFileSync(path.join(repo, '.gitattributes'), 'utf8')).toBe('*.png binary\n*.zeren diff=zeren\n');
        const again = zeren(['git-setup', '--lang', 'en'], { cwd: repo });
        expect(again.stdout.trim()).toMatch(/: already set up, nothing changed$/);
        expect(fs.readFileSync(path.join(repo, '.gitattributes'), 'utf8')).toBe('*.png binary\n*.zeren diff=zeren\n');
    });

    it('git diff and git log -p then show rule-level changes, from any directory; the conversion is cached', () => {
        const diff = git(['diff', 'HEAD~1', 'HEAD'], path.join(repo, 'rules'));
        expect(diff).toContain('+  领导班子等次 › 好 ≥ 85');
        expect(diff).toContain('-  领导班子等次 › 好 ≥ 90');
        const log = git(['log', '-p', '--format=%s']);
        expect(log).toContain('+  领导班子等次 › 好 ≥ 85');
        expect(log).toContain('+文件 考核办法修订示例');
        // cachetextconv keeps each converted blob in a notes ref, so the next git log -p converts nothing.
        expect(git(['for-each-ref', 'refs/notes/textconv/'])).toContain('refs/notes/textconv/zeren');
        const words = git(['diff', '--word-diff', 'HEAD~1', 'HEAD']);
        expect(words).toContain('好 ≥ [-90-]{+85+}');
    });
});
