import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// The diff is used by the language server (its semantic-diff view) and loads sides through a
// loader the caller passes in, so @zeren/diff never imports @zeren/language.
const PACKAGES: Record<string, string> = {
    '@zeren/model': 'packages/model', '@zeren/time': 'packages/time', '@zeren/evaluator': 'packages/evaluator',
    '@zeren/checker': 'packages/checker', '@zeren/diff': 'packages/diff', '@zeren/language': 'language', '@zeren/cli': 'packages/cli',
};

function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) return e.name === 'generated' ? [] : sources(p);
        return e.name.endsWith('.ts') ? [p] : [];
    });
}

/** Bare package names a package's sources import (node: built-ins and relative paths aside). */
function imports(dir: string): Set<string> {
    const out = new Set<string>();
    for (const file of sources(path.join(ROOT, dir, 'src'))) {
        for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'([^'.][^']*)'/g)) {
            if (spec.startsWith('node:')) continue;
            out.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        }
    }
    return out;
}

describe('workspace packages', () => {
    it('import each other without a cycle', () => {
        const edges = new Map(Object.entries(PACKAGES).map(([name, dir]) => [name, [...imports(dir)].filter(i => i in PACKAGES && i !== name)]));
        const cycle = (from: string, seen: string[]): string[] | undefined => {
            if (seen.includes(from)) return [...seen, from];
            for (const to of edges.get(from) ?? []) {
                const c = cycle(to, [...seen, from]);
                if (c) return c;
            }
            return undefined;
        };
        for (const name of Object.keys(PACKAGES)) expect(cycle(name, [])).toBeUndefined();
        expect(edges.get('@zeren/diff')).not.toContain('@zeren/language');
    });

    it('@zeren/diff and @zeren/language declare every package they import', () => {
        for (const dir of ['packages/diff', 'language']) {
            const declared = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')).dependencies ?? {});
            expect([...imports(dir)].filter(i => !declared.includes(i)), dir).toEqual([]);
        }
    });
});
