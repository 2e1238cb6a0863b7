import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
/** Every package's own source: the guard holds for all of them, not only @zeren/time. */
const sourceDirs = [
  ...['time', 'model', 'evaluator', 'checker', 'diff', 'cli'].map((p) => join(root, 'packages', p, 'src')),
  join(root, 'language/src'),
  join(root, 'extension/src'),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !join(e.parentPath, e.name).includes('/generated/'))
    .map((e) => join(e.parentPath, e.name));
}

describe('independence from the machine time zone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zeren-time-tz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives identical results under TZ=America/Los_Angeles, Asia/Shanghai, Pacific/Kiritimati and UTC', async () => {
    const bundle = join(dir, 'probe.mjs');
    const result = await build({ entryPoints: [join(here, 'fixtures/tz-probe.ts')], bundle: true, platform: 'node', format: 'esm', write: false });
    writeFileSync(bundle, result.outputFiles[0]!.text);
    const run = (tz: string) =>
      JSON.parse(execFileSync(process.execPath, [bundle], { env: { ...process.env, TZ: tz, LANG: 'C', LC_ALL: 'C' }, encoding: 'utf8' })) as {
        results: unknown[];
        environment: { offset: number };
      };
    const runs = ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'UTC'].map(run);
    // The probe really ran in different zones (local-time offsets differ)...
    expect(new Set(runs.map((r) => r.environment.offset)).size).toBe(4);
    // ...and every computed result is the same.
    for (const r of runs.slice(1)) expect(r.results).toEqual(runs[0]!.results);
    expect(runs[0]!.results).toContain('2015-09-18T23:30+08:00');
  }, 30_000);

  it('no package source uses a local-time, locale or Date-based calendar API (one date module: @zeren/time civil-date.ts)', () => {
    // Date.UTC maps the years 0000–0099 to 1900–1999; day numbers and ISO checks come from civil-date.ts.
    const forbidden = /new Date\b|Date\.now|Date\.parse|Date\.UTC|\.get(?:UTC)?(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds|TimezoneOffset)\(|toLocale|Intl\./;
    const files = sourceDirs.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      expect(forbidden.test(readFileSync(file, 'utf8')), file).toBe(false);
    }
  });
});
