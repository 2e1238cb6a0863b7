import type { CodeAction } from 'vscode-languageserver';
import type { ComponentIR } from '@zeren/model';
import { formatRational, Rational } from '@zeren/model';
import type { Component } from '../../generated/ast.js';
import { isComponent, isScore } from '../../generated/ast.js';
import type { FixContext } from '../zeren-code-actions.js';
import { propertyRange, quickFix } from '../zeren-code-actions.js';
import { irOf } from '../ir-lookup.js';

/**
 * weights-sum: either scale every sibling weight by 1/sum (only when each result is an exact
 * percentage), or give the remainder to the last component. Both keep the other weights' text.
 */
export function weightFixes({ diagnostic, node, document, services, lang }: FixContext): CodeAction[] {
    if (!isComponent(node)) return [];
    const parent = node.$container;
    const siblings: Component[] = isScore(parent) ? parent.items.filter(isComponent) : isComponent(parent) ? parent.children : [];
    const weights = siblings.map(s => irOf<ComponentIR>(services, s)?.weight);
    if (!siblings.length || weights.some(w => !w)) return [];
    const sum = weights.reduce((a, w) => a!.add(w!), new Rational(0))!;
    if (sum.equals(0)) return [];
    const uri = document.uri.toString();
    const actions: CodeAction[] = [];

    const scaled = weights.map(w => percentText(w!.div(sum)));
    if (scaled.every(t => t !== undefined)) {
        const edits = siblings.map((s, i) => ({ range: propertyRange(s, 'weight')!, newText: scaled[i]! }));
        const title = lang === 'zh' ? `按比例调整权重，使合计为 100%（${scaled.join('、')}）` : `Normalise the weights to sum to 100% (${scaled.join(', ')})`;
        actions.push(quickFix(title, diagnostic, { [uri]: edits }, true));
    }

    const last = siblings[siblings.length - 1];
    const lastWeight = weights[weights.length - 1]!.add(new Rational(1).sub(sum));
    const lastText = lastWeight.compare(0) > 0 ? percentText(lastWeight) : undefined;
    if (lastText) {
        const remainder = percentText(new Rational(1).sub(sum)) ?? '';
        const title = lang === 'zh'
            ? `将“${last.name}”的权重调整为 ${lastText}（余量 ${remainder}）`
            : `Set the weight of '${last.name}' to ${lastText} (remainder ${remainder})`;
        actions.push(quickFix(title, diagnostic, { [uri]: [{ range: propertyRange(last, 'weight')!, newText: lastText }] }));
    }
    return actions;
}

/** 7/20 → "35%"; undefined when the percentage has no exact decimal form. */
function percentText(fraction: Rational): string | undefined {
    const text = formatRational(fraction.mul(100));
    return text.includes('≈') ? undefined : `${text}%`;
}
