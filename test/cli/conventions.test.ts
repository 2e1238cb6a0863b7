import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../language/src/lsp/format-text.js';
import { zeren } from '../helpers/cli.js';
import { ROOT } from '../helpers/workspace.js';

const RULES = 'examples/city/kaohe-2015/rules.zeren';
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-conv-'));
/** Two failing scenarios: a grade below its band, and one filtered by name. */
const SCENARIOS = `场景集 集 针对 张掖市党风廉政建设考核办法 {
 场景 "干部" 对 领导干部 {
  事实 { 民主测评得分 = 90; 日常监督评价得分 = 90; 公众评价得分 = 90; 测评优秀票数 = 9; 测评良好票数 = 1; 测评一般票数 = 0; 测评较差票数 = 0 }
  期望 { 领导干部等次 = 良好 }
 }
 场景 "班子" 对 领导班子 {
  事实 { 日常监督评价得分 = 100; 落实责任得分 = 88; 推进重点工作得分 = 87; 民主测评票决得分 = 77; 个别谈话得分 = 87; 公众评价得分 = 80; 市级表彰项数 = 0; 测评好票数 = 15; 测评较好票数 = 5; 测评一般票数 = 6; 测评较差票数 = 4; 成员 = [] }
  期望 { 领导班子等次 = 好 }
 }
}
`;

function scenarioDir(): string {
    const dir = tmp();
    fs.copyFileSync(path.join(ROOT, RULES), path.join(dir, 'rules.zeren'));
    fs.writeFileSync(path.join(dir, 's.zeren'), SCENARIOS);
    return dir;
}

describe('zeren fmt', () => {
    it('--check lists the files that would change and exits 1; --write formats them with the editor formatter', () => {
        const dir = tmp();
        const messy = '主体 甲 {\n事实 分: 整数 范围 0..100   \n\n\n}\n';
        fs.writeFileSync(path.join(dir, 'a.zeren'), messy);
        fs.writeFileSync(path.join(dir, 'b.zeren'), formatText(messy));
        const check = zeren(['fmt', '--check', dir, '--lang', 'en']);
        expect(check.code).toBe(1);
        expect(check.stdout).toContain('a.zeren');
        expect(check.stdout).not.toContain('b.zeren');
        expect(check.stdout).toContain('1 files need formatting');
        expect(fs.readFileSync(path.join(dir, 'a.zeren'), 'utf8')).toBe(messy);
        const printed = zeren(['fmt', path.join(dir, 'a.zeren')]);
        expect(printed.stdout).toBe('主体 甲 {\n    事实 分: 整数 范围 0..100\n\n}\n');
        expect(zeren(['fmt', '--write', dir]).code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'a.zeren'), 'utf8')).toBe(printed.stdout);
        expect(zeren(['fmt', '--check', dir]).code).toBe(0);
    });
});

describe('zeren check --format', () => {
    it('json: file, line, column, code, severity and both languages; sarif 2.1.0', () => {
        const dir = tmp();
        fs.writeFileSync(path.join(dir, 'bad.zeren'), fs.readFileSync(path.join(ROOT, RULES), 'utf8').replace('占 10% = 公众评价得分', '占 15% = 公众评价得分'));
        const json = zeren(['check', dir, '--json']);
        expect(json.code).toBe(1);
        const report = JSON.parse(json.stdout);
        expect(report.errors).toBe(1);
        expect(report.diagnostics).toContainEqual(expect.objectContaining({
            line: 113, column: 21, code: 'weights-sum', severity: 'error',
            message: { zh: '“领导班子综合得分”下各项权重之和为 105%，应为 100%', en: "The weights under '领导班子综合得分' sum to 105%, not 100%" },
        }));
        expect(report.diagnostics[0].file).toMatch(/bad\.zeren$/);
        const sarif = zeren(['check', dir, '--format', 'sarif', '--lang', 'en']);
        expect(sarif.code).toBe(1);
        const log = JSON.parse(sarif.stdout);
        expect(log.version).toBe('2.1.0');
        const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'weights-sum');
        expect(result).toMatchObject({ level: 'error', message: { text: "The weights under '领导班子综合得分' sum to 105%, not 100%" } });
        expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 113, startColumn: 21 });
        expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/.*bad\.zeren$/);
    });
});

