import type { VetoIR, ZerenDiagnostic } from '@zeren/model';
import { diag } from '@zeren/model';
import { constantTruth } from './constant-fold.js';

/** Clause labels are unique; clauses and exceptions must be able to apply, and exceptions must not erase a clause. */
export function checkVeto(rule: VetoIR, out: ZerenDiagnostic[]): void {
    const labels = new Set<string>();
    for (const clause of rule.clauses) {
        if (labels.has(clause.label)) out.push(diag('error', clause.loc, 'clause-duplicate', clause.label));
        labels.add(clause.label);
        if (constantTruth(clause.condition) === false) out.push(diag('warning', clause.loc, 'clause-never', clause.label));
    }
    for (const exc of rule.exceptions) {
        const truth = constantTruth(exc.condition);
        if (truth === false) out.push(diag('warning', exc.loc, 'exception-never', exc.name));
        if (truth === true) out.push(diag('warning', exc.loc, 'exception-always', exc.name));
    }
}
