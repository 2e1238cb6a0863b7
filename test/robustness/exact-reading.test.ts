import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFiles, doc } from '../helpers/workspace.js';
import { zeren } from '../helpers/cli.js';
import { compileDocument, runScenario } from '@zeren/evaluator';

/**
 * Numbers and dates are read exactly from their text, and whatever cannot be represented is an
 * error at its line — never a dropped rule, a 0 in place of the value, or a default used instead.
 */
const BIG = '1000000000000000000000'; // 10^21: a JavaScript number prints it as 1e+21
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-exact-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function errors(ws: Awaited<ReturnType<typeof buildFiles>>, file = 'a.zeren') {
    return ws.diagnostics(file).filter(d => d.severity === 'error').map(d => `${d.line}:${d.code}`);
}

describe('numbers are read exactly from their text', () => {
    it('a 22-digit range maximum is kept, and a comparison beyond the exact range is an error at its line', async () => {
        const ws = await buildFiles({ 'a.zeren': doc(`主体 班子 { 事实 次数: 整数 默认 0\n 事实 大数: 整数 范围 0..${BIG} }\n要求 很多 〔第一条〕 对 班子 当 次数 ≥ ${BIG}\n要求 很大 〔第一条〕 对 班子 当 大数 ≥ 5`) });
        const fact = ws.ir('a.zeren').documents[0]!.subjects[0]!.facts.find(f => f.name === '大数')!;
        expect(fact.max?.toFraction()).toBe(BIG);
        // Neither rule is dropped silently: both say why they cannot be evaluated exactly.
        expect(errors(ws)).toEqual(['4:overflow-risk', '5:overflow-risk']);
    });

    it('a weight of 10^30 % is an error naming the number, not 0 %', async () => {
        const ws = await buildFiles({ 'a.zeren': doc(`主体 班子 { 事实 得: 小数(2) 范围 0..100 }\n得分 分 〔第二条〕 对 班子 {\n 甲 占 1${'0'.repeat(30)}% = 得 }`) });
        const d = ws.diagnostics('a.zeren').find(x => x.code === 'number-too-long')!;
        expect([d.line, d.zh, d.en]).toEqual([4, '数值“100000000000…”超过 30 位数字', 'The number \'100000000000…\' has more than 30 digits']);
    });

    it('counts, years and decimal places are read from their digits (no 1e+21)', async () => {
        const ws = await buildFiles({ 'a.zeren': doc(`主体 班子 { 事实 会议记录: 记录\n 事实 率: 小数(${BIG}) 可无 }\n频次 会议 〔第一条〕 对 班子 计 会议记录 每 年 至少 ${BIG} 次`) });
        const codes = ws.diagnostics('a.zeren').filter(d => d.code === 'number-too-long').map(d => `${d.line}:${d.zh}`);
        expect(codes).toEqual([`3:数值“${BIG.slice(0, 12)}…”超过 2 位数字`, `4:数值“${BIG.slice(0, 12)}…”超过 6 位数字`]);
    });

    it('a 22-digit value in a scenario is an error at its line, not replaced by the default', async () => {
        const rules = doc('主体 班子 { 事实 次数: 整数 范围 0..10 默认 0 }\n要求 少 〔第一条〕 对 班子 当 次数 ≤ 5', '数办法');
        const ws = await buildFiles({ 'r.zeren': rules, 's.zeren': `场景集 集 针对 数办法 {\n场景 "大" 对 班子 {\n 事实 { 次数 = ${BIG} }\n 期望 { 少 = 是 } } }` });
        expect(ws.diagnostics('s.zeren').filter(d => d.severity === 'error').map(d => `${d.line}:${d.code}`)).toEqual(['3:fact-range']);
    });

    it('a rule the evaluator cannot compile is an error at the rule, never left out silently', async () => {
        const ws = await buildFiles({ 'a.zeren': doc('主体 班子 { 事实 次数: 整数 默认 0 }\n要求 少 〔第一条〕 对 班子 当 次数 ≤ 5') });
        expect(errors(ws)).toEqual([]);
        const document = ws.ir('a.zeren').documents[0]!;
        const rule = document.rules[0] as { condition: unknown };
        rule.condition = { k: 'error', type: { kind: 'error' }, loc: (rule as unknown as { loc: unknown }).loc };
        const program = compileDocument(document);
        expect(program.subjects.get('班子')!.rules).toEqual([]);
        expect(program.diagnostics.map(d => [d.loc.range.start.line + 1, d.code, d.message.args])).toEqual([[3, 'rule-not-compiled', ['少']]]);
    });
});

