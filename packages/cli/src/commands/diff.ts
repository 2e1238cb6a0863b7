import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@zeren/model';
import type { LoadedSide, SourceFile } from '@zeren/diff';
import {
    DiffResult, GitError, canonicalListing, computeImpact, diffDocuments, filesAtRevision, filesInWorkTree, gitRoot,
    findWitnesses, renderDiff, renderImpact, renderMarkdown, renderWitnesses, sideDocuments, upstreamConformance,
} from '@zeren/diff';
import { loadSide } from '@zeren/language';
import { CliError } from '../cli-error.js';
import { collectFiles } from '../workspace-loader.js';
import { suggest } from './diff-suggest.js';
import { findProjectFile, projectLoads } from '../project-file.js';

export interface DiffOptions {
    git: boolean;
    json: boolean;
    impact: boolean;
    exitCode: boolean;
    textconv: boolean;
    /** text (default), json (as --json) or markdown (a pull-request comment). */
    format?: string;
    /** Evidence for every change: a verified differing subject, a proof of equivalence, or undecided. */
    witness?: boolean;
    /** Print the new expected values of expectations that no longer hold (implies --impact). */
    suggest?: boolean;
    /** With --suggest: write them into the scenario files. */
    write?: boolean;
}

/** One side: every file to load, and which of them are compared (the rest only feed --impact). */
interface Side {
    label: string;
    files: SourceFile[];
    compared: Set<string>;
}

/**
 * `zeren diff <old> <new>`, `zeren diff --git <rev1> [<rev2>] [-- paths]`, `zeren diff --textconv <file>`.
 * Exit codes follow `git diff`: 0 whether or not there are changes, 1 for changes only with
 * --exit-code, 2 for invalid input.
 */
export async function runDiff(argv: string[], positionals: string[], lang: Lang, options: DiffOptions, out: (line: string) => void): Promise<number> {
    const dash = argv.indexOf('--');
    const pathspecs = dash >= 0 ? argv.slice(dash + 1) : [];
    const operands = positionals.slice(0, positionals.length - pathspecs.length);
    if (options.textconv) return textconv(operands, lang, out);
    if (options.format !== undefined && !['text', 'json', 'markdown'].includes(options.format)) throw usage(lang, `--format ${options.format}（可选 text、json、markdown）`, `--format ${options.format} (one of text, json, markdown)`);
    if (options.format === 'json') options = { ...options, json: true };
    if (options.write && !options.suggest) throw usage(lang, '--write 需与 --suggest 一起使用', '--write goes with --suggest');
    if (options.suggest) options = { ...options, impact: true };
    const [before, after] = options.git ? gitSides(operands, pathspecs, lang) : fileSides(operands, options.impact, lang);
    const oldSide = await loadChecked(before, lang);
    const newSide = await loadChecked(await onlyScenarioSiblings(after), lang);
    const result: DiffResult = diffDocuments(
        sideDocuments(oldSide, f => before.compared.has(f.path)),
        sideDocuments(newSide, f => after.compared.has(f.path)),
    );
    if (result.documents.length) {
        // Refining documents re-checked against the revised ones they refine.
        const upstream = upstreamConformance(oldSide, newSide);
        if (upstream.length) result.upstream = upstream;
    }
    if (options.impact) result.impact = await computeImpact(loadSide, oldSide, before.files, newSide, after.files, result.documents);
    if (options.witness || result.impact) {
        // In --impact alone, only the changes no scenario exercises get a witness.
        const covered = new Set((result.impact?.byChange ?? []).map(g => g.change.id));
        const all = findWitnesses(n => oldSide.documentIR(n), n => newSide.documentIR(n), result.documents);
        const wanted = options.witness ? all : all.filter(w => !covered.has(w.change.id) && !['subject', 'enum', 'scale'].includes(w.change.kind));
        if (wanted.length) result.witnesses = wanted;
    }
    if (options.json) {
        out(JSON.stringify(DiffResult.parse(result), null, 2));
    } else if (options.format === 'markdown') {
        renderMarkdown(result, lang).forEach(line => out(line));
    } else {
        renderDiff(result, lang).forEach(line => out(line));
        if (result.upstream) {
            out('');
            out(lang === 'zh' ? '细化文件的符合性（修改后新出现）：' : 'Conformance of refining documents (new with this revision):');
            for (const u of result.upstream) out(`  ${u.file}:${u.line}: [${u.code}] ${lang === 'zh' ? u.zh : u.en}`);
        }
        if (result.impact) {
            out('');
            renderImpact(result.impact, lang).forEach(line => out(line));
        }
        if (result.witnesses) {
            out('');
            renderWitnesses(result.witnesses, lang).forEach(line => out(line));
        }
    }
    if (options.suggest && result.impact) {
        const base = !options.git ? process.cwd() : operands.length === 1 ? repositoryRoot(process.cwd()) : undefined;
        suggest(result.impact.stale, after.files, base, !!options.write, lang, options.json || options.format === 'markdown' ? () => {} : out);
    }
    // A refining document now looser than the revised one is a change the reviewer must see.
    const changed = result.documents.length > 0 || (result.upstream?.length ?? 0) > 0 || (result.impact?.changed.length ?? 0) > 0;
    return options.exitCode && changed ? 1 : 0;
}

/** The work tree's top folder: paths of `--git <rev>` (work tree side) are relative to it. */
function repositoryRoot(from: string): string | undefined {
    for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
        if (fs.existsSync(path.join(dir, '.git'))) return dir;
        if (path.dirname(dir) === dir) return undefined;
    }
}

