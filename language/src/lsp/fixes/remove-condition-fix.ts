import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { isDeadline, isFrequency } from '../../generated/ast.js';
import type { FixContext } from '../zeren-code-actions.js';
import { quickFix } from '../zeren-code-actions.js';

const TITLES: Record<string, [string, string]> = {
    // The refined rule does not have it: the obligation then applies as widely as the refined one.
    'loosen-condition-added': ['删除所细化规则没有的适用条件（当 …）', 'Remove the condition (当 …) the refined rule does not have'],
    // It always holds: the obligation applies the same without it.
    'condition-always': ['删除恒为真的适用条件（当 …）', 'Remove the condition (当 …), which always holds'],
};

/** Removes a deadline's or frequency's `当 条件` (the blanks after the condition go with it). */
export function removeConditionFix({ diagnostic, node, document, lang }: FixContext): CodeAction[] {
    const rule = isDeadline(node) || isFrequency(node) ? node : AstUtils.getContainerOfType(node, n => isDeadline(n) || isFrequency(n));
    if (!(isDeadline(rule) || isFrequency(rule)) || !rule.condition?.$cstNode) return [];
    const keyword = GrammarUtils.findNodeForKeyword(rule.$cstNode, '当');
    if (!keyword) return [];
    const text = document.textDocument.getText();
    let end = rule.condition.$cstNode.end;
    while (end < text.length && /[ \t]/.test(text[end])) end++;
    const range = { start: keyword.range.start, end: document.textDocument.positionAt(end) };
    const [zh, en] = TITLES[String(diagnostic.code)] ?? TITLES['loosen-condition-added'];
    const title = lang === 'zh' ? zh : en;
    return [quickFix(title, diagnostic, { [document.uri.toString()]: [{ range, newText: '' }] }, true)];
}
