import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import type { Lang } from '@zeren/model';
import { zodWording } from '@zeren/evaluator';
import { CliError } from './cli-error.js';
import { fileProblem } from './file-problem.js';

/**
 * `zeren.json`, the project file (docs/project.md): found in the working directory or the nearest
 * folder above it. Paths in it are relative to its folder.
 */
export interface ProjectFile {
    /** The folder holding zeren.json. */
    dir: string;
    /** Folders (or files) holding the project's rule files; `zeren diff --git` without paths compares these. */
    roots: string[];
    /** Glob patterns (relative to dir) a .zeren file must match to be loaded; empty: every file. */
    include: string[];
    /** Glob patterns (relative to dir) of .zeren files never loaded (test fixtures, drafts). */
    exclude: string[];
    /** The language of messages when --lang is not given. */
    language?: Lang;
    /** Working-day overrides used by run and test when --calendar is not given (absolute path). */
    calendar?: string;
}

const Schema = z.object({
    roots: z.array(z.string().min(1)).min(1).optional(),
    include: z.array(z.string().min(1)).optional(),
    exclude: z.array(z.string().min(1)).optional(),
    language: z.enum(['zh', 'en']).optional(),
    calendar: z.string().min(1).optional(),
}).strict();

/** By folder: the project file governing it (every .zeren file of a walk asks). */
const cache = new Map<string, ProjectFile | undefined>();

/** The project file governing `from` (a folder or file), if any. */
export function findProjectFile(from: string = process.cwd()): ProjectFile | undefined {
    let dir = path.resolve(from);
    if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
    if (cache.has(dir)) return cache.get(dir);
    const file = path.join(dir, 'zeren.json');
    const parent = path.dirname(dir);
    const found = fs.existsSync(file) ? readProjectFile(file) : parent === dir ? undefined : findProjectFile(parent);
    cache.set(dir, found);
    return found;
}

function readProjectFile(file: string): ProjectFile {
    let json: unknown;
    try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
        const problem = fileProblem(e);
        throw new CliError('project-file', 2, file, problem.zh, problem.en);
    }
    const parsed = Schema.safeParse(json);
    if (!parsed.success) {
        // The problem in each language's words (as for fact files), never the library's English in Chinese.
        const worded = (lang: Lang) => Schema.safeParse(json, { error: zodWording(lang, Object.keys(Schema.shape)) }).error!.issues[0];
        const [zh, en] = [worded('zh'), worded('en')];
        const field = zh.path.join('.');
        throw new CliError('project-file', 2, file, `${field || '顶层'}：${zh.message}`, `${field || 'top level'}: ${en.message}`);
    }
    const dir = path.dirname(file);
    const v = parsed.data;
    return {
        dir,
        roots: v.roots ?? ['.'],
        include: v.include ?? [],
        exclude: v.exclude ?? [],
        language: v.language,
        calendar: v.calendar && path.resolve(dir, v.calendar),
    };
}

/** Whether the project loads this .zeren file (its include and exclude patterns). */
export function projectLoads(project: ProjectFile | undefined, file: string): boolean {
    if (!project) return true;
    const rel = path.relative(project.dir, path.resolve(file)).split(path.sep).join('/');
    if (rel.startsWith('../')) return true;
    if (project.exclude.some(p => globMatches(p, rel))) return false;
    return project.include.length === 0 || project.include.some(p => globMatches(p, rel));
}

/** `*` any run within one path segment, `?` one character, `**` any run of segments; a folder pattern matches what is below it. */
export function globMatches(pattern: string, rel: string): boolean {
    const p = pattern.replace(/^\.\//, '').replace(/\/$/, '');
    let re = '';
    for (let i = 0; i < p.length; i++) {
        const ch = p[i];
        if (ch === '*' && p[i + 1] === '*') {
            const slash = p[i + 2] === '/';
            re += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        } else if (ch === '*') re += '[^/]*';
        else if (ch === '?') re += '[^/]';
        else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}(?:/.*)?$`).test(rel);
}