function usage(lang: Lang, zh: string, en: string): CliError {
    return new CliError('cli-usage', 2, lang === 'zh' ? zh : en);
}

/** Files or folders. A named file brings the scenario files beside it, for --impact. */
function fileSides(operands: string[], withSiblings: boolean, lang: Lang): [Side, Side] {
    if (operands.length !== 2) throw usage(lang, 'zeren diff <旧文件或目录> <新文件或目录>', 'zeren diff <old file or dir> <new file or dir>');
    return [readSide(operands[0], withSiblings), readSide(operands[1], withSiblings)];
}

function readSide(operand: string, withSiblings: boolean): Side {
    const abs = path.resolve(operand);
    if (!fs.existsSync(abs)) throw new CliError('cli-not-found', 2, operand);
    const isDir = fs.statSync(abs).isDirectory();
    // A named file is compared whatever its extension (an old revision kept as rules.v1.zeren.txt).
    const compared = isDir ? collectFiles([abs]) : [abs];
    const extra = !isDir && withSiblings
        ? fs.readdirSync(path.dirname(abs)).filter(n => n.endsWith('.zeren')).map(n => path.join(path.dirname(abs), n)).filter(f => f !== abs)
        : [];
    const display = (f: string) => path.relative(process.cwd(), f) || f;
    const files = [...compared, ...extra].map(f => ({ path: display(f), text: read(f) }));
    return { label: operand, files, compared: new Set(compared.map(display)) };
}

function read(file: string): string {
    try {
        return fs.readFileSync(file, 'utf8');
    } catch (e) {
        throw new CliError('input-read', 2, file, (e as Error).message);
    }
}

/** Git revisions, read without touching the work tree; one revision compares it with the work tree. */
function gitSides(operands: string[], pathspecs: string[], lang: Lang): [Side, Side] {
    if (operands.length < 1 || operands.length > 2) throw usage(lang, 'zeren diff --git <修订1> [<修订2>] [-- 路径…]', 'zeren diff --git <rev1> [<rev2>] [-- paths…]');
    try {
        const cwd = process.cwd();
        // Without paths, the project's roots (zeren.json), never the whole repository with its test fixtures.
        const project = findProjectFile(cwd);
        const specs = pathspecs.length || !project ? pathspecs : project.roots.map(r => path.relative(cwd, path.resolve(project.dir, r)) || '.');
        const loaded = (files: SourceFile[]) => (project ? files.filter(f => projectLoads(project, path.join(gitRoot(cwd), f.path))) : files);
        const before = loaded(filesAtRevision(operands[0], specs, cwd));
        const after = loaded(operands[1] ? filesAtRevision(operands[1], specs, cwd) : filesInWorkTree(specs, cwd));
        const afterLabel = operands[1] ?? (lang === 'zh' ? '工作区' : 'work tree');
        // A mistyped path would otherwise read as "no semantic change".
        if (pathspecs.length && before.length === 0 && after.length === 0) throw new CliError('diff-no-match', 2, pathspecs.join(' '), operands[0], afterLabel);
        const side = (label: string, files: SourceFile[]): Side => ({ label, files, compared: new Set(files.map(f => f.path)) });
        return [side(operands[0], before), side(afterLabel, after)];
    } catch (e) {
        if (e instanceof GitError) throw new CliError('diff-git', 2, e.message);
        throw e;
    }
}

/**
 * Files beside a named file join its side only as scenario files: a sibling that declares
 * documents (the other revision kept in the same folder) would shadow the compared ones.
 */
async function onlyScenarioSiblings(side: Side): Promise<Side> {
    const extras = side.files.filter(f => !side.compared.has(f.path));
    if (extras.length === 0) return side;
    const probe = await loadSide(extras);
    const ruleFiles = new Set(probe.files.filter(f => f.documents.length > 0).map(f => f.path));
    return { ...side, files: side.files.filter(f => !ruleFiles.has(f.path)) };
}

/** A side whose files do not parse or resolve cannot be compared: list the errors, exit 2. */
async function loadChecked(side: Side, lang: Lang): Promise<LoadedSide> {
    const loaded = await loadSide(side.files);
    // A scenario file whose rules are not on this side (paths limited to it) does not resolve;
    // that only matters to --impact, which skips it. Anything else unparsable blocks the diff.
    const fatal = loaded.files.flatMap(f => f.diagnostics.filter(d => d.fatal && (f.documents.length > 0 || !/^(unresolved-reference|keyword-glued)$/.test(d.code))));
    if (fatal.length) {
        for (const d of fatal) process.stderr.write(`${d.file}:${d.line}:${d.character}: ${lang === 'zh' ? '错误' : 'error'} [${d.code}] ${d.message}\n`);
        throw new CliError('diff-invalid-side', 2, side.label);
    }
    return loaded;
}

/**
 * git's textconv driver: a canonical listing of the file's rules, so `git diff` compares rules,
 * not text. It must never fail a `git diff`: a file that does not parse on its own (a scenario
 * file, whose rules git does not hand over, or a file with a syntax error) prints as is.
 */
async function textconv(operands: string[], lang: Lang, out: (line: string) => void): Promise<number> {
    if (operands.length !== 1) throw usage(lang, 'zeren diff --textconv <文件>', 'zeren diff --textconv <file>');
    const text = read(operands[0]);
    const side = await loadSide([{ path: operands[0], text }]);
    const [file] = side.files;
    if (file.documents.length === 0 || file.diagnostics.some(d => d.fatal)) {
        process.stdout.write(text);
        return 0;
    }
    canonicalListing(file.documents).forEach(line => out(line));
    return 0;
}
