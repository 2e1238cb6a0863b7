import { describe, expect, it } from 'vitest';
import { compileDocument, runScenario } from '@zeren/evaluator';
import { formatText } from '../../language/src/lsp/format-text.js';
import { buildFiles, doc } from '../helpers/workspace.js';

const SUBJECT = `主体 干部 {
    事实 在企业兼职: 布尔
    事实 兼职个数: 整数 范围 0..9
    事实 年报日期: 日期 可无
    事实 汇报记录: 记录
}`;

describe('当 conditions of deadlines and frequencies', () => {
    it('parses after the head (期限: before the period; 频次: before 计) and lowers to the rule\'s condition', async () => {
        const ws = await buildFiles({
            'a.zeren': doc(`${SUBJECT}
期限 兼职情况年报 〔五〕 对 干部 当 在企业兼职 且 兼职个数 ≥ 1 每年 12 月底前 完成 年报日期
频次 兼职汇报 〔五〕 对 干部 当 在企业兼职 计 汇报记录 每 半年 至少 1 次
期限 事后报告 〔六〕 对 干部 当 非 兼职情况年报 自 年报日期 起 15 日内`),
        });
        expect(ws.diagnostics('a.zeren')).toEqual([]);
        const [deadline, frequency, after] = ws.ir('a.zeren').documents[0].rules;
        expect(deadline).toMatchObject({ kind: 'deadline', spec: { kind: 'annual', month: 12, day: 'end' }, condition: { k: 'logic', op: 'and', type: { kind: 'bool' } } });
        expect(frequency).toMatchObject({ kind: 'frequency', per: 'half-year', min: 1, condition: { k: 'fact', fact: { name: '在企业兼职' } } });
        // A condition may read another rule: the evaluation order follows it.
        expect(after).toMatchObject({ kind: 'deadline', spec: { kind: 'after' }, condition: { k: 'not', operand: { k: 'rule', rule: { name: '兼职情况年报' } } } });
        expect(compileDocument(ws.ir('a.zeren').documents[0]).subjects.get('干部')!.rules.map(r => r.rule.name)).toEqual(['兼职情况年报', '兼职汇报', '事后报告']);
    });

    it('a condition that is not boolean is an error at the condition, in Chinese and English', async () => {
        const ws = await buildFiles({ 'a.zeren': doc(`${SUBJECT}\n期限 兼职情况年报 〔五〕 对 干部 当 兼职个数 每年 12 月底前 完成 年报日期\n频次 兼职汇报 〔五〕 对 干部 当 年报日期 计 汇报记录 每 年 至少 1 次`) });
        expect(ws.diagnostics('a.zeren').filter(d => d.severity === 'error').map(d => [d.code, d.line, d.column, d.zh, d.en])).toEqual([
            ['expected-bool', 8, 22, '条件必须是布尔值，此处为整数', 'A condition must be boolean; this is 整数'],
            ['expected-bool', 9, 20, '条件必须是布尔值，此处为日期', 'A condition must be boolean; this is 日期'],
        ]);
    });

    it('a fact read only by a condition counts as used', async () => {
        const ws = await buildFiles({ 'a.zeren': doc(`${SUBJECT}\n期限 兼职情况年报 〔五〕 对 干部 当 在企业兼职 每年 12 月底前 完成 年报日期\n频次 兼职汇报 〔五〕 对 干部 当 兼职个数 ≥ 1 计 汇报记录 每 年 至少 1 次`) });
        expect(ws.diagnostics('a.zeren').filter(d => d.code === 'unused-fact')).toEqual([]);
    });

    it('formats idempotently when the condition stands on its own line', () => {
        const text = '期限 兼职情况年报 〔五〕 对 干部\n当 在企业兼职\n        每年 12 月底前 完成 年报日期\n原文 "应每年年底以书面形式报"\n';
        const once = formatText(text);
        // The 当 line goes on with the rule (one unit); the deadline line keeps the two units its author gave it.
        expect(once).toBe('期限 兼职情况年报 〔五〕 对 干部\n    当 在企业兼职\n        每年 12 月底前 完成 年报日期\n    原文 "应每年年底以书面形式报"\n');
        expect(formatText(once)).toBe(once);
    });
});

describe('不适用: a scenario status that labels may still be called', () => {
    const rules = doc(`枚举 兼职状态 { 已兼职 不适用 }
${SUBJECT.replace('}', '    事实 状态: 兼职状态\n    事实 受处分: 布尔\n}')}
认定 兼职程序 〔二〕 对 干部 { 不适用 〔一〕 当 非 在企业兼职  审批 〔二〕 }
要求 状态一致 〔二〕 对 干部 当 (状态 = 不适用) = (兼职程序 = 不适用)
等次 档次 〔三〕 对 干部 按 兼职个数 { 有兼职 ≥ 1; 不适用 }
一票否决 否决 〔四〕 对 干部 { （一） 当 受处分  例外 不适用 〔四〕 排除 （一） 当 非 在企业兼职 }
期限 兼职情况年报 〔五〕 对 干部 当 在企业兼职 每年 12 月底前 完成 年报日期`, '兼职办法');

    it('names a 认定 conclusion, an enumeration value, a band and an exception, read in conditions and scenarios', async () => {
        const ws = await buildFiles({
            'r.zeren': rules,
            's.zeren': `场景集 集 针对 兼职办法 { 场景 "未兼职" 对 干部 年度 2015 截至 2015-12-31 {
                事实 { 在企业兼职 = 否; 兼职个数 = 0; 汇报记录 = []; 状态 = 不适用; 受处分 = 是 }
                期望 { 兼职程序 = 不适用  状态一致 = 是  档次 = 不适用  否决 = 否 例外 不适用  兼职情况年报 = 不适用 }
            } }`,
        });
        expect(ws.diagnostics('r.zeren').filter(d => d.severity === 'error')).toEqual([]);
        expect(ws.diagnostics('s.zeren')).toEqual([]);
        const result = runScenario(compileDocument(ws.ir('r.zeren').documents[0]), ws.ir('s.zeren').suites[0].scenarios[0]);
        expect(result.failures).toEqual([]);
        expect(result.passed).toBe(true);
    });

    it('is still a status, not a label, for a rule that has no label of that name', async () => {
        const ws = await buildFiles({
            'r.zeren': rules,
            's.zeren': '场景集 集 针对 兼职办法 { 场景 "s" 对 干部 { 事实 { 在企业兼职 = 否; 兼职个数 = 0; 汇报记录 = []; 状态 = 已兼职; 受处分 = 否 } 期望 { 状态一致 = 不适用 } } }',
        });
        expect(ws.diagnostics('s.zeren').map(d => d.code)).toEqual(['expectation-type']);
    });
});
