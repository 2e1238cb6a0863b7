import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, buildFiles, doc, exampleRules } from '../helpers/workspace.js';

// Parse errors in words for the common mistakes, one diagnostic per mistake (knock-on errors of the
// same construct dropped), did-you-mean for unknown names, keywords glued inside a name; zh and en.
const base = exampleRules();

async function errors(text: string, files: Record<string, string> = {}, name = 'r.zeren') {
    const b = await buildFiles({ 'r.zeren': text, ...files });
    return b.diagnostics(name).filter(d => d.severity === 'error');
}

/** 1-based line of the first line of the rule file that starts with `prefix`. */
function lineOf(prefix: string): number {
    return base.split('\n').findIndex(l => l.trimStart().startsWith(prefix)) + 1;
}

function edit(from: string, to: string): string {
    expect(base).toContain(from);
    return base.replace(from, to);
}

describe('parse errors in words', () => {
    it('ASCII parentheses in a clause label', async () => {
        const ds = await errors(edit('（一） 当 集体违纪违规被立案查处', '(一) 当 集体违纪违规被立案查处'));
        expect(ds.map(d => [d.line, d.column, d.code])).toEqual([[lineOf('（一） 当 集体违纪违规被立案查处'), 5, 'syntax-unexpected']]);
        expect(ds[0]!.zh).toBe('语法错误：条款编号“(一)”用了半角括号，应写作“（一）”（全角括号）');
        expect(ds[0]!.en).toBe('Syntax error: the clause label \'(一)\' uses ASCII parentheses; write \'（一）\' (full-width)');
    });

    it('a missing 当', async () => {
        const ds = await errors(edit('（一） 当 集体违纪违规被立案查处', '（一） 集体违纪违规被立案查处'));
        expect(ds.map(d => d.zh)).toEqual(['语法错误：条件前缺少“当”，应写作“当 集体违纪违规被立案查处”']);
        expect(ds[0]!.en).toBe('Syntax error: missing \'当\' before the condition; write \'当 集体违纪违规被立案查处\'');
    });

    it('a missing 对 主体: one diagnostic, not one per name of the rule', async () => {
        const ds = await errors(edit('一票否决 领导班子否决 〔第二十二条〕 对 领导班子 {', '一票否决 领导班子否决 〔第二十二条〕 {'));
        expect(ds.map(d => [d.line, d.zh])).toEqual([[lineOf('一票否决 领导班子否决'), '语法错误：缺少“对 主体”：规则名和条文引用之后应写“对 主体名”，实际为“{”']]);
    });

    it('a misplaced 细化', async () => {
        const ds = await errors(edit('一票否决 领导班子否决 〔第二十二条〕 对 领导班子 {', '一票否决 领导班子否决 细化 〔第二十二条〕 对 领导班子 {'));
        expect(ds.map(d => d.code)).toEqual(['syntax-unexpected']);
        expect(ds[0]!.zh).toContain('“细化”的位置不对');
        expect(ds[0]!.en).toContain('\'细化\' is misplaced');
    });

    it('a missing 完成 in a deadline', async () => {
        const text = doc('主体 班子 〔第一条〕 { 事实 约谈日期: 日期; 事实 报告日期: 日期 可无 }\n期限 报告 〔第九条〕 对 班子 自 约谈日期 起 15 日内 报告日期');
        const ds = await errors(text);
        expect(ds.map(d => d.zh)).toEqual(['语法错误：期限缺少“完成”：期限之后写“完成 完成日期”，实际为“报告日期”']);
    });

    it('a missing } is reported where it is missing, naming the block it closes', async () => {
        const text = base.replace(/(一票否决 领导班子否决[\s\S]*?\n)}\n/, '$1\n');
        const ds = await errors(text);
        expect(ds).toHaveLength(1);
        const lines = text.split('\n');
        // At the end of the veto's last line, not at the next rule.
        const next = lines.findIndex(l => l.startsWith('一票否决 领导干部否决'));
        let last = next - 1;
        while (lines[last]!.trim() === '') last--;
        expect([ds[0]!.line, ds[0]!.column]).toEqual([last + 1, lines[last]!.length + 1]);
        expect(ds[0]!.zh).toBe(`语法错误：缺少“}”：第 ${lineOf('一票否决 领导班子否决')} 行“一票否决 领导班子否决”的“{”在此之前没有闭合`);
    });

    it('never Chevrotain\'s token list: an expression expected, or a veto body item', async () => {
        const ds = await errors(edit('    （四） 当 (测评好票数', '    （四） 当 （八） (测评好票数'));
        expect(ds.map(d => d.zh)).toEqual(['语法错误：此处应为条件或表达式，实际为“（八）”']);
        expect(ds[0]!.en).toBe('Syntax error: a condition or an expression is expected here, found \'（八）\'');
        const veto = await errors(edit('    （四） 当 (测评好票数', '    当 （八） (测评好票数'));
        expect(veto.map(d => d.zh)).toEqual(['语法错误：一票否决中此处应为条款（如“（一） 当 条件”）、“例外”或“}”，实际为“当”']);
        for (const d of [...ds, ...veto]) expect(d.zh + d.en).not.toMatch(/\d\. \[|\[ID\]|Expecting/);
    });
});

describe('unknown names', () => {
    it('did-you-mean for a reference in a rule file', async () => {
        const ds = await errors(edit('当 集体违纪违规被立案查处', '当 集体违纪违规被立案查外'));
        expect(ds.map(d => [d.code, d.zh])).toEqual([['unresolved-reference', '未知引用“集体违纪违规被立案查外”，是否应为“集体违纪违规被立案查处”？']]);
        expect(ds[0]!.en).toBe('Unknown reference \'集体违纪违规被立案查外\'; did you mean \'集体违纪违规被立案查处\'?');
    });

    it('did-you-mean for a fact and a scale value in a scenario file', async () => {
        const scen = fs.readFileSync(path.join(ROOT, 'examples/city/kaohe-2015/scenarios-cadre.zeren'), 'utf8');
        expect(scen).toContain('            所受党纪处分 = 警告');
        const broken = scen.replace('            所受党纪处分 = 警告', '            所受党纪处份 = 警告').replace('分管部门主要负责人所受党纪处分 = 严重警告', '分管部门主要负责人所受党纪处分 = 严重警吿');
        const ds = await errors(base, { 's.zeren': broken }, 's.zeren');
        expect(ds.map(d => d.zh)).toEqual([
            '未知引用“所受党纪处份”，是否应为“所受党纪处分”？',
            '未知引用“严重警吿”，是否应为“严重警告”？',
        ]);
    });

    it('no suggestion when nothing is close', async () => {
        const ds = await errors(edit('当 集体违纪违规被立案查处', '当 完全不同的名字'));
        expect(ds.map(d => d.zh)).toEqual(['未知引用“完全不同的名字”']);
    });

    it('a keyword glued anywhere inside a name', async () => {
        const ds = await errors(edit('是主要负责人 且 ((被立案查处', '是主要负责人且非被立案查处 且 ((被立案查处'));
        expect(ds.map(d => [d.code, d.zh])).toEqual([['keyword-glued', '未知引用“是主要负责人且非被立案查处”：关键字“且”与标识符之间需要空格或标点']]);
    });
});
