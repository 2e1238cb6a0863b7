// `npm run pack:cli`: writes dist/zeren-<version>.tgz, the package a user installs with
// `npm install -g ./dist/zeren-<version>.tgz`:
//   bin/zeren.mjs   the CLI, bundled with esbuild (run `zeren`)
//   lib/index.mjs   the library (docs/api.md), bundled the same way
//   lib/index.d.ts  its type declarations, one file (dts-bundle-generator)
// zod and fraction.js appear in the declarations (the outcome and model types), so they ship
// inside the tarball (bundleDependencies): installing needs no registry and no repository.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const rootPackage = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const shipped = ['zod', 'fraction.js'];
const stage = path.join(root, 'dist', 'pack');
fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(stage, { recursive: true });

const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    external: shipped,
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __zerenRequire } from 'node:module'; const require = __zerenRequire(import.meta.url);" },
};
await build({ ...common, entryPoints: [path.join(root, 'packages/cli/src/main.ts')], outfile: path.join(stage, 'bin/zeren.mjs'), banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } });
await build({ ...common, entryPoints: [path.join(root, 'packages/cli/src/index.ts')], outfile: path.join(stage, 'lib/index.mjs') });
fs.chmodSync(path.join(stage, 'bin/zeren.mjs'), 0o755);

execFileSync(process.execPath, [
    path.join(root, 'node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js'),
    '--project', path.join(root, 'scripts/tsconfig.pack.json'), '--no-check', '--silent',
    '-o', path.join(stage, 'lib/index.d.ts'), path.join(root, 'packages/cli/src/index.ts'),
], { stdio: 'inherit' });

const versions = Object.fromEntries(shipped.map(name => [name, JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version]));
for (const name of shipped) fs.cpSync(path.join(root, 'node_modules', name), path.join(stage, 'node_modules', name), { recursive: true });
const manifest = {
    name: 'zeren',
    version: rootPackage.version,
    description: rootPackage.description,
    type: 'module',
    bin: { zeren: 'bin/zeren.mjs' },
    exports: { '.': { types: './lib/index.d.ts', import: './lib/index.mjs' } },
    types: './lib/index.d.ts',
    files: ['bin', 'lib', 'README.md'],
    engines: rootPackage.engines,
    dependencies: versions,
    bundleDependencies: shipped,
};
fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
fs.writeFileSync(path.join(stage, 'README.md'), `# zeren ${rootPackage.version}

Zeren (责任): accountability measures of Chinese party and government bodies as executable, checkable rules.

- Command line: \`zeren help\`, \`zeren check rules/\`, \`zeren test rules/\`, \`zeren run --facts f.json rules/\`, \`zeren diff --git HEAD~1\`, \`zeren fmt --check rules/\`.
- Library: \`import { loadRules, evaluate, explain, diff } from 'zeren'\` (typed; see docs/api.md in the repository).
`);

const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', path.join(root, 'dist')], { cwd: stage, encoding: 'utf8' }).trim().split('\n').pop();
fs.rmSync(stage, { recursive: true, force: true });
console.log(path.join('dist', packed));
