import type { RuleIR, ZerenDiagnostic } from '@zeren/model';
import { truthOf } from './condition-truth.js';
import { neverDiagnostic } from './never-diagnostic.js';

/**
 * A rule whose own condition can never hold never applies: a consequence or exclusion that never
 * follows, a deadline or frequency obligation (当 …) that is never due. Usually a typo in a bound
 * (≥ 90 且 < 80) or a value the fact's 范围 excludes.
 */
export function checkRuleCondition(rule: RuleIR, out: ZerenDiagnostic[]): void {
    const condition = rule.kind === 'consequence' || rule.kind === 'exclusion' || rule.kind === 'deadline' || rule.kind === 'frequency' ? rule.condition : undefined;
    if (condition && truthOf(condition) === false) out.push(neverDiagnostic(rule.loc, 'rule-never', condition, rule.name));
}
