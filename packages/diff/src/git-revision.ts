import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceFile } from './side.js';

/** git failed or a revision does not exist: invalid input, reported with git's own words. */
export class GitError extends Error {}

function git(args: string[], cwd: string): Buffer {
    try {
        return execFileSync('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
        const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
        throw new GitError(stderr || (e as Error).message);
    }
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
    const root = git(['rev-parse', '--show-toplevel'], cwd).toString().trim();
    // Without pathspecs, the whole tree (ls-tree in a subdirectory would list only that directory).
    const listed = pathspecs.length
        ? names(git(['ls-tree', '-r', '-z', '--full-name', '--name-only', commit, '--', ...pathspecs], cwd))
        : names(git(['ls-tree', '-r', '-z', '--full-name', '--name-only', commit], root));
    return listed.sort().map(p => ({ path: p, text: git(['cat-file', 'blob', `${commit}:${p}`], root).toString('utf8') }));
}

/** The work tree's .zeren files (tracked and untracked, not ignored), as `git diff <rev>` sees them. */
export function filesInWorkTree(pathspecs: string[], cwd: string): SourceFile[] {
    const root = git(['rev-parse', '--show-toplevel'], cwd).toString().trim();
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
