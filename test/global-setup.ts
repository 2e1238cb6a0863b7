import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/** CLI tests spawn the bundled `zeren`; bundle the current sources once per run (about a second). */
export default function setup(): void {
    const root = path.resolve(__dirname, '..');
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
