import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@zeren/model';
import { GitError, SAFE_GIT_OPTIONS, gitRoot, safeGitEnv } from '@zeren/diff';
import { CliError } from '../cli-error.js';
import { writeAtomically } from '../write-output.js';

const ATTRIBUTE = '*.zeren diff=zeren';

/**
 * `zeren git-setup`: makes `git diff`, `git log -p` and `git show` compare .zeren files rule by
 * rule in the current repository. Writes the attribute to .gitattributes and registers the
 * textconv driver with absolute paths (git runs it from any directory, with any PATH), cached
 * so `git log -p` converts each blob once. Running it again changes nothing.
 */
export async function runGitSetup(lang: Lang, out: (line: string) => void): Promise<number> {
    const zh = lang === 'zh';
    let root: string;
    try {
        root = gitRoot(process.cwd());
    } catch (e) {
        if (e instanceof GitError) throw new CliError('diff-git', 2, e.message);
        throw e;
    }
    const changes: string[] = [];
    const attributes = path.join(root, '.gitattributes');
    const current = fs.existsSync(attributes) ? fs.readFileSync(attributes, 'utf8') : '';
    if (!current.split(/\r?\n/).some(line => /^\*\.zeren\s(.*\s)?diff=zeren(\s|$)/.test(line.trim()))) {
        writeAtomically(attributes, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${ATTRIBUTE}\n`);
        changes.push(zh ? `.gitattributes：加入 ${ATTRIBUTE}` : `.gitattributes: added ${ATTRIBUTE}`);
    }
    const settings: [string, string][] = [
        ['diff.zeren.textconv', `${shellQuote(process.execPath)} ${shellQuote(zerenScript())} diff --textconv`],
        ['diff.zeren.cachetextconv', 'true'],
    ];
    for (const [key, value] of settings) {
        if (gitConfig(root, ['--get', key]) === value) continue;
        gitConfig(root, [key, value]);
        changes.push(zh ? `git config ${key}：设为 ${value}` : `git config ${key}: set to ${value}`);
    }
    if (changes.length === 0) out(zh ? `${root}：已设置好，没有改动` : `${root}: already set up, nothing changed`);
    else for (const line of changes) out(line);
    return 0;
}

/** The script of this `zeren`, resolved through links (an npm global bin is a link). */
function zerenScript(): string {
    return fs.realpathSync(process.argv[1]);
}

/** Single quotes for the shell git runs the driver with. */
function shellQuote(s: string): string {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** `git config --local …`; undefined when a --get finds nothing. */
function gitConfig(root: string, args: string[]): string | undefined {
    try {
        return execFileSync('git', [...SAFE_GIT_OPTIONS, 'config', '--local', ...args], { cwd: root, env: safeGitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    } catch (e) {
        if (args[0] === '--get' && (e as { status?: number }).status === 1) return undefined;
        throw new CliError('diff-git', 2, ((e as { stderr?: string }).stderr ?? (e as Error).message).trim());
    }
}
