import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * CLI tests spawn the bundled `zeren` and LSP tests the bundled server: bundle the current
 * sources once per run (a few seconds), so a plain `npx vitest` never tests stale bundles.
 */
export default function setup(): void {
    const root = path.resolve(__dirname, '..');
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    execFileSync(process.execPath, ['extension/scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
