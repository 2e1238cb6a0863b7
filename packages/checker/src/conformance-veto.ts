import type { VetoIR, ZerenDiagnostic } from '@zeren/model';
import type { RefinementPair } from './conformance-report.js';
import { cite, lenientThresholds, loosening } from './conformance-report.js';
import { checkClauseConformance } from './conformance-clauses.js';
import { implication, sharedFacts } from './condition-implication.js';
import { thresholdMoves } from './threshold-moves.js';

/**
 * Vetoes: no parent clause dropped, no lenient threshold, and no exception that excuses a parent
 * clause the parent did not excuse (an exception is matched by name; one of the same name may
 * not cover more parent clauses, nor hold in more cases).
 */
export function checkVetoConformance(pair: RefinementPair, child: VetoIR, parent: VetoIR, out: ZerenDiagnostic[]): void {
    const mapping = checkClauseConformance(pair, child.clauses, parent.clauses, child.loc, out);
    const parentOf = new Map([...mapping].map(([c, p]) => [c.label, p?.label]));
    for (const exc of child.exceptions) {
        const excused = [...new Set(exc.targets.map(t => parentOf.get(t)).filter((t): t is string => t !== undefined))];
        if (excused.length === 0) continue;
        const same = parent.exceptions.find(e => e.name === exc.name);
        const added = same ? excused.filter(t => !same.targets.includes(t)) : excused;
        if (added.length) {
            out.push(loosening(pair, exc.loc, 'loosen-exception-added', [exc.name, parent.name, cite(parent), added.join('、')], same?.loc ?? parent.loc, { exception: exc.name }));
        }
        if (!same) continue;
        const moves = thresholdMoves(same.condition, exc.condition, -1);
        // Conditions of different shapes: the child's exception may excuse only where the parent's does.
        const widened = moves ? undefined : implication(exc.condition, same.condition, sharedFacts(child, parent));
        if (widened?.holds === false) {
            out.push(loosening(pair, exc.loc, 'loosen-exception-widened', [exc.name, widened.witness.join('、'), parent.name, cite(parent)], same.loc, { exception: exc.name }));
        }
        out.push(...lenientThresholds(pair, moves, `例外“${exc.name}”`, `例外“${same.name}”`, same.loc, { exception: exc.name }));
    }
}
