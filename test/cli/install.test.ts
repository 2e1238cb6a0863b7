import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/workspace.js';

/**
 * The installable package, as a user gets it: `npm run pack:cli` writes the tarball, npm installs
 * it into a temporary prefix, and the installed `zeren` and library run in a folder outside the
 * repository (a copy of examples/), with no node_modules of the repository in reach.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-install-'));
const prefix = path.join(work, 'prefix');
const project = path.join(work, 'project');
let installed = '';

function run(cmd: string, args: string[], cwd: string, timeout = 120_000) {
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { PATH: process.env.PATH ?? '', HOME: work, LANG: 'C.UTF-8', npm_config_cache: path.join(work, 'npm-cache') } });
    return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

beforeAll(() => {
    const packed = run(process.execPath, [path.join(ROOT, 'scripts/pack-cli.mjs')], ROOT, 300_000);
    expect(packed.code, packed.stderr).toBe(0);
    const tarball = path.join(ROOT, packed.stdout.trim().split('\n').pop()!);
    expect(path.basename(tarball)).toMatch(/^zeren-\d+\.\d+\.\d+\.tgz$/);
    const install = run('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], work, 300_000);
    expect(install.code, install.stderr).toBe(0);
    installed = path.join(prefix, 'bin', 'zeren');
    fs.cpSync(path.join(ROOT, 'examples'), path.join(project, 'examples'), { recursive: true });
}, 600_000);

describe('the installed tarball', () => {
    it('zeren check, test, run, diff and fmt work on a copy of examples/ outside the repository', () => {
        const check = run(installed, ['check', 'examples'], project);
        expect(check.stdout).toMatch(/检查了 \d+ 个文件：0 个错误，0 个警告/);
        expect(check.code).toBe(0);
        const test = run(installed, ['test', 'examples/city/kaohe-2015'], project);
        expect(test.stdout.trim().split('\n').pop()).toMatch(/^\d+ passed, 0 failed$/);
        const r = run(installed, ['run', '--json', '--facts', 'examples/city/kaohe-2015/facts/team.json', 'examples/city/kaohe-2015/rules.zeren'], project);
        expect(r.code, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout).scores[0]).toMatchObject({ rule: '领导班子综合得分', total: '91' });
        const d = run(installed, ['diff', 'examples/revisions/kaohe-illustrative/rules.v1.zeren.txt', 'examples/revisions/kaohe-illustrative/rules.zeren', '--lang', 'en'], project);
        expect(d.code, d.stderr).toBe(0);
        expect(d.stdout).toContain('考核办法修订示例');
        const fmt = run(installed, ['fmt', '--check', 'examples/city/kaohe-2015/rules.zeren'], project);
        expect(fmt.code, fmt.stdout + fmt.stderr).toBe(0);
        expect(run(installed, ['--version'], project).stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    });

    it('a TypeScript project imports the library, type-checks with tsc and runs the docs/api.md example', () => {
        const scratch = path.join(work, 'scratch');
        fs.mkdirSync(path.join(scratch, 'node_modules/@types'), { recursive: true });
        fs.symlinkSync(path.join(prefix, 'lib/node_modules/zeren'), path.join(scratch, 'node_modules/zeren'));
        // What `npm install -D @types/node` would give the user.
        fs.symlinkSync(path.join(ROOT, 'node_modules/@types/node'), path.join(scratch, 'node_modules/@types/node'));
        fs.cpSync(path.join(project, 'examples'), path.join(scratch, 'examples'), { recursive: true });
        fs.writeFileSync(path.join(scratch, 'package.json'), '{ "type": "module" }\n');
        fs.writeFileSync(path.join(scratch, 'tsconfig.json'), JSON.stringify({
            compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, types: ['node'], outDir: 'out' },
            files: ['example.ts'],
        }));
        const doc = fs.readFileSync(path.join(ROOT, 'docs/api.md'), 'utf8');
        const [, example] = /```ts\n([\s\S]*?)```/.exec(doc)!;
        const [, printed] = /It prints:\n\n```text\n([\s\S]*?)```/.exec(doc)!;
        fs.writeFileSync(path.join(scratch, 'example.ts'), example);
        const tsc = run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], scratch);
        expect(tsc.stdout + tsc.stderr).toBe('');
        expect(tsc.code).toBe(0);
        const r = run(process.execPath, ['out/example.js'], scratch);
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(printed);
    });
});
