import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './examples.js';
import { FuzzWorkspace } from './fuzz-workspace.js';

const cache = new Map<string, Promise<FuzzWorkspace>>();

/**
 * The workspace a kept input was found in: a scenario file's mutant links against the rule
 * files of its example directory; a rule file's mutant stands alone.
 */
export function workspaceFor(origin: string, fresh = false): Promise<FuzzWorkspace> {
    const source = /^origin: ([^\s·]+\.zeren)/m.exec(origin)?.[1];
    const file = source ? path.join(ROOT, source) : undefined;
    const isRules = !file || !fs.existsSync(file) || /^\s*文件\s/m.test(fs.readFileSync(file, 'utf8'));
    const dir = isRules || !file ? '' : path.dirname(file);
    let ws = fresh ? undefined : cache.get(dir);
    if (!ws) {
        const base = dir ? fs.readdirSync(dir).filter(f => f.endsWith('.zeren')).map(f => ({ name: path.relative(ROOT, path.join(dir, f)), text: fs.readFileSync(path.join(dir, f), 'utf8') }))
            .filter(b => /^\s*文件\s/m.test(b.text)) : [];
        ws = FuzzWorkspace.create(base);
        cache.set(dir, ws);
    }
    return ws;
}
