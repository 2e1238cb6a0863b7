import { CstUtils } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { FixContext } from '../../language/src/lsp/zeren-code-actions.js';
import { buildFiles } from '../helpers/workspace.js';

/** The facts the rules of both levels read, declared identically on both sides. */
const SUBJECT = `主体 班子 {
    事实 调研记录: 记录
    事实 约谈日期: 日期
    事实 报告日期: 日期 可无
    事实 综合得分: 小数(2) 范围 0..100
    事实 通报次数: 整数 范围 0..100
    事实 严重违纪: 布尔
    事实 调入: 布尔
}`;

export function provinceFile(rules: string, meta = ''): string {
    return `文件 省意见 { 文号 "甘发〔2014〕1号" 发布 2014-01-01 层级 省 "甘肃省" ${meta} }\n${SUBJECT}\n${rules}\n`;
}

export function cityFile(rules: string, meta = '细化 省意见'): string {
    return `文件 市意见 { 文号 "市委发〔2014〕2号" 发布 2014-06-01 层级 市 "张掖市" ${meta} }\n${SUBJECT}\n${rules}\n`;
}

/** Codes reported by the document graph and conformance checks. */
const OURS = /^(docref-|refinement-cycle|refines-|conformance-|loosen-|scenario-doc-)/;

/** Builds a province and a city file and returns the city's diagnostics of the checks under test. */
export async function cityDiagnostics(province: string, city: string, extra: Record<string, string> = {}, allowedErrors: string[] = []) {
    const ws = await buildFiles({ 'province.zeren': provinceFile(province), 'city.zeren': cityFile(city), ...extra });
    // The rules under test must themselves be valid, or a check could pass for the wrong reason.
    const invalid = ['province.zeren', 'city.zeren'].flatMap(f => ws.diagnostics(f).filter(d => d.severity === 'error' && !OURS.test(d.code) && !allowedErrors.includes(d.code)).map(d => `${f}: ${d.code} ${d.zh}`));
    if (invalid.length) throw new Error(`invalid test rules:\n${invalid.join('\n')}`);
    return ws.diagnostics('city.zeren').filter(d => OURS.test(d.code));
}

export async function fileDiagnostics(files: Record<string, string>, name: string) {
    const ws = await buildFiles(files);
    return { ws, diagnostics: ws.diagnostics(name).filter(d => OURS.test(d.code)), all: ws.diagnostics(name) };
}

/**
 * The quick fix `fix` offers for the first diagnostic with this code in the city file, applied:
 * its title, the city text after the edit, and the text the edit replaced.
 */
export async function applyCityFix(
    province: string, city: string, code: string, fix: (context: FixContext) => CodeAction[],
): Promise<{ title: string; text: string; replaced: string }> {
    const ws = await buildFiles({ 'province.zeren': provinceFile(province), 'city.zeren': cityFile(city) });
    const document = ws.doc('city.zeren');
    const diagnostic = document.diagnostics!.find(d => d.code === code) as Diagnostic;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const node = CstUtils.findLeafNodeAtOffset(document.parseResult.value.$cstNode!, offset)!.astNode;
    const [action] = fix({ diagnostic, node, document, lang: 'zh' } as unknown as FixContext);
    const [edit] = action.edit!.changes![document.uri.toString()];
    const text = document.textDocument.getText();
    const start = document.textDocument.offsetAt(edit.range.start);
    const end = document.textDocument.offsetAt(edit.range.end);
    return { title: action.title, text: text.slice(0, start) + edit.newText + text.slice(end), replaced: text.slice(start, end) };
}
