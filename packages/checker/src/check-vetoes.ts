import type { VetoIR, ZerenDiagnostic } from '@zeren/model';
import { diag } from '@zeren/model';
import { conjunction, disjunction, negation, truthOf } from './condition-truth.js';
import { neverDiagnostic } from './never-diagnostic.js';

/** Clause labels are unique; clauses and exceptions must be able to apply, and exceptions must not erase a clause. */
export function checkVeto(rule: VetoIR, out: ZerenDiagnostic[]): void {
    const labels = new Set<string>();
    for (const clause of rule.clauses) {
        if (labels.has(clause.label)) out.push(diag('error', clause.loc, 'clause-duplicate', clause.label));
        labels.add(clause.label);
        if (truthOf(clause.condition) === false) out.push(neverDiagnostic(clause.loc, 'clause-never', clause.condition, clause.label));
    }
    for (const exc of rule.exceptions) {
        const truth = truthOf(exc.condition);
        if (truth === false) out.push(neverDiagnostic(exc.loc, 'exception-never', exc.condition, exc.name));
        if (truth === true) out.push(diag('warning', exc.loc, 'exception-always', exc.name));
        // Per-member exceptions (例外 … 对 成员) speak of another subject than their clauses.
        const targets = rule.clauses.filter(c => exc.targets.includes(c.label));
        if (truth !== undefined || exc.element || !targets.length) continue;
        const clauses = disjunction(targets.map(c => c.condition));
        const labels = targets.map(c => c.label).join('');
        const together = conjunction([clauses, exc.condition]);
        if (truthOf(together) === false) out.push(neverDiagnostic(exc.loc, 'exception-never-with-clauses', together, exc.name, labels));
        else if (truthOf(conjunction([clauses, negation(exc.condition)])) === false) out.push(diag('warning', exc.loc, 'exception-overrides-clauses', exc.name, labels));
    }
}
