import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSide } from '@zeren/language';
import type { DocumentIR } from '@zeren/model';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
export const CLI = path.join(ROOT, 'packages/cli/bin/zeren.js');
export const REVISION_DIR = path.join(ROOT, 'examples/revisions/kaohe-illustrative');
export const V1 = path.join(REVISION_DIR, 'rules.v1.zeren.txt');
export const V2 = path.join(REVISION_DIR, 'rules.zeren');
export const CITY = path.join(ROOT, 'examples/city/kaohe-2015/rules.zeren');

/** The CLI is spawned from its bundle; build it once per test run unless `npm test` already did. */
export function ensureBuilt(): void {
    if (process.env.ZEREN_SKIP_BUILD) return;
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

export function zeren(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', ZEREN_LANG: '' } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export async function documentsOf(...texts: [string, string][]): Promise<DocumentIR[]> {
    const side = await loadSide(texts.map(([p, text]) => ({ path: p, text })));
    const fatal = side.files.flatMap(f => f.diagnostics).filter(d => d.fatal);
    if (fatal.length) throw new Error(fatal.map(d => `${d.file}:${d.line}: ${d.message}`).join('\n'));
    return side.files.flatMap(f => f.documents);
}

export function read(file: string): string {
    return fs.readFileSync(file, 'utf8');
}

export function golden(name: string): string {
    return read(path.join(HERE, 'golden', name));
}
