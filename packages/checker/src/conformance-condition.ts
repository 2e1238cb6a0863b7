import type { DeadlineIR, FrequencyIR, ZerenDiagnostic } from '@zeren/model';
import type { RefinementPair } from './conformance-report.js';
import { cite, lenientThresholds, incomparable, loosening } from './conformance-report.js';
import { implication, sharedFacts } from './condition-implication.js';
import { thresholdMoves } from './threshold-moves.js';

/**
 * The 当 condition of a deadline or frequency that refines another: who must comply may not shrink.
 * - a condition the refined rule does not have narrows it (loosen-condition-added);
 * - the refined rule's condition dropped makes the obligation apply always: stricter, nothing to say;
 * - conditions of the same shape (same facts, operators, structure) compare their numbers: one moved
 *   so the condition holds less often narrows it (loosen-threshold), like a veto clause;
 * - conditions of different shapes: the child's must hold wherever the parent's does, decided
 *   exactly where the facts allow (loosen-condition-narrowed, with a counterexample), else
 *   conformance-incomparable.
 */
export function checkConditionConformance(
    pair: RefinementPair, child: DeadlineIR | FrequencyIR, parent: DeadlineIR | FrequencyIR, out: ZerenDiagnostic[],
): void {
    if (!child.condition) return;
    if (!parent.condition) {
        out.push(loosening(pair, child.condition.loc, 'loosen-condition-added', [child.name, parent.name, cite(parent)]));
        return;
    }
    const moves = thresholdMoves(parent.condition, child.condition, 1);
    if (!moves) {
        // Different shapes: the child's condition must hold wherever the parent's does.
        const narrowed = implication(parent.condition, child.condition, sharedFacts(child, parent));
        if (narrowed?.holds === false) {
            out.push(loosening(pair, child.condition.loc, 'loosen-condition-narrowed', [child.name, narrowed.witness.join('、'), parent.name, cite(parent)], parent.condition.loc));
        } else if (!narrowed) {
            out.push(incomparable(pair, child.condition.loc, '两者的适用条件（当）不同', 'their conditions (当) differ'));
        }
        return;
    }
    out.push(...lenientThresholds(pair, moves, `“${child.name}”的适用条件`, cite(parent), parent.condition.loc));
}