describe('negative numbers', () => {
    it('are written in conditions, scenario values and expectations where the range allows them', () => {
        const dir = fs.mkdtempSync(path.join(scratch, 'neg-'));
        fs.writeFileSync(path.join(dir, 'r.zeren'), doc('主体 班子 { 事实 增长: 整数 范围 -100..100\n 事实 次数: 整数 范围 0..10 默认 0 }\n要求 未下降 〔第一条〕 对 班子 当 增长 ≥ -5\n要求 差 〔第一条〕 对 班子 当 增长 - -1 ≥ 次数 - 3', '负办法'));
        fs.writeFileSync(path.join(dir, 's.zeren'), '场景集 集 针对 负办法 {\n场景 "降" 对 班子 { 事实 { 增长 = -6 } 期望 { 未下降 = 否; 差 = 否 } }\n场景 "升" 对 班子 { 事实 { 增长 = 5; 次数 = 1 } 期望 { 未下降 = 是; 差 = 是 } } }\n');
        const r = zeren(['test', dir]);
        expect([r.code, r.stdout.trim().split('\n').pop()]).toEqual([0, '2 passed, 0 failed']);
        fs.writeFileSync(path.join(dir, 's.zeren'), '场景集 集 针对 负办法 {\n场景 "越界" 对 班子 { 事实 { 增长 = -101; 次数 = -1 } } }\n');
        const bad = zeren(['check', dir, '--lang', 'en']);
        expect(bad.stdout.split('\n').filter(l => l.includes('fact-range')).map(l => l.slice(l.indexOf('s.zeren')))).toEqual([
            "s.zeren:2:26: error [fact-range] The value -101 of fact '增长' is outside its range -100..100",
            "s.zeren:2:37: error [fact-range] The value -1 of fact '次数' is outside its range 0..10",
        ]);
    });
});

describe('a stated UTC offset', () => {
    it('counts a date-time in a frequency on its date in Beijing, as the deadline explanation does', async () => {
        const ws = await buildFiles({
            'r.zeren': doc('主体 班子 { 事实 会议记录: 记录 }\n频次 会议 〔第一条〕 对 班子 计 会议记录 每 季度 至少 1 次', '频办法'),
            's.zeren': '场景集 集 针对 频办法 { 场景 "s" 对 班子 年度 2016 截至 2016-12-31 { 事实 { 会议记录 = [2015-12-31T20:00-08:00, 2016-04-01, 2016-07-01, 2016-10-01] } } }',
        });
        const program = compileDocument(ws.ir('r.zeren').documents[0]!);
        const outcome = runScenario(program, ws.ir('s.zeren').suites[0]!.scenarios[0]!, {}).outcome;
        const f = outcome.frequencies.find(x => x.rule === '会议')!;
        // 2015-12-31T20:00-08:00 is 2016-01-01 12:00 北京时间: the first quarter of 2016 has its meeting.
        expect(f.periods.map(p => [p.label, p.count])).toEqual([['2016年第一季度', 1], ['2016年第二季度', 1], ['2016年第三季度', 1], ['2016年第四季度', 1]]);
        expect(f.status).toBe('met');
    });
});

describe('working-day calendar of a document', () => {
    it('a date both 放假 and 上班 is an error at its 上班 line with a code, not a crash at 1:1', async () => {
        const ws = await buildFiles({ 'a.zeren': '文件 历办法 { 发布 2015-12-25\n 工作日历 {\n  放假 2016-01-04\n  上班 2016-01-05\n  上班 2016-01-04\n } }\n主体 班子 { 事实 约谈日期: 日期 事实 报告日期: 日期 可无 }\n期限 报告 〔第一条〕 对 班子 自 约谈日期 起 5 个工作日内 完成 报告日期\n' });
        expect(ws.diagnostics('a.zeren').map(d => [d.line, d.code, d.zh, d.en])).toEqual([
            [5, 'calendar-both', '2016-01-04 既列为放假又列为上班', '2016-01-04 is listed both as a day off and as a working day'],
        ]);
    });
});

describe('one date module for day numbers and ISO dates', () => {
    it('years 0001–0099 are not read as 1901–1999 (1949-01-01 ≥ 0050-03-01)', () => {
        const dir = fs.mkdtempSync(path.join(scratch, 'dates-'));
        fs.writeFileSync(path.join(dir, 'r.zeren'), doc('主体 班子 { 事实 立案日: 日期 }\n要求 古 〔第一条〕 对 班子 当 立案日 ≥ 0050-03-01', '日办法'));
        fs.writeFileSync(path.join(dir, 's.zeren'), '场景集 集 针对 日办法 {\n场景 "后" 对 班子 { 事实 { 立案日 = 1949-01-01 } 期望 { 古 = 是 } }\n场景 "前" 对 班子 { 事实 { 立案日 = 0050-02-28 } 期望 { 古 = 否 } } }\n');
        const r = zeren(['test', dir, '--lang', 'en']);
        expect(r.stdout).toContain('2 passed, 0 failed');
        expect(r.code).toBe(0);
    });

    it('year 0000 is no date, in rules and in --as-of', async () => {
        const ws = await buildFiles({ 'a.zeren': doc('主体 班子 { 事实 立案日: 日期 }\n要求 古 〔第一条〕 对 班子 当 立案日 ≥ 0000-03-01') });
        expect(errors(ws)).toEqual(['3:invalid-date']);
        // Reported once, at the literal: the rule is not compiled with a made-up day number.
        expect(ws.diagnostics('a.zeren').find(d => d.code === 'invalid-date')!.column).toBe(25);
        const r = zeren(['run', '--as-of', '0000-01-01', '--facts', 'x.json', 'examples']);
        expect([r.code, r.stderr.trim()]).toEqual([2, '用法错误：--as-of 需要存在的日期 YYYY-MM-DD，实际为 0000-01-01']);
    });
});
