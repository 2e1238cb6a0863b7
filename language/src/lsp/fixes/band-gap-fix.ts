import type { CodeAction } from 'vscode-languageserver';
import { isBand, isGrade } from '../../generated/ast.js';
import type { FixContext } from '../zeren-code-actions.js';
import { lineIndent, quickFix } from '../zeren-code-actions.js';

const CATCH_ALL_NAMES = ['较差', '其他', '未达标', '其余'];

/** band-gap: append a last band without a bound, so every score gets a grade. */
export function bandGapFix({ diagnostic, node, document, lang }: FixContext): CodeAction[] {
    const grade = isBand(node) ? node.$container : undefined;
    if (!isGrade(grade)) return [];
    const last = grade.bands[grade.bands.length - 1];
    const end = last?.$cstNode?.range.end;
    if (!end) return [];
    const taken = new Set(grade.bands.map(b => b.name));
    const name = CATCH_ALL_NAMES.find(n => !taken.has(n)) ?? `${grade.bands.length + 1}等`;
    const indent = lineIndent(document, last.$cstNode!.range.start.line);
    const title = lang === 'zh' ? `添加兜底等次“${name}”（无下限）` : `Add a catch-all band '${name}' without a bound`;
    return [quickFix(title, diagnostic, { [document.uri.toString()]: [{ range: { start: end, end }, newText: `\n${indent}${name}` }] }, true)];
}
