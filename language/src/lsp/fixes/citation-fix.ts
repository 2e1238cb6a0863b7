import type { CodeAction } from 'vscode-languageserver';
import { isRule } from '../../generated/ast.js';
import type { FixContext } from '../zeren-code-actions.js';
import { propertyRange, quickFix } from '../zeren-code-actions.js';

/** missing-citation: insert an empty citation 〔〕 after the rule's name, for the drafter to fill. */
export function citationFix({ diagnostic, node, document, lang }: FixContext): CodeAction[] {
    if (!isRule(node)) return [];
    const name = propertyRange(node, 'name');
    if (!name) return [];
    const title = lang === 'zh' ? '插入条文引用〔〕' : 'Insert a citation 〔〕';
    return [quickFix(title, diagnostic, { [document.uri.toString()]: [{ range: { start: name.end, end: name.end }, newText: ' 〔〕' }] }, true)];
}
