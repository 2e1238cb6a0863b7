import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, REVISION_DIR, V1, V2, ensureBuilt, golden, zeren } from './helpers.js';

/**
 * A throwaway repository with three commits of rules/rules.zeren — the first revision, the
 * second, then the first again reordered and reformatted — and the scenario file beside it.
 */
let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const textconv = `"${process.execPath}" "${CLI}" diff --textconv`;

beforeAll(() => {
    ensureBuilt();
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-git-'));
    git('init', '-q');
    git('config', 'user.name', 'Zeren Test');
    git('config', 'user.email', 'test@example.invalid');
    git('config', 'commit.gpgsign', 'false');
    fs.mkdirSync(path.join(repo, 'rules'));
    fs.writeFileSync(path.join(repo, '.gitattributes'), fs.readFileSync(path.join(REVISION_DIR, '..', '..', '.gitattributes')));
    fs.copyFileSync(path.join(REVISION_DIR, 'scenarios.zeren'), path.join(repo, 'rules', 'scenarios.zeren'));
    fs.copyFileSync(V1, path.join(repo, 'rules', 'rules.zeren'));
    git('add', '-A');
    git('commit', '-qm', 'revision 1');
    fs.copyFileSync(V2, path.join(repo, 'rules', 'rules.zeren'));
    git('commit', '-qam', 'revision 2');
    fs.copyFileSync(new URL('./fixtures/v1-reordered.zeren', import.meta.url).pathname, path.join(repo, 'rules', 'rules.zeren'));
    git('commit', '-qam', 'revision 1, reordered');
}, 120_000);

afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe('zeren diff --git', () => {
    it('diffs two revisions with the same output as the files, impact paths relative to the repository', () => {
        const r = zeren(['diff', '--git', 'HEAD~2', 'HEAD~1', '--impact', '--lang', 'zh'], repo);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(golden('revision.zh.txt').replaceAll('examples/revisions/kaohe-illustrative/', 'rules/'));
    });

    it('a reordered and reformatted revision has no semantic change', () => {
        expect(zeren(['diff', '--git', 'HEAD~2', 'HEAD', '--exit-code'], repo)).toMatchObject({ code: 0, stdout: '没有语义变化\n' });
    });

    it('one revision compares with the work tree; paths after -- limit the files', () => {
        fs.writeFileSync(path.join(repo, 'rules', 'rules.zeren'), fs.readFileSync(V2));
        try {
            const r = zeren(['diff', '--git', 'HEAD', '--lang', 'en', '--', 'rules/rules.zeren'], repo);
            expect(r.stdout).toContain('  第二十条 领导班子等次: 好 ≥ 90 → ≥ 85\n');
            expect(zeren(['diff', '--git', 'HEAD', '--', 'rules/scenarios.zeren'], repo).stdout).toBe('没有语义变化\n');
        } finally {
            git('checkout', '--', 'rules/rules.zeren');
        }
    });

    it('an unknown revision is invalid input', () => {
        const r = zeren(['diff', '--git', 'no-such-rev', '--lang', 'en'], repo);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("git failed: unknown revision / 未知修订 'no-such-rev'");
    });
});

describe('textconv driver', () => {
    it('git diff shows rule-level lines', () => {
        const out = git('-c', `diff.zeren.textconv=${textconv}`, 'diff', 'HEAD~2', 'HEAD~1', '--', 'rules/rules.zeren');
        const changed = out.split('\n').filter(l => /^[-+][^-+]/.test(l));
        expect(changed).toEqual([
            '-  施行 2015-12-25',
            '+  施行 2017-01-01',
            '-  领导班子综合得分 › 公众评价 占 10% = 公众评价得分 〔第十四条〕',
            '-  领导班子综合得分 › 日常监督评价 占 20% = 日常监督评价得分 〔第十三条〕',
            '+  领导班子综合得分 › 公众评价 占 15% = 公众评价得分 〔第十四条〕',
            '+  领导班子综合得分 › 日常监督评价 占 15% = 日常监督评价得分 〔第十三条〕',
            '-  领导班子等次 › 好 ≥ 90',
            '+  领导班子等次 › 好 ≥ 85',
            '-  领导班子否决 › 条款（六） 当 一年内被上级通报批评或组织处理次数 ≥ 2',
            '-      注 "“2次以上”含2次（民法典第一千二百五十九条）。"',
            '+  领导班子否决 › 条款（六） 当 一年内被上级通报批评或组织处理次数 ≥ 3',
            '+      注 "“3次以上”含3次（民法典第一千二百五十九条）。"',
            '-第二十六条 后果 否决班子取消评优',
            '-  否决班子取消评优 › 对 领导班子 当 领导班子否决 〔第二十六条（一）〕',
            '+第二十七条 后果 否决班子取消评优',
            '+  否决班子取消评优 › 对 领导班子 当 领导班子否决 〔第二十七条（一）〕',
        ]);
    });

    it('reordering and reformatting shows no lines at all', () => {
        expect(git('-c', `diff.zeren.textconv=${textconv}`, 'diff', 'HEAD~2', 'HEAD')).toBe('');
    });

    it('a file that does not stand alone (a scenario file) passes through unchanged', () => {
        const file = path.join(repo, 'rules', 'scenarios.zeren');
        const r = zeren(['diff', '--textconv', file], repo);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(fs.readFileSync(file, 'utf8'));
    });
});
