import type { RuleIR } from './ir.js';
import { ruleExpressions, walkExpr } from './ir-walk.js';

/** The rules whose results a rule reads (directly, or through a grade's bands). */
export function ruleDependencies(rule: RuleIR): RuleIR[] {
    const deps = new Set<RuleIR>();
    for (const e of ruleExpressions(rule)) walkExpr(e, x => {
        if (x.k === 'rule') deps.add(x.rule);
        if (x.k === 'band') deps.add(x.grade);
    });
    return [...deps];
}

/** Rules ordered so each comes after the rules it reads; cycles (reported by the checker) are cut. */
export function topologicalRules(rules: RuleIR[]): RuleIR[] {
    const order: RuleIR[] = [];
    const state = new Map<RuleIR, number>();
    const visit = (r: RuleIR): void => {
        if (state.has(r)) return;
        state.set(r, 1);
        for (const d of ruleDependencies(r)) visit(d);
        state.set(r, 2);
        order.push(r);
    };
    rules.forEach(visit);
    return order;
}
