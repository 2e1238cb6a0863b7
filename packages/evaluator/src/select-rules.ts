import type { DocumentIR, FactIR, RuleIR } from '@zeren/model';
import { ruleDependencies, ruleExpressions, walkExpr } from '@zeren/model';

/**
 * The rules a rule's result depends on, itself included: the rules it reads (transitively), the
 * exclusions that decide whether its subject is assessed at all (第二十一条: 不参加考核), and for
 * a grade the exclusions that decide whether it is graded (不确定等次).
 */
export function rulesNeededBy(document: DocumentIR, targets: readonly RuleIR[]): Set<RuleIR> {
    const needed = new Set<RuleIR>();
    const visit = (rule: RuleIR): void => {
        if (needed.has(rule)) return;
        needed.add(rule);
        ruleDependencies(rule).forEach(visit);
        for (const x of document.rules) {
            if (x.kind !== 'exclusion' || x.subject !== rule.subject || x === rule) continue;
            if (x.effect === 'not-assessed' || (x.effect === 'not-graded' && rule.kind === 'grade')) visit(x);
        }
    };
    targets.forEach(visit);
    return needed;
}

/** The facts (of the rule's subject and of list elements) whose absence can change a rule's result. */
export function factsNeededBy(document: DocumentIR, rule: RuleIR): Set<FactIR> {
    const facts = new Set<FactIR>();
    for (const r of rulesNeededBy(document, [rule])) {
        for (const e of ruleExpressions(r)) walkExpr(e, x => {
            if (x.k === 'fact') facts.add(x.fact);
        });
    }
    return facts;
}

export type RuleSelection = { document: DocumentIR } | { unknown: string[]; available: string[] };

/**
 * The document restricted to the named rules and what they depend on (`zeren run --rule`): the
 * other rules are not evaluated, so facts only they need are not required. Unknown names are
 * returned with the names available, for a message.
 */
export function selectRules(document: DocumentIR, names: readonly string[], subject?: string): RuleSelection {
    const own = document.rules.filter(r => subject === undefined || r.subject.name === subject);
    const byName = new Map(own.map(r => [r.name, r]));
    const unknown = names.filter(n => !byName.has(n));
    if (unknown.length) return { unknown, available: own.map(r => r.name) };
    const needed = rulesNeededBy(document, names.map(n => byName.get(n)!));
    return { document: { ...document, rules: document.rules.filter(r => needed.has(r)) } };
}
