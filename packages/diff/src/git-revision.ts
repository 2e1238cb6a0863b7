import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceFile } from './side.js';

/** git failed or a revision does not exist: invalid input, reported with git's own words. */
export class GitError extends Error {}

/**
 * Options that keep a repository's configuration from running programs: a cloned repository
 * (or one the user was sent) may set core.fsmonitor, a diff driver, a pager or hooks to a
 * script. Zeren only reads plumbing output, so none of them is ever needed.
 */
export const SAFE_GIT_OPTIONS = [
    '--no-pager',
    '-c', 'core.fsmonitor=false',
    '-c', 'core.hooksPath=/dev/null',
    '-c', 'core.pager=cat',
    '-c', 'diff.external=',
];

/**
 * The environment without the variables that make git run programs (GIT_EXTERNAL_DIFF,
 * GIT_PAGER, GIT_ASKPASS, GIT_SSH…) or point it at another repository or configuration (a
 * textconv driver runs with git's own GIT_* variables set).
 */
export function safeGitEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
    const out: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(env)) if (!/^GIT_/.test(k)) out[k] = v;
    return { ...out, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
}

function git(args: string[], cwd: string): Buffer {
    try {
        // Reading blobs uses `cat-file blob` (never --textconv or --filters), and listing uses
        // ls-tree / ls-files, so no diff driver, textconv or clean/smudge filter is involved.
        return execFileSync('git', [...SAFE_GIT_OPTIONS, ...args], { cwd, env: safeGitEnv(), maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
        const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
        throw new GitError(stderr || (e as Error).message);
    }
}

/** The top folder of the repository holding `cwd` (paths of listed files are relative to it). */
export function gitRoot(cwd: string): string {
    return git(['rev-parse', '--show-toplevel'], cwd).toString().trim();
}

function names(out: Buffer): string[] {
    return out.toString('utf8').split('\0').filter(n => n.endsWith('.zeren'));
}

/**
 * The .zeren files of a revision, read with read-only plumbing (ls-tree, cat-file): the work
 * tree, the index and HEAD are never touched. Paths are relative to the repository root.
 * Pathspecs are relative to `cwd`, as in `git diff`.
 */
export function filesAtRevision(rev: string, pathspecs: string[], cwd: string): SourceFile[] {
    let commit: string;
    try {
        commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], cwd).toString().trim();
    } catch {
        // --quiet leaves git's stderr empty; name the revision instead of the command.
        throw new GitError(`unknown revision / 未知修订 '${rev}'`);
    }
    const root = gitRoot(cwd);
    // Without pathspecs, the whole tree (ls-tree in a subdirectory would list only that directory).
    const listed = pathspecs.length
        ? names(git(['ls-tree', '-r', '-z', '--full-name', '--name-only', commit, '--', ...pathspecs], cwd))
        : names(git(['ls-tree', '-r', '-z', '--full-name', '--name-only', commit], root));
    return listed.sort().map(p => ({ path: p, text: git(['cat-file', 'blob', `${commit}:${p}`], root).toString('utf8') }));
}

/** The work tree's .zeren files (tracked and untracked, not ignored), as `git diff <rev>` sees them. */
export function filesInWorkTree(pathspecs: string[], cwd: string): SourceFile[] {
    const root = gitRoot(cwd);
    const listed = pathspecs.length
        ? names(git(['ls-files', '-z', '--full-name', '--cached', '--others', '--exclude-standard', '--', ...pathspecs], cwd))
        : names(git(['ls-files', '-z', '--full-name', '--cached', '--others', '--exclude-standard'], root));
    const out: SourceFile[] = [];
    for (const p of [...new Set(listed)].sort()) {
        const abs = path.join(root, p);
        // A tracked file deleted in the work tree is absent from this side.
        if (fs.existsSync(abs)) out.push({ path: p, text: fs.readFileSync(abs, 'utf8') });
    }
    return out;
}
