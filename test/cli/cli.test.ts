import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zeren } from '../helpers/cli.js';

const RULES = 'examples/city/kaohe-2015/rules.zeren';
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-cli-'));

describe('zeren CLI (spawned)', () => {
    it('check: the examples have no diagnostics; a bad file exits 1 with file:line:col', () => {
        const ok = zeren(['check', 'examples']);
        expect(ok.code).toBe(0);
        expect(ok.stdout).toMatch(/检查了 \d+ 个文件：0 个错误，0 个警告/);
        const dir = tmp();
        fs.writeFileSync(path.join(dir, 'bad.zeren'), fs.readFileSync(RULES, 'utf8').replace('占 10% = 公众评价得分', '占 15% = 公众评价得分'));
        const bad = zeren(['check', dir, '--lang', 'en']);
        expect(bad.code).toBe(1);
        expect(bad.stdout).toContain("bad.zeren:113:21: error [weights-sum] The weights under '领导班子综合得分' sum to 105%, not 100%");
        expect(bad.stdout).toContain('Checked 1 file: 1 error,');
    });

    it('test: runs every scenario and closes with "N passed, M failed"', () => {
        const r = zeren(['test', 'examples']);
        expect(r.code).toBe(0);
        const last = r.stdout.trim().split('\n').pop()!;
        expect(last).toMatch(/^(\d+) passed, 0 failed$/);
        expect(Number(last.split(' ')[0])).toBeGreaterThanOrEqual(30);
    });

    it('test: a failing expectation exits 1 and says expected vs actual', () => {
        const dir = tmp();
        fs.copyFileSync(RULES, path.join(dir, 'rules.zeren'));
        fs.writeFileSync(path.join(dir, 's.zeren'), '场景集 集 针对 张掖市党风廉政建设考核办法 {\n 场景 "错" 对 领导干部 {\n 事实 { 民主测评得分 = 90; 日常监督评价得分 = 90; 公众评价得分 = 90; 测评优秀票数 = 9; 测评良好票数 = 1; 测评一般票数 = 0; 测评较差票数 = 0 }\n 期望 { 领导干部等次 = 良好 }\n }\n}\n');
        const r = zeren(['test', dir]);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain('✗ ');
        expect(r.stdout).toContain('s.zeren:4: 领导干部等次〔第二十条〕：期望 良好，实际 优秀（90 ≥ 90）');
        expect(r.stdout.trim().endsWith('0 passed, 1 failed')).toBe(true);
    });

    it('test --reporter junit writes a JUnit file', () => {
        const dir = tmp();
        const out = path.join(dir, 'junit.xml');
        const r = zeren(['test', 'examples/city/kaohe-2015', '--reporter', 'junit', '-o', out]);
        expect(r.code).toBe(0);
        const xml = fs.readFileSync(out, 'utf8');
        expect(xml).toMatch(/<testsuites tests="\d+" failures="0" time="\d+\.\d{3}">/);
        expect(xml).toContain('<testcase classname="冒烟" name="浮点陷阱：恰好90分为好"');
    });

    it('run: evaluates a JSON fact file, --json output validates against the schema shape', () => {
        const r = zeren(['run', '--json', '--facts', 'examples/city/kaohe-2015/facts/team.json', RULES]);
        expect(r.code).toBe(0);
        const o = JSON.parse(r.stdout);
        expect(o.scores[0]).toMatchObject({ rule: '领导班子综合得分', total: '91', base: '90', bonus: '1' });
        expect(o.grades[0]).toEqual({ rule: '领导班子等次', cite: { document: '张掖市党风廉政建设考核办法', text: '第二十条' }, grade: '好', status: 'graded' });
        expect(o.vetoes[0].clauses.map((c: { label: string }) => c.label)).toEqual(['（三）', '（四）']);
    });

    it('explain: prints the trace with citations; YAML facts; English', () => {
        const r = zeren(['explain', '--lang', 'en', '--facts', 'examples/city/kaohe-2015/facts/cadre.yaml', RULES]);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('〔第十九条〕领导干部综合得分: 87.35');
        expect(r.stdout).toContain('Explanation:');
        expect(r.stdout).toContain('〔第二十六条（二）〕 测评一般较差过多告诫谈话: (测评一般票数（6） + 测评较差票数（3）) / 测评总票数（30） ≥ 30% 且 经核实确实存在问题（是） → applies');
    });

    it('bad fact files: the path, the line and the reason, exit 2, nothing written', () => {
        const dir = tmp();
        const facts = path.join(dir, 'f.json');
        const out = path.join(dir, 'out.json');
        fs.writeFileSync(facts, '{\n  "subject": "领导班子",\n  "facts": {\n    "日常监督评价得分": 101,\n    "成员": [ { "label": "甲", "所受党纪处分": "记过" } ],\n    "未知": 1\n  }\n}\n');
        const r = zeren(['run', '--facts', facts, '-o', out, RULES]);
        expect(r.code).toBe(2);
        expect(r.stdout).toContain('f.json:4:17: 事实“日常监督评价得分”的值 101 超出范围 0..100');
        expect(r.stdout).toContain('f.json:5:39: “记过”不是党纪处分的取值');
        expect(r.stdout).toContain('f.json:6:11: 主体“领导班子”没有事实“未知”');
        expect(fs.existsSync(out)).toBe(false);
        fs.writeFileSync(facts, '{ "facts": { "日常监督评价得分": 1, } }');
        const syntax = zeren(['run', '--facts', facts, RULES, '--lang', 'en']);
        expect(syntax.code).toBe(2);
        expect(syntax.stdout).toMatch(/f\.json:1:\d+: \S*f\.json is not valid JSON: a double-quoted field name is expected here \(no trailing comma\)/);
    });

    it('missing facts needed by a rule leave it undetermined, named with the article, exit 1', () => {
        const dir = tmp();
        const facts = path.join(dir, 'f.yaml');
        fs.writeFileSync(facts, 'subject: 领导干部\nfacts:\n  民主测评得分: 80\n');
        const r = zeren(['run', '--facts', facts, RULES]);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain('〔第十九条〕领导干部综合得分未能判定：缺少事实“日常监督评价得分”、“公众评价得分”');
    });

    it('usage errors exit 2 with a message, never a stack trace', () => {
        for (const args of [['frobnicate', 'x'], ['check'], ['run', RULES], ['check', 'no/such/dir'], ['check', '--bogus', 'x'], ['check', 'examples', '--lang', 'fr']]) {
            const r = zeren(args);
            expect(r.code, args.join(' ')).toBe(2);
            expect(r.stderr).not.toMatch(/at .*\.(ts|js|mjs):\d+/);
            expect(r.stderr.length + r.stdout.length).toBeGreaterThan(0);
        }
        expect(zeren(['check', 'no/such/dir']).stderr.trim()).toBe('路径不存在：no/such/dir');
        expect(zeren(['check', 'no/such/dir', '--lang', 'en']).stderr.trim()).toBe('Path does not exist: no/such/dir');
    });

    it('--calendar: a bad working-day file names the field, exits 2', () => {
        const dir = tmp();
        const cal = path.join(dir, 'cal.json');
        fs.writeFileSync(cal, JSON.stringify({ holidays: ['2015-10-08', '2015-02-30'] }));
        const r = zeren(['test', 'examples/city/kaohe-2015', '--calendar', cal, '--lang', 'en']);
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toMatch(/^Working-day calendar file .*cal\.json:\d+:\d+: holidays\[1\]: /);
    });

    it('results do not depend on the time zone or the locale', () => {
        const a = zeren(['run', '--json', '--facts', 'examples/city/kaohe-2015/facts/team.json', RULES], { env: { TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8' } });
        const b = zeren(['run', '--json', '--facts', 'examples/city/kaohe-2015/facts/team.json', RULES], { env: { TZ: 'America/Los_Angeles' } });
        expect(a.code).toBe(0);
        expect(a.stdout).toBe(b.stdout);
    });
});

/** The whole corpus, when it is beside the repository (the session's ../shared); a fresh clone has only the excerpt. */
const CORPUS = path.resolve('../shared/seed');
const SEED_EXCERPT = 'test/cli/fixtures/seed-excerpt-534-716.txt';

describe('zeren ledger', () => {
    // Needs the whole corpus; .ci/run runs the same check with --seed ../shared/seed.
    it.skipIf(!fs.existsSync(CORPUS))('the committed examples/LEDGER.md is up to date with the rule files and scenarios', () => {
        const r = zeren(['ledger', 'examples', '--check', '--seed', CORPUS, '--lang', 'en']);
        expect(r.stdout.trim()).toMatch(/LEDGER\.md is up to date$/);
        expect(r.code).toBe(0);
    });

    it('places encoded rules beside their seed lines and counts what is not encoded', () => {
        const dir = tmp();
        const out = path.join(dir, 'LEDGER.md');
        const r = zeren(['ledger', 'examples/city/kaohe-2015', '--seed', SEED_EXCERPT, '-o', out]);
        expect(r.code).toBe(0);
        const text = fs.readFileSync(out, 'utf8');
        // 第二十条 (grades) starts on seed line 634; 第二十二条（四） on line 650.
        expect(text).toContain('| 634 | 第二十条 | 等次 grade | encoded → `张掖市党风廉政建设考核办法/领导班子等次` |');
        expect(text).toContain('| 650 | 第二十二条（四） | 否决条款 veto clause | encoded → `张掖市党风廉政建设考核办法/领导班子否决/（四）` |');
        expect(text).toMatch(/\| encoded and asserted by a scenario \| (\d+) of \1 \|/);
    });

    it('a named corpus that does not exist is an error, not replaced by another', () => {
        const r = zeren(['ledger', 'examples/city/kaohe-2015', '--seed', 'no/such/corpus.txt', '-o', path.join(tmp(), 'L.md')]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('--seed');
    });
});
