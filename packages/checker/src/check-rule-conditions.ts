import type { RuleIR, ZerenDiagnostic } from '@zeren/model';
import { diag } from '@zeren/model';
import { negation, truthOf } from './condition-truth.js';
import { neverDiagnostic } from './never-diagnostic.js';

/**
 * A rule whose own condition can never hold never applies: a consequence or exclusion that never
 * follows, a deadline or frequency obligation (当 …) that is never due. Usually a typo in a bound
 * (≥ 90 且 < 80) or a value the fact's 范围 excludes. A 要求/禁止 that every possible case
 * complies with constrains nothing; one that none can comply with cannot be met.
 */
export function checkRuleCondition(rule: RuleIR, out: ZerenDiagnostic[]): void {
    if (rule.kind === 'requirement') {
        const complied = rule.prohibition ? negation(rule.condition) : rule.condition;
        const truth = truthOf(complied);
        if (truth === true) out.push(diag('warning', rule.loc, 'requirement-always-met', rule.name));
        if (truth === false) out.push(neverDiagnostic(rule.loc, 'requirement-never-met', complied, rule.name));
        return;
    }
    const condition = rule.kind === 'consequence' || rule.kind === 'exclusion' || rule.kind === 'deadline' || rule.kind === 'frequency' ? rule.condition : undefined;
    if (!condition) return;
    const truth = truthOf(condition);
    if (truth === false) out.push(neverDiagnostic(rule.loc, 'rule-never', condition, rule.name));
    // An obligation's 当 is optional: one that always holds can go.
    if (truth === true && (rule.kind === 'deadline' || rule.kind === 'frequency')) out.push(diag('info', rule.loc, 'condition-always', rule.name));
}
