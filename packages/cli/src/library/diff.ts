import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DiffResult, SourceFile } from '@zeren/diff';
import { GitError, diffDocuments, filesAtRevision, filesInWorkTree, sideDocuments } from '@zeren/diff';
import { loadSide } from '@zeren/language';
import { message } from '@zeren/model';
import { collectFiles } from '../workspace-loader.js';
import { CliError } from '../cli-error.js';
import type { RuleSource } from './rules.js';
import { ZerenError } from './zeren-error.js';

/** One side of a diff: files or folders on disk, or rule files as strings. */
export type DiffSide = { paths: string[] } | { sources: RuleSource[] };

/** The semantic diff of two versions of rule files: which rules, measures and clauses changed. */
export async function diff(before: DiffSide, after: DiffSide): Promise<DiffResult> {
    return diffFiles(readSide(before), readSide(after));
}

/**
 * The semantic diff of two git revisions (`after` omitted: the work tree), limited to `paths`
 * (pathspecs relative to `cwd`). git runs with repository-configured programs disabled.
 */
export async function diffRevisions(before: string, after?: string, options: { cwd?: string; paths?: string[] } = {}): Promise<DiffResult> {
    const cwd = options.cwd ?? process.cwd();
    const paths = options.paths ?? [];
    try {
        const old = filesAtRevision(before, paths, cwd);
        const current = after ? filesAtRevision(after, paths, cwd) : filesInWorkTree(paths, cwd);
        return await diffFiles(old, current);
    } catch (e) {
        if (e instanceof GitError) throw new ZerenError(message('diff-git', e.message));
        throw e;
    }
}

async function diffFiles(before: SourceFile[], after: SourceFile[]): Promise<DiffResult> {
    const [a, b] = [await loadSide(before), await loadSide(after)];
    for (const side of [a, b]) {
        const fatal = side.files.flatMap(f => f.diagnostics.filter(d => d.fatal));
        if (fatal.length) {
            const d = fatal[0];
            throw new ZerenError({ code: d.code, zh: `${d.file}:${d.line}:${d.character}: ${d.message}`, en: `${d.file}:${d.line}:${d.character}: ${d.message}` }, { file: d.file, line: d.line, column: d.character });
        }
    }
    return diffDocuments(sideDocuments(a), sideDocuments(b));
}

function readSide(side: DiffSide): SourceFile[] {
    if ('sources' in side) return side.sources;
    try {
        // As `zeren diff`: a folder gives its .zeren files; a file named on its own is compared whatever
        // its name (an old revision kept as rules.v1.zeren.txt, out of the loader's way).
        const files = side.paths.flatMap(p => (isFile(p) ? [path.resolve(p)] : collectFiles([p])));
        return files.map(f => ({ path: path.relative(process.cwd(), f) || f, text: fs.readFileSync(f, 'utf8') }));
    } catch (e) {
        if (e instanceof CliError) throw new ZerenError(e.msg);
        throw e;
    }
}

function isFile(p: string): boolean {
    try {
        return fs.statSync(p).isFile();
    } catch {
        return false; // a missing path: collectFiles names it
    }
}
