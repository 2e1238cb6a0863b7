import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction, Range } from 'vscode-languageserver';
import { isBand, isDeadline, isFrequency, isLookback, isRestriction } from '../../generated/ast.js';
import type { FixContext } from '../zeren-code-actions.js';
import { quickFix } from '../zeren-code-actions.js';

/** The source range a loosening diagnostic's `replacement` (the refined rule's value) replaces. */
function replacedRange(code: string, node: AstNode): Range | undefined {
    if (code === 'loosen-band') {
        const band = isBand(node) ? node : AstUtils.getContainerOfType(node, isBand);
        return band?.$cstNode?.range;
    }
    if (code.startsWith('loosen-frequency')) {
        const rule = AstUtils.getContainerOfType(node, isFrequency);
        const from = rule && GrammarUtils.findNodeForKeyword(rule.$cstNode, '每')?.range.start;
        const to = rule && GrammarUtils.findNodeForProperty(rule.$cstNode, 'countUnit')?.range.end;
        return from && to ? { start: from, end: to } : undefined;
    }
    if (code === 'loosen-deadline') {
        const rule = AstUtils.getContainerOfType(node, isDeadline);
        // Only periods after an event (N 日内) and leads before one (N 日前) are replaced in place.
        const part = rule && (GrammarUtils.findNodeForProperty(rule.$cstNode, 'within') ?? GrammarUtils.findNodeForProperty(rule.$cstNode, 'before'));
        return part?.range;
    }
    if (code === 'loosen-restriction-shorter' || code === 'loosen-restriction-later') {
        const restriction = isRestriction(node) ? node : AstUtils.getContainerOfType(node, isRestriction);
        return restriction && GrammarUtils.findNodeForProperty(restriction.$cstNode, 'period')?.range;
    }
    if (code === 'loosen-lookback') {
        const rule = AstUtils.getContainerOfType(node, isLookback);
        return rule && GrammarUtils.findNodeForProperty(rule.$cstNode, 'years')?.range;
    }
    return undefined;
}

/** A loosening of a refined rule: restore the refined rule's value (carried in the diagnostic's data). */
export function looseningFix({ diagnostic, node, document, lang }: FixContext): CodeAction[] {
    const data = diagnostic.data as { replacement?: string; parentRule?: string } | undefined;
    const code = String(diagnostic.code ?? '');
    if (!data?.replacement) return [];
    if (code === 'loosen-deadline' && /^(每年|截止)/.test(data.replacement)) return [];
    const range = replacedRange(code, node);
    if (!range) return [];
    const title = lang === 'zh' ? `改为所细化规则的要求：${data.replacement}` : `Use the refined rule's requirement: ${data.replacement}`;
    return [quickFix(title, diagnostic, { [document.uri.toString()]: [{ range, newText: data.replacement }] }, true)];
}
