// Bundles the CLI with esbuild (one file, no node_modules needed at run time).
// The extension and the language servers are bundled by extension/scripts/build.mjs.
import { build } from 'esbuild';

await build({
    entryPoints: ['packages/cli/src/main.ts'],
    outfile: 'packages/cli/dist/zeren.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __zerenRequire } from 'node:module'; const require = __zerenRequire(import.meta.url);" },
});
