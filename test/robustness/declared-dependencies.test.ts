import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/workspace.js';

/**
 * Every workspace package declares what its source imports (dependencies, or devDependencies for a
 * bundled extension); `vscode` is the editor's own API, provided by the host.
 */
const PACKAGES = ['language', ...fs.readdirSync(path.join(ROOT, 'packages')).map(p => `packages/${p}`), 'extension'];
const HOST_PROVIDED = new Set(['vscode']);
const IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)'([^'.][^']*)'/g;

function sources(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter(e => e.isFile() && e.name.endsWith('.ts') && !path.join(e.parentPath, e.name).includes(`${path.sep}generated${path.sep}`))
        .map(e => path.join(e.parentPath, e.name));
}

function packageName(specifier: string): string {
    const parts = specifier.split('/');
    return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

describe('declared dependencies', () => {
    it.each(PACKAGES)('%s declares every package its source imports', pkg => {
        const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, pkg, 'package.json'), 'utf8')) as Record<string, Record<string, string> | string>;
        const declared = new Set([manifest.name as string, ...['dependencies', 'devDependencies', 'peerDependencies'].flatMap(k => Object.keys((manifest[k] as Record<string, string>) ?? {}))]);
        const imported = new Set<string>();
        for (const file of sources(path.join(ROOT, pkg, 'src'))) {
            for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
                if (!m[1]!.startsWith('node:')) imported.add(packageName(m[1]!));
            }
        }
        expect(imported.size).toBeGreaterThan(0);
        expect([...imported].filter(i => !declared.has(i) && !HOST_PROVIDED.has(i)).sort()).toEqual([]);
    });
});
