import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zeren } from '../helpers/cli.js';

/** Two revisions of one city measure for the same subject: the 2015 one supersedes the 2013 one. */
function revisions(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-asof-'));
    fs.writeFileSync(path.join(dir, 'old.zeren'), '文件 旧办法 { 文号 "市〔2013〕2号" 施行 2013-03-01 }\n主体 班子 { 事实 调研记录: 记录 }\n频次 调研 〔第五条〕 对 班子 计 调研记录 每 年 至少 1 次\n');
    fs.writeFileSync(path.join(dir, 'new.zeren'), '文件 新办法 { 文号 "市〔2015〕44号" 施行 2015-12-25 废止 "市〔2013〕2号" }\n主体 班子 { 事实 调研记录: 记录 }\n频次 调研 〔第十条〕 对 班子 计 调研记录 每 季度 至少 1 次\n');
    fs.writeFileSync(path.join(dir, 'facts.json'), JSON.stringify({ year: 2015, facts: { 调研记录: ['2015-03-01', '2015-04-01'] } }));
    return dir;
}

describe('zeren run --as-of', () => {
    it('picks the document in force on the date: the old one before the successor takes effect, the new one from then', () => {
        const dir = revisions();
        const before = zeren(['run', '--facts', path.join(dir, 'facts.json'), dir, '--as-of', '2015-12-24']);
        expect(before.code).toBe(0);
        expect(before.stdout).toContain('旧办法 · 班子');
        expect(before.stdout).toContain('〔第五条〕调研: 2015年 2 → 达到要求');
        const after = zeren(['run', '--facts', path.join(dir, 'facts.json'), dir, '--as-of', '2015-12-25']);
        expect(after.code).toBe(0);
        expect(after.stdout).toContain('新办法 · 班子');
        expect(after.stdout).toContain('未达到要求');
    });

    it('the fact file\'s asOf selects the same way; --as-of overrides it', () => {
        const dir = revisions();
        const facts = path.join(dir, 'dated.json');
        fs.writeFileSync(facts, JSON.stringify({ year: 2015, asOf: '2016-03-31', facts: { 调研记录: ['2015-03-01'] } }));
        expect(zeren(['run', '--facts', facts, dir]).stdout).toContain('新办法 · 班子');
        expect(zeren(['run', '--facts', facts, dir, '--as-of', '2015-06-30']).stdout).toContain('旧办法 · 班子');
    });

    it('no document in force, several documents without a date, and a date that does not exist exit 2 with a clear message', () => {
        const dir = revisions();
        const facts = path.join(dir, 'facts.json');
        const none = zeren(['run', '--facts', facts, dir, '--as-of', '2012-01-01', '--lang', 'en']);
        expect(none.code).toBe(2);
        expect(none.stderr.trim()).toBe("On 2012-01-01 no document for the subject '班子' is in force (新办法 in force from 2015-12-25; 旧办法 in force from 2013-03-01)");
        const undated = zeren(['run', '--facts', facts, dir]);
        expect(undated.code).toBe(2);
        expect(undated.stderr).toContain('有多个文件声明主体“班子”（新办法、旧办法）：请用 --as-of 日期');
        const bad = zeren(['run', '--facts', facts, dir, '--as-of', '2015-02-30']);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('--as-of 需要存在的日期 YYYY-MM-DD，实际为 2015-02-30');
    });

    it('two documents in force on the same date for one subject is an error', () => {
        const dir = revisions();
        // Without the supersession both revisions would apply from 2015-12-25 on.
        fs.writeFileSync(path.join(dir, 'new.zeren'), fs.readFileSync(path.join(dir, 'new.zeren'), 'utf8').replace(' 废止 "市〔2013〕2号"', ''));
        const r = zeren(['run', '--facts', path.join(dir, 'facts.json'), dir, '--as-of', '2016-01-01']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('2016-01-01 有多个对主体“班子”有效的文件：新办法、旧办法');
    });

    it('zeren check reports a loosening refinement with both places', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-conf-'));
        fs.writeFileSync(path.join(dir, 'p.zeren'), '文件 省意见 { 层级 省 "甘肃省" }\n主体 班子 { 事实 调研记录: 记录 }\n频次 调研 〔第五条〕 对 班子 计 调研记录 每 年 至少 2 次\n');
        fs.writeFileSync(path.join(dir, 'c.zeren'), '文件 市意见 { 层级 市 "张掖市" 细化 省意见 }\n主体 班子 { 事实 调研记录: 记录 }\n频次 调研 〔第十条〕 对 班子 细化 省意见.调研 计 调研记录 每 年 至少 1 次\n');
        const r = zeren(['check', dir, '--lang', 'en']);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain("c.zeren:3:4: error [loosen-frequency-min] '调研' (每 年 至少 1 次) loosens the refined '调研' 〔第五条〕 (每 年 至少 2 次): it guarantees only 1 per year");
        expect(r.stdout).toContain('p.zeren:3:4: The refined \'调研\' 〔第五条〕');
    });
});
