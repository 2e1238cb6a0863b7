import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zeren } from '../helpers/cli.js';

/** `zeren test --calendar` applies the calendar while validating too (scenarios are evaluated there). */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-cal-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
fs.mkdirSync(path.join(dir, 'r'));
fs.writeFileSync(path.join(dir, 'r/rules.zeren'), '文件 历办法 { 发布 2015-12-25 }\n主体 班子 { 事实 约谈日期: 日期\n 事实 报告日期: 日期 可无 }\n期限 报告 〔第一条〕 对 班子 自 约谈日期 起 5 个工作日内 完成 报告日期\n');
fs.writeFileSync(path.join(dir, 'r/s.zeren'), '场景集 集 针对 历办法 { 场景 "2030" 对 班子 { 事实 { 约谈日期 = 2030-03-04; 报告日期 = 2030-03-11 } 期望 { 报告 = 按时 } } }\n');
const calendar = (years: string) => {
    fs.writeFileSync(path.join(dir, 'cal.json'), `{ "source": "本地安排", "years": ${years}, "holidays": [], "workdays": [] }`);
    return 'cal.json';
};

describe('--calendar in validation', () => {
    it('a year the national calendar does not cover passes with a calendar file that does', () => {
        const r = zeren(['test', 'r', '--calendar', calendar('{ "from": 2027, "to": 2030 }')], { cwd: dir });
        expect([r.code, r.stdout.trim().split('\n').pop(), r.stderr]).toEqual([0, '1 passed, 0 failed', '']);
        const without = zeren(['test', 'r'], { cwd: dir });
        expect(without.code).toBe(2);
        expect(without.stdout).toContain('r/s.zeren:1:19: 错误 [time-error] 工作日历未覆盖 2030 年（覆盖 2004–2026 年）');
    });

    it('calendar years that do not adjoin the national ones: exit 2 naming the file and field, no stack trace', () => {
        const zh = zeren(['test', 'r', '--calendar', calendar('{ "from": 2030, "to": 2030 }')], { cwd: dir });
        expect([zh.code, zh.stdout, zh.stderr.trim()]).toEqual([2, '', '工作日历文件 cal.json:1:30：years：2030–2030 年与国家工作日历覆盖的 2004–2026 年不相接']);
        const en = zeren(['test', 'r', '--lang', 'en', '--calendar', calendar('{ "from": 2030, "to": 2030 }')], { cwd: dir });
        expect(en.stderr.trim()).toBe('Working-day calendar file cal.json:1:30: years: 2030–2030 do not adjoin the years 2004–2026 the national calendar covers');
    });
});
