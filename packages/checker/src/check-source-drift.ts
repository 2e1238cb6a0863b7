import type { RuleIR, ZerenDiagnostic } from '@zeren/model';
import { diag } from '@zeren/model';
import { quantitiesInRule, quantitiesInText } from './source-quantities.js';

/**
 * 原文 drift: the rule was revised and its 原文 was not (or the other way round). For each kind
 * of quantity (shares, points, periods) that the rule states at all, every such quantity its 原文
 * states must be one of the rule's; one that is not is reported with both sides. A rule that
 * states no quantity of a kind is not compared on it (the 原文 may give context the rule does
 * not encode). No quick fix: which side is right is for a person to decide.
 */
export function checkSourceDrift(rule: RuleIR, out: ZerenDiagnostic[]): void {
    if (rule.sourceText.length === 0) return;
    const stated = quantitiesInText(rule.sourceText.join(''));
    if (stated.length === 0) return;
    const own = quantitiesInRule(rule);
    for (const kind of ['share', 'period', 'points'] as const) {
        // Points are compared on grade bands only: a score's 原文 gives its weights as points too ("占20%，即20分").
        if (kind === 'points' && rule.kind !== 'grade') continue;
        const mine = own.filter(q => q.kind === kind);
        if (mine.length === 0) continue;
        const keys = new Set(mine.map(q => q.key));
        const missing = stated.filter(q => q.kind === kind && !keys.has(q.key));
        if (missing.length === 0) continue;
        const shown = [...new Set(mine.map(q => q.shown).filter(Boolean))].join('、');
        out.push(diag('warning', rule.loc, 'source-drift', [...new Set(missing.map(q => q.shown))].join('、'), shown));
    }
}
