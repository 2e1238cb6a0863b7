import * as fs from 'node:fs';
import * as path from 'node:path';

/** A rule file of the project, as far as a text scan can tell without parsing it. */
interface Declared {
    file: string;
    text: string;
    /** The 文件 it declares. */
    name: string;
    /** Its 文号, by which a successor's 废止 names it. */
    number?: string;
    /** The text of its 废止 lines: what it supersedes. */
    supersedes: string;
}

const DOCUMENT = /^\s*文件\s+([^\s{]+)\s*\{/m;
const NUMBER = /^\s*文号\s+"([^"]*)"/m;
const SUPERSEDES = /^\s*废止\s+(.*)$/gm;

/**
 * The files `zeren run` needs besides the ones it is given: the documents they mention (细化,
 * 根据, a rule of another document), transitively, and the documents that supersede one of
 * those (their 废止 names its 文件 or 文号), so the in-force choice sees successors. Found by a
 * text scan of `candidates`, which is cheap next to parsing: scenario files declare no 文件 and
 * are never added. Over-approximate on purpose (a name mentioned in a comment loads that file too);
 * what is missed shows as an unresolved reference, and the caller then loads every candidate.
 */
export function referencedFiles(named: string[], candidates: string[]): string[] {
    const declared: Declared[] = [];
    for (const file of candidates) {
        let text: string;
        try {
            text = fs.readFileSync(file, 'utf8');
        } catch {
            continue; // reported when the file is loaded, if it is
        }
        const name = DOCUMENT.exec(text)?.[1];
        if (!name) continue;
        declared.push({ file, text, name, number: NUMBER.exec(text)?.[1], supersedes: [...text.matchAll(SUPERSEDES)].map(m => m[1]).join('\n') });
    }
    const loaded = new Set(named);
    const texts = new Map(declared.map(d => [d.file, d.text]));
    const queue = [...named];
    const loadedDocs: Declared[] = declared.filter(d => loaded.has(d.file));
    const add = (d: Declared) => {
        if (loaded.has(d.file)) return;
        loaded.add(d.file);
        loadedDocs.push(d);
        queue.push(d.file);
    };
    while (queue.length) {
        const file = queue.shift()!;
        const text = texts.get(file) ?? readOrEmpty(file);
        // Of several files declaring one name (a copy in a test fixture), the closest to the file that mentions it.
        const byName = new Map<string, Declared>();
        for (const d of declared) {
            if (!text.includes(d.name)) continue;
            const seen = byName.get(d.name);
            if (!seen || sharedPrefix(d.file, file) > sharedPrefix(seen.file, file)) byName.set(d.name, d);
        }
        byName.forEach(add);
        for (const d of declared) {
            if (!loaded.has(d.file) && loadedDocs.some(l => d.supersedes.includes(l.name) || (l.number !== undefined && d.supersedes.includes(l.number)))) add(d);
        }
    }
    return [...loaded];
}

function readOrEmpty(file: string): string {
    try {
        return fs.readFileSync(file, 'utf8');
    } catch {
        return '';
    }
}

function sharedPrefix(a: string, b: string): number {
    const x = path.dirname(a).split(path.sep), y = path.dirname(b).split(path.sep);
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    return i;
}