describe('zeren test options', () => {
    it('failure lines carry the article and the computed value; --filter, --only-failures, --explain', () => {
        const dir = scenarioDir();
        const all = zeren(['test', dir]);
        expect(all.code).toBe(1);
        expect(all.stdout).toContain('s.zeren:8: 领导班子等次〔第二十条〕：期望 好，实际 较好（88.2 < 90）');
        expect(all.stdout).toContain('s.zeren:4: 领导干部等次〔第二十条〕：期望 良好，实际 优秀（90 ≥ 90）');
        const one = zeren(['test', dir, '--filter', '班子', '--only-failures', '--explain', '--lang', 'en']);
        expect(one.stdout).not.toContain('› 干部');
        expect(one.stdout).toContain("领导班子等次〔第二十条〕: expected 好, got 较好 (88.2 < 90)");
        expect(one.stdout).toContain('集中考核 86 × 70% = 60.2');
        expect(one.stdout.trim().split('\n').pop()).toBe('0 passed, 1 failed');
    });

    it('JUnit: every testcase has its file, line and time', () => {
        const dir = scenarioDir();
        const r = zeren(['test', dir, '--reporter', 'junit']);
        expect(r.stdout).toMatch(/<testcase classname="集" name="班子" file="[^"]*s\.zeren" line="6" time="\d+\.\d{3}">/);
        expect(r.stdout).toContain('<failure message="领导班子等次〔第二十条〕：期望 好，实际 较好（88.2 &lt; 90）">');
    });

    it('--watch re-runs the scenarios of a saved scenario file', async () => {
        const dir = scenarioDir();
        const child = spawn(process.execPath, [path.join(ROOT, 'packages/cli/bin/zeren.js'), 'test', dir, '--watch', '--lang', 'en'], { env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' } });
        let output = '';
        const waitFor = (re: RegExp) => new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}: ${output}`)), 60_000);
            const check = () => {
                if (re.test(output)) {
                    clearTimeout(timer);
                    child.stdout.off('data', check);
                    resolve();
                }
            };
            child.stdout.on('data', (d: Buffer) => { output += d.toString(); check(); });
        });
        await waitFor(/0 passed, 2 failed[\s\S]*waiting for changes/);
        output = '';
        fs.writeFileSync(path.join(dir, 's.zeren'), SCENARIOS.replace('领导班子等次 = 好', '领导班子等次 = 较好'));
        await waitFor(/1 passed, 1 failed[\s\S]*waiting for changes/);
        expect(output).toContain('s.zeren');
        child.kill('SIGINT');
    }, 120_000);
});

describe('zeren completion', () => {
    it('bash: commands, a command\'s options and an option\'s values', () => {
        const script = zeren(['completion', 'bash']);
        expect(script.code).toBe(0);
        const file = path.join(tmp(), 'zeren.bash');
        fs.writeFileSync(file, script.stdout);
        const complete = (...words: string[]) => spawnSync('bash', ['-c', `source '${file}'; COMP_WORDS=(${words.map(w => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _zeren; echo "\${COMPREPLY[@]}"`], { encoding: 'utf8' }).stdout.trim();
        expect(complete('zeren', 'gi')).toBe('git-setup');
        expect(complete('zeren', 'test', '--only')).toBe('--only-failures');
        expect(complete('zeren', 'test', '--reporter', '')).toBe('text junit json');
        expect(complete('zeren', 'check', '--format', '')).toBe('text json sarif');
        expect(zeren(['completion', 'fish']).code).toBe(2);
    });
});
