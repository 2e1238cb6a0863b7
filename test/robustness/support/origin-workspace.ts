import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './examples.js';
import { FuzzWorkspace } from './fuzz-workspace.js';

const isRulesText = (text: string) => /^\s*文件\s/m.test(text);

/**
 * The workspace a mutant of an example file runs in: a scenario file's mutant links against the
 * rule files of its directory; a rule file's mutant takes the place of its file among the
 * directory's other files, whose scenario files are revalidated against it.
 */
export function workspaceForFile(file: string | undefined): Promise<FuzzWorkspace> {
    if (!file || !fs.existsSync(file)) return FuzzWorkspace.create([]);
    const dir = path.dirname(file);
    const isRules = isRulesText(fs.readFileSync(file, 'utf8'));
    const base = fs.readdirSync(dir).filter(f => f.endsWith('.zeren')).sort()
        .map(f => path.join(dir, f))
        .filter(f => f !== file)
        .map(f => ({ name: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8') }))
        .filter(b => isRules || isRulesText(b.text));
    return FuzzWorkspace.create(base, { revalidateBase: isRules });
}

const cache = new Map<string, Promise<FuzzWorkspace>>();

/** The workspace a kept input was found in (its .txt names the example file it was a mutant of). */
export function workspaceFor(origin: string, fresh = false): Promise<FuzzWorkspace> {
    const source = /^origin: ([^\s·]+\.zeren)/m.exec(origin)?.[1];
    const file = source ? path.join(ROOT, source) : undefined;
    const key = file ?? '';
    let ws = fresh ? undefined : cache.get(key);
    if (!ws) {
        ws = workspaceForFile(file);
        cache.set(key, ws);
    }
    return ws;
}
