// Bundles the extension (desktop and web) and the language server (Node and Web Worker) with
// esbuild, so the .vsix ships four files and no node_modules. Also regenerates the TextMate
// grammar from the Langium grammar's keywords.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeGrammar } from './tm-grammar.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';
const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'warning', absWorkingDir: root, target: 'es2022', legalComments: 'none' };

// The bundle's first statement: the extension reports its code-loading time from here (load-timing.ts).
// "use strict" comes first so the bundle stays in strict mode (a directive only counts at the top).
const LOAD_START = { js: '"use strict";var __zerenLoadStart = performance.now();' };

rmSync(`${root}dist`, { recursive: true, force: true });
writeGrammar();
await Promise.all([
    // Desktop extension host: CommonJS, `vscode` provided by the host.
    build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.cjs', platform: 'node', format: 'cjs', external: ['vscode'], banner: LOAD_START }),
    // Web extension host (webworker): no Node built-ins.
    build({ ...common, entryPoints: ['src/extension-browser.ts'], outfile: 'dist/extension-browser.js', platform: 'browser', format: 'cjs', external: ['vscode'], banner: LOAD_START }),
    // Node language server: also used by other editors (`node dist/server.cjs --stdio`).
    build({ ...common, entryPoints: ['../language/src/lsp/main.ts'], outfile: 'dist/server.cjs', platform: 'node', format: 'cjs', target: 'node20' }),
    // Browser language server, loaded as a classic Web Worker.
    build({ ...common, entryPoints: ['../language/src/lsp/main-browser.ts'], outfile: 'dist/server-browser.js', platform: 'browser', format: 'iife', define: { 'process.env': '{}' } }),
]);
