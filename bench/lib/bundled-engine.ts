import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

type Engine = typeof import('./user-engine.js');

/**
 * The user path runs the code a user runs: the installed library is one esbuild bundle
 * (scripts/pack-cli.mjs), while tsx (which runs the bench) wraps every function it creates in a
 * name-keeping helper that costs ~10% per outcome. So the engine and the program loader are
 * bundled the same way, once, and imported from that file.
 */
export async function bundledEngine(): Promise<Engine> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-bench-engine-'));
    const outfile = path.join(dir, 'engine.mjs');
    try {
        await build({
            entryPoints: [path.join(import.meta.dirname, 'user-engine.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
            banner: { js: "import { createRequire as __zerenRequire } from 'node:module'; const require = __zerenRequire(import.meta.url);" },
        });
        return (await import(pathToFileURL(outfile).href)) as Engine;
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
