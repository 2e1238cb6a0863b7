import type { ExprIR, VetoClauseIR } from './ir.js';
import type { AccountabilityIR } from './ir-accountability.js';

/**
 * Every expression of an accountability rule, in source order. Rule dependencies are found
 * through these, so a 追究方式 that reads its 情形 groups (and a 认定 in its condition) is
 * evaluated after them.
 */
export function accountabilityExpressions(rule: AccountabilityIR): ExprIR[] {
    const clauses = (cs: VetoClauseIR[]) => cs.flatMap(c => (c.over ? [c.over, c.condition] : [c.condition]));
    switch (rule.form) {
        case 'situations':
            return [...(rule.applies ? [rule.applies.kind] : []), ...clauses(rule.situations)];
        case 'sanctions':
            return [
                ...rule.groundExprs,
                rule.severity,
                ...(rule.condition ? [rule.condition] : []),
                ...rule.tables.map(t => t.kinds.kind),
                ...rule.adjustments.flatMap(a => clauses(a.circumstances)),
            ];
        case 'determination':
            return rule.rows.flatMap(r => (r.condition ? [r.condition] : []));
        case 'restrictions':
            return [...(rule.start ? [rule.start] : []), ...rule.items.flatMap(i => i.act ? [i.condition, i.act] : [i.condition])];
        case 'lookback':
            return [...(rule.condition ? [rule.condition] : []), rule.anchor, ...(rule.extended ? [rule.extended.when] : []), rule.end];
    }
}
