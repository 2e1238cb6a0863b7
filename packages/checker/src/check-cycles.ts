import type { DocumentIR, RuleIR, ZerenDiagnostic } from '@zeren/model';
import { diag, ruleDependencies } from '@zeren/model';

/** Rules that depend on each other in a circle cannot be evaluated (and the language is total). */
export function checkRuleCycles(doc: DocumentIR, out: ZerenDiagnostic[]): void {
    const state = new Map<RuleIR, 'active' | 'done'>();
    const stack: RuleIR[] = [];
    const visit = (rule: RuleIR): void => {
        const s = state.get(rule);
        if (s === 'done') return;
        if (s === 'active') {
            const cycle = [...stack.slice(stack.indexOf(rule)), rule].map(r => r.name).join(' → ');
            out.push(diag('error', rule.loc, 'rule-cycle', cycle));
            return;
        }
        state.set(rule, 'active');
        stack.push(rule);
        for (const dep of ruleDependencies(rule)) visit(dep);
        stack.pop();
        state.set(rule, 'done');
    };
    doc.rules.forEach(visit);
}
