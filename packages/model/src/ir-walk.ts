import type { DocumentIR, ExprIR, RuleIR } from '@zeren/model';
import { accountabilityExpressions } from './accountability-walk.js';

/** Every expression of a rule, in source order. */
export function ruleExpressions(rule: RuleIR): ExprIR[] {
    switch (rule.kind) {
        case 'score': {
            const out: ExprIR[] = [];
            const visit = (c: RuleIR extends never ? never : (typeof rule.components)[number]): void => {
                if (c.value) out.push(c.value);
                c.children.forEach(visit);
            };
            rule.components.forEach(visit);
            for (const g of rule.bonuses) for (const i of g.items) out.push(i.count);
            return out;
        }
        case 'grade': return [rule.score];
        case 'veto': return [
            ...rule.clauses.flatMap(c => (c.over ? [c.over, c.condition] : [c.condition])),
            ...rule.exceptions.map(e => e.condition),
        ];
        case 'exclusion':
        case 'consequence':
        case 'requirement':
            return [rule.condition];
        case 'deadline': {
            const spec = rule.spec;
            const moments = spec.kind === 'after' ? [spec.start] : spec.kind === 'before' ? [spec.event] : [];
            return [...(rule.condition ? [rule.condition] : []), ...moments, ...(rule.done ? [rule.done] : [])];
        }
        case 'accountability':
            return accountabilityExpressions(rule);
        case 'frequency':
            return [...(rule.condition ? [rule.condition] : []), rule.log, ...(rule.termStart ? [rule.termStart] : []), ...(rule.termEnd ? [rule.termEnd] : [])];
    }
}

/** Pre-order walk of an expression tree; derived values are entered once each. */
export function walkExpr(e: ExprIR, visit: (e: ExprIR) => void, seenDerived = new Set<unknown>()): void {
    visit(e);
    switch (e.k) {
        case 'compare':
        case 'arith':
        case 'logic':
            walkExpr(e.left, visit, seenDerived);
            walkExpr(e.right, visit, seenDerived);
            break;
        case 'not':
            walkExpr(e.operand, visit, seenDerived);
            break;
        case 'agg':
            walkExpr(e.collection, visit, seenDerived);
            if (e.body) walkExpr(e.body, visit, seenDerived);
            break;
        case 'call':
            e.args.forEach(a => walkExpr(a, visit, seenDerived));
            break;
        case 'derived':
            if (!seenDerived.has(e.derived)) {
                seenDerived.add(e.derived);
                walkExpr(e.derived.expr, visit, seenDerived);
            }
            break;
        default:
            break;
    }
}

export function allExpressions(doc: DocumentIR): ExprIR[] {
    return [
        ...doc.rules.flatMap(ruleExpressions),
        ...doc.subjects.flatMap(s => s.derived.map(d => d.expr)),
    ];
}
