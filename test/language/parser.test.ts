import { describe, expect, it } from 'vitest';
import { buildFiles, doc, exampleRules } from '../helpers/workspace.js';

describe('parser', () => {
    it('parses the whole 2015 assessment method without diagnostics', async () => {
        const ws = await buildFiles({ 'rules.zeren': exampleRules() });
        // Alone, the superseded 市委办发〔2013〕2号 is known only by reference (examples/ declares it).
        expect(ws.diagnostics('rules.zeren').map(d => d.code)).toEqual(['docref-unknown']);
        const [document] = ws.ir('rules.zeren').documents;
        expect(document.name).toBe('张掖市党风廉政建设考核办法');
        expect(document.number).toBe('市委发〔2015〕44号');
        expect(document.level).toBe('city');
        expect(document.supersedes.map(s => s.text)).toEqual(['市委办发〔2013〕2号']);
        expect(document.rules.map(r => r.kind).sort()).toEqual(
            ['accountability', ...Array(8).fill('consequence'), 'exclusion', 'exclusion', 'frequency', 'frequency', 'frequency', 'grade', 'grade', ...Array(7).fill('requirement'), 'score', 'score', 'veto', 'veto', 'veto'],
        );
    });

    it('accepts Chinese identifiers next to punctuation without spaces', async () => {
        const ws = await buildFiles({
            'a.zeren': doc('主体 班子{事实 得分甲:小数(2) 范围 0..100;事实 否决甲:布尔}\n'
                + '得分 总分〔第一条〕对 班子{甲项 占 100%=得分甲}\n'
                + '等次 档次〔第二条〕对 班子 按 总分{好≥90;差}\n'
                + '一票否决 否决〔第三条〕对 班子{（一）当 否决甲}'),
        });
        expect(ws.diagnostics('a.zeren')).toEqual([]);
        const rules = ws.ir('a.zeren').documents[0].rules;
        expect(rules.map(r => r.name)).toEqual(['总分', '档次', '否决']);
    });

    it('reads a keyword glued to an identifier as one identifier, and says so', async () => {
        const ws = await buildFiles({
            'a.zeren': doc('主体 班子 { 事实 甲: 布尔 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 非甲 }'),
        });
        const [d] = ws.diagnostics('a.zeren').filter(x => x.severity === 'error');
        expect(d.code).toBe('keyword-glued');
        expect(d.zh).toBe('未知引用“非甲”：关键字“非”与标识符之间需要空格或标点');
        expect(d.en).toContain("separate the keyword '非' from the identifier");
        expect(d.line).toBe(3);
    });

    it('reports a keyword glued after a known name (甲非) as glued', async () => {
        const ws = await buildFiles({
            'a.zeren': doc('主体 班子 { 事实 甲: 布尔 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 甲非 }'),
        });
        const codes = ws.diagnostics('a.zeren').filter(x => x.severity === 'error').map(d => d.code);
        expect(codes).toContain('keyword-glued');
        expect(codes).not.toContain('unresolved-reference');
    });

    it('reports an unknown name that merely ends with a keyword (网络评价得分) as an unknown reference', async () => {
        const ws = await buildFiles({
            'a.zeren': doc('主体 班子 { 事实 评价: 小数(2) 范围 0..100 }\n得分 总分 〔第一条〕 对 班子 { 甲项 占 100% = 网络评价得分 }'),
        });
        const errors = ws.diagnostics('a.zeren').filter(x => x.severity === 'error');
        expect(errors.map(d => d.code)).toEqual(['unresolved-reference']);
        expect(errors[0].zh).toContain('网络评价得分');
        expect(errors[0].zh).not.toContain('关键字');
    });

    it('reports an unknown name starting with a keyword whose rest is unknown too (非乙) as an unknown reference', async () => {
        const ws = await buildFiles({
            'a.zeren': doc('主体 班子 { 事实 甲: 布尔 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 非乙 }'),
        });
        expect(ws.diagnostics('a.zeren').filter(x => x.severity === 'error').map(d => d.code)).toEqual(['unresolved-reference']);
    });

    it('reports syntax errors in Chinese and English with the position', async () => {
        const ws = await buildFiles({ 'a.zeren': doc('主体 班子 { 事实 甲 布尔 }') });
        const [d] = ws.diagnostics('a.zeren');
        expect(d.code).toBe('syntax-expected');
        expect(d.zh).toMatch(/^语法错误：此处应为 .*实际为“布尔”$/);
        expect(d.en).toMatch(/^Syntax error: expected .* but found '布尔'$/);
        expect([d.line, d.column]).toEqual([2, 14]);
    });

    it('reports an unterminated file', async () => {
        const ws = await buildFiles({ 'a.zeren': doc('主体 班子 {') });
        expect(ws.diagnostics('a.zeren').map(d => d.code)).toContain('syntax-end');
    });

    it('rejects characters outside the language', async () => {
        const ws = await buildFiles({ 'a.zeren': doc('主体 班子 { 事实 甲: 布尔 } ☃') });
        const lex = ws.diagnostics('a.zeren').find(d => d.code === 'lex-error');
        expect(lex?.zh).toBe('无法识别的字符“☃”');
    });

    it('keeps citations and clause labels as single tokens', async () => {
        const ws = await buildFiles({
            'a.zeren': doc('主体 班子 { 事实 甲: 布尔 }\n一票否决 否决 〔第二十二条〕 对 班子 { （四） 当 甲 （十二） 〔第二十二条（十二）〕 当 甲 }'),
        });
        const veto = ws.ir('a.zeren').documents[0].rules[0];
        expect(veto.kind).toBe('veto');
        if (veto.kind !== 'veto') return;
        expect(veto.clauses.map(c => [c.label, c.citation.text, c.id])).toEqual([
            ['（四）', '第二十二条（四）', '测试办法/否决/（四）'],
            ['（十二）', '第二十二条（十二）', '测试办法/否决/（十二）'],
        ]);
    });
});
