import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Outcome } from '@zeren/model';
import { zeren } from '../helpers/cli.js';

/** `zeren run` with facts not all given: exit codes, --rule, --document, open deadlines, the JSON status per rule. */

const RULES = 'examples/city/kaohe-2015/rules.zeren';
const TEAM = JSON.parse(fs.readFileSync('examples/city/kaohe-2015/facts/team.json', 'utf8')) as { subject: string; facts: Record<string, unknown> };
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-partial-'));

/** The team's facts without `drop`, written to a fact file. */
function teamWithout(drop: string[], extra: Record<string, unknown> = {}): string {
    const facts = Object.fromEntries(Object.entries(TEAM.facts).filter(([k]) => !drop.includes(k)));
    const file = path.join(tmp(), 'team.json');
    fs.writeFileSync(file, JSON.stringify({ ...TEAM, ...extra, facts }));
    return file;
}

describe('zeren run: partial facts', () => {
    it('exit 0 when every rule is decided; 1 when one is undetermined, listing it with the missing fact; the rest still evaluates', () => {
        expect(zeren(['run', '--facts', teamWithout([]), RULES]).code).toBe(0);
        const r = zeren(['run', '--facts', teamWithout(['公众评价得分']), RULES]);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain('〔第二十二条〕领导班子否决: 否决 — 第二十二条（三）（李四）；第二十二条（四）');
        expect(r.stdout).toContain('  未能判定（2）：');
        expect(r.stdout).toContain('〔第十八条〕领导班子综合得分未能判定：缺少事实“公众评价得分”');
        expect(r.stdout).toContain('〔第二十条〕领导班子等次未能判定：所依据的“领导班子综合得分”未能判定（缺少事实“公众评价得分”）');
    });

    it('--json carries the status of every rule, valid against the outcome schema; zeren schema documents it', () => {
        const r = zeren(['run', '--json', '--facts', teamWithout(['公众评价得分']), RULES]);
        expect(r.code).toBe(1);
        const outcome = JSON.parse(r.stdout);
        expect(Outcome.safeParse(outcome).success).toBe(true);
        const statuses = Object.fromEntries(outcome.rules.map((x: { rule: string; status: string }) => [x.rule, x.status]));
        expect(statuses).toMatchObject({ 领导班子综合得分: 'undetermined', 领导班子等次: 'undetermined', 领导班子否决: 'decided' });
        expect(outcome.rules.find((x: { rule: string }) => x.rule === '领导班子综合得分')).toMatchObject({ missing: ['公众评价得分'], cite: { text: '第十八条' } });
        expect(outcome.errors).toEqual([]);
        const schema = zeren(['schema']).stdout;
        expect(schema).toContain('"undetermined"');
        expect(schema).toContain('未能判定');
    });

    it('invalid input still exits 2 and writes nothing', () => {
        const dir = tmp();
        const facts = path.join(dir, 'f.json');
        const out = path.join(dir, 'out.txt');
        fs.writeFileSync(facts, JSON.stringify({ subject: '领导班子', facts: { 公众评价得分: 'x' } }));
        const r = zeren(['run', '--facts', facts, '-o', out, RULES]);
        expect(r.code).toBe(2);
        expect(fs.existsSync(out)).toBe(false);
    });

    it('--rule evaluates only those rules and what they depend on: facts needed only by other rules are not required', () => {
        const r = zeren(['run', '--facts', teamWithout(['公众评价得分']), RULES, '--rule', '领导班子否决']);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('领导班子否决: 否决');
        expect(r.stdout).not.toContain('综合得分');
        const two = zeren(['run', '--facts', teamWithout(['公众评价得分']), RULES, '--rule', '领导班子否决', '--rule', '领导班子等次', '--lang', 'en']);
        expect(two.code).toBe(1);
        expect(two.stdout).toContain('〔第二十条〕领导班子等次: undetermined');
        expect(two.stdout).not.toContain('取消');
    });

    it('an unknown --rule exits 2 with the names available and the closest one', () => {
        const r = zeren(['run', '--facts', teamWithout([]), RULES, '--rule', '否决']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('文件“张掖市党风廉政建设考核办法”中没有规则“否决”（是否指“领导班子否决”？）（可用：领导班子综合得分、领导班子等次、领导班子否决');
        const en = zeren(['run', '--facts', teamWithout([]), RULES, '--rule', '领导班子否绝', '--lang', 'en']);
        expect(en.stderr).toContain("has no rule '领导班子否绝' (did you mean '领导班子否决'?)");
    });
});

describe('zeren run --document', () => {
    /** A county document building on the city's 追究办法 and declaring a subject of the same name. */
    function county(): string {
        const dir = tmp();
        fs.writeFileSync(path.join(dir, 'zeren.json'), '{}');
        fs.mkdirSync(path.join(dir, 'city'));
        fs.mkdirSync(path.join(dir, 'county'));
        fs.copyFileSync('examples/city/zhuijiu-2015/rules.zeren', path.join(dir, 'city/rules.zeren'));
        fs.writeFileSync(path.join(dir, 'county/rules.zeren'), [
            '文件 某县责任追究实施细则 { 发布 2016-03-01 施行 2016-03-01 层级 县 "某县" 根据 张掖市党风廉政建设责任追究办法 }',
            '主体 追究对象 〔第二条〕 { 事实 已退休: 布尔 〔第三条〕\n 事实 已调离: 布尔 〔第三条〕 }',
            '后果 退休调离仍须追究 〔第三条〕 对 追究对象 当 已退休 或 已调离 { 措施 "已退休或调离的仍须进行相应的责任追究" }',
        ].join('\n'));
        fs.writeFileSync(path.join(dir, 'f.json'), JSON.stringify({ subject: '追究对象', facts: { 已退休: true } }));
        return dir;
    }

    it('several documents declaring the subject: the clash names --document; --document or the fact file\'s document picks one', () => {
        const dir = county();
        const both = [path.join(dir, 'county/rules.zeren'), path.join(dir, 'city/rules.zeren')];
        const clash = zeren(['run', '--facts', path.join(dir, 'f.json'), ...both]);
        expect(clash.code).toBe(2);
        expect(clash.stderr).toContain('有多个文件声明主体“追究对象”（张掖市党风廉政建设责任追究办法、某县责任追究实施细则）');
        expect(clash.stderr).toContain('--document 名称');
        // 已调离 is not given, but 真 或 未定 = 真: the consequence applies and the run is decided.
        const chosen = zeren(['run', '--facts', path.join(dir, 'f.json'), ...both, '--document', '某县责任追究实施细则']);
        expect(chosen.code).toBe(0);
        expect(chosen.stdout).toContain('某县责任追究实施细则 · 追究对象');
        expect(chosen.stdout).toContain('〔第三条〕已退休或调离的仍须进行相应的责任追究');
        fs.writeFileSync(path.join(dir, 'g.json'), JSON.stringify({ subject: '追究对象', document: '某县责任追究实施细则', facts: { 已退休: true } }));
        expect(zeren(['run', '--facts', path.join(dir, 'g.json'), ...both]).stdout).toContain('某县责任追究实施细则 · 追究对象');
        const unknown = zeren(['run', '--facts', path.join(dir, 'f.json'), ...both, '--document', '某县']);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain('没有声明主体“追究对象”的文件“某县”（是否指“某县责任追究实施细则”？）');
    });

    it('the county file alone finds the city document it builds on (loaded as a reference, not named)', () => {
        const dir = county();
        const r = zeren(['run', '--facts', path.join(dir, 'f.json'), path.join(dir, 'county/rules.zeren')]);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('某县责任追究实施细则 · 追究对象');
    });
});

describe('zeren run: an open deadline without an as-of date', () => {
    it('is open (未到期/未判定) with its due date and says how to give the date; --as-of judges it', () => {
        const dir = tmp();
        fs.writeFileSync(path.join(dir, 'rules.zeren'), [
            '文件 约谈办法 { 发布 2015-01-01 施行 2015-01-01 层级 市 "某市" }',
            '主体 约谈对象 { 事实 约谈日期: 日期\n 事实 上报日期: 日期 可无 }',
            '期限 整改上报 〔第十条〕 对 约谈对象 自 约谈日期 起 15 日内 完成 上报日期',
        ].join('\n'));
        fs.writeFileSync(path.join(dir, 'f.json'), JSON.stringify({ subject: '约谈对象', facts: { 约谈日期: '2015-03-01', 上报日期: null } }));
        const open = zeren(['run', '--facts', path.join(dir, 'f.json'), path.join(dir, 'rules.zeren')]);
        expect(open.code).toBe(1);
        expect(open.stdout).toContain('〔第十条〕整改上报: 期限 2015-03-16 → 未到期（未判定）');
        expect(open.stdout).toContain('〔第十条〕整改上报未到期/未判定：期限 2015-03-16，尚未完成；判定是否逾期需要截至日期（命令行 --as-of 日期、事实文件的 asOf 或场景的 截至）');
        const json = JSON.parse(zeren(['run', '--json', '--facts', path.join(dir, 'f.json'), path.join(dir, 'rules.zeren')]).stdout);
        expect(json.rules[0]).toMatchObject({ rule: '整改上报', status: 'open', due: '2015-03-16' });
        const judged = zeren(['run', '--facts', path.join(dir, 'f.json'), path.join(dir, 'rules.zeren'), '--as-of', '2015-04-01']);
        expect(judged.code).toBe(0);
        expect(judged.stdout).toContain('→ 逾期未完成');
    });
});
