import type { CodeAction } from 'vscode-languageserver';
import { AstUtils } from 'langium';
import type { Value } from '../../generated/ast.js';
import { isBooleanValue, isDateValue, isFactValue, isListValue, isNumberValue, isScenario, isTextValue } from '../../generated/ast.js';
import type { FixContext } from '../zeren-code-actions.js';
import { lineIndent, quickFix } from '../zeren-code-actions.js';

/**
 * An unknown fact in a scenario: declare it in the scenario's subject (in the rule file, which
 * is usually another document), with a type read off the value given.
 */
export function declareFactFix({ diagnostic, node, lang }: FixContext): CodeAction[] {
    // Lists need a subject of their own; declare those by hand.
    if (!isFactValue(node) || !isScenario(node.$container) || isListValue(node.value)) return [];
    const subject = node.$container.subject.ref;
    const name = node.fact.$refText;
    if (!subject?.$cstNode || !name) return [];
    const target = AstUtils.getDocument(subject);
    const anchor = subject.members.length ? subject.members[subject.members.length - 1].$cstNode! : undefined;
    const open = subject.$cstNode.text.indexOf('{');
    const at = anchor
        ? anchor.range.end
        : target.textDocument.positionAt(subject.$cstNode.offset + open + 1);
    const indent = anchor ? lineIndent(target, anchor.range.start.line) : `${lineIndent(target, subject.$cstNode.range.start.line)}    `;
    const type = typeFor(node.value);
    const title = lang === 'zh' ? `在主体“${subject.name}”中声明事实“${name}”（${type}）` : `Declare fact '${name}' (${type}) in subject '${subject.name}'`;
    return [quickFix(title, diagnostic, { [target.uri.toString()]: [{ range: { start: at, end: at }, newText: `\n${indent}事实 ${name}: ${type}` }] }, true)];
}

function typeFor(value: Value): string {
    if (isNumberValue(value)) {
        if (value.percent || value.denominator !== undefined) return '比例';
        return String(value.value).includes('.') ? '小数' : '整数';
    }
    if (isBooleanValue(value)) return '布尔';
    if (isDateValue(value)) return '日期';
    if (isTextValue(value)) return '文本';
    return '文本';
}
