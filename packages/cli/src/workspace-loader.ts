import type { CalendarOverrides } from '@zeren/time';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { ZerenServices } from '@zeren/language';
import { createZerenCoreServices } from '@zeren/language';
import type { FileIR } from '@zeren/model';
import { CliError } from './cli-error.js';
import { referencedFiles } from './referenced-files.js';
import { findProjectFile, projectLoads } from './project-file.js';

export interface LoadedWorkspace {
    services: ZerenServices;
    documents: LangiumDocument[];
    /** Files named on the command line (a directory expands to the .zeren files below it). */
    files: string[];
    ir(document: LangiumDocument): FileIR;
}

/** Expands paths to .zeren files, sorted so output never depends on directory order. */
export function collectFiles(paths: string[]): string[] {
    const out: string[] = [];
    for (const p of paths) {
        const abs = path.resolve(p);
        if (!fs.existsSync(abs)) throw new CliError('cli-not-found', 2, p);
        if (fs.statSync(abs).isDirectory()) {
            const found = walk(abs);
            if (found.length === 0) throw new CliError('cli-no-files', 2, p);
            out.push(...found);
        } else if (abs.endsWith('.zeren')) {
            out.push(abs);
        } else {
            throw new CliError('cli-not-zeren', 2, p);
        }
    }
    return [...new Set(out)].sort();
}

function walk(dir: string): string[] {
    const out: string[] = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) out.push(...walk(full));
        // A folder's files are those its project (zeren.json include/exclude) loads; a named file always is.
        else if (entry.name.endsWith('.zeren') && projectLoads(findProjectFile(dir), full)) out.push(full);
    }
    return out;
}

/**
 * Loads the named files plus every .zeren file beside them (so a scenario file finds its rule
 * file), builds them with validation, and returns the named ones.
 */
export async function loadWorkspace(paths: string[], options: { validate?: boolean; referencedOnly?: boolean; calendar?: CalendarOverrides } = {}): Promise<LoadedWorkspace> {
    const files = collectFiles(paths);
    const context = projectContext(files);
    if (options.referencedOnly) {
        // `zeren run`: the named files and the documents they refine or cite, not every scenario
        // file of the project; should the text scan miss a reference, load the whole project.
        const loaded = await buildWorkspace(files, referencedFiles(files, [...context]), options);
        const unresolved = loaded.documents.some(d => (d.diagnostics ?? []).some(x => x.code === 'unresolved-reference'));
        if (!unresolved) return loaded;
    }
    return buildWorkspace(files, [...context], options);
}

/**
 * Rules refer to documents of other folders (a city rule refines a provincial one): every rule
 * file of the project (the top folder holding the files, or the whole project with a
 * zeren.json) and every file beside a named one is context; only the named files are reported on.
 */
function projectContext(files: string[]): Set<string> {
    const context = new Set<string>(files);
    for (const dir of new Set(files.flatMap(contextFolders))) {
        for (const f of fs.existsSync(dir) ? (fs.statSync(dir).isDirectory() ? walk(dir) : [dir]) : []) context.add(f);
    }
    for (const f of files) for (const sibling of walkSiblings(path.dirname(f))) context.add(sibling);
    return context;
}

async function buildWorkspace(files: string[], contextFiles: string[], options: { validate?: boolean; calendar?: CalendarOverrides }): Promise<LoadedWorkspace> {
    const { shared, Zeren } = createZerenCoreServices(NodeFileSystem);
    // Validation evaluates scenarios: with the same working-day calendar as the run (--calendar).
    Zeren.model.Models.calendar = options.calendar;
    const context = new Set<string>([...files, ...contextFiles]);
    const documents: LangiumDocument[] = [];
    const named = new Set(files);
    for (const file of [...context].sort()) {
        let text: string;
        try {
            text = fs.readFileSync(file, 'utf8');
        } catch (e) {
            throw new CliError('input-read', 2, file, (e as Error).message);
        }
        const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(doc);
        if (named.has(file)) documents.push(doc);
    }
    await shared.workspace.DocumentBuilder.build([...shared.workspace.LangiumDocuments.all], { validation: options.validate ?? true });
    return { services: Zeren, documents, files, ir: doc => Zeren.model.Models.ir(doc) };
}

/**
 * The top-level folder of the project that holds a file (examples/ for examples/city/x/rules.zeren),
 * so test fixtures elsewhere in the project never mix with it.
 */
function contextFolders(file: string): string[] {
    // A project file names its roots: they are the context (never the test fixtures beside them).
    const project = findProjectFile(path.dirname(file));
    const roots = project ? project.roots.map(r => path.resolve(project.dir, r)) : [];
    if (roots.some(r => !path.relative(r, file).startsWith('..'))) return roots;
    // A file outside the roots (a test fixture): its own top-level folder, as without a project file.
    const root = projectRoot(file);
    if (!root) return [];
    const [first] = path.relative(root, file).split(path.sep);
    return first && first !== path.basename(file) ? [path.join(root, first)] : [];
}

/** The nearest folder above a file that holds package.json, .git or zeren.json. */
function projectRoot(file: string): string | undefined {
    let dir = path.dirname(file);
    for (;;) {
        if (['package.json', '.git', 'zeren.json'].some(m => fs.existsSync(path.join(dir, m)))) return dir;
        const parent = path.dirname(dir);
        if (parent === dir) return undefined;
        dir = parent;
    }
}

function walkSiblings(dir: string): string[] {
    try {
        return fs.readdirSync(dir).filter(n => n.endsWith('.zeren')).map(n => path.join(dir, n));
    } catch {
        return [];
    }
}

export function displayPath(uri: string): string {
    const file = URI.parse(uri).fsPath;
    const rel = path.relative(process.cwd(), file);
    return rel.startsWith('..') ? file : rel;
}
