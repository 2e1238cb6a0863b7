import type { RequirementIR, ZerenDiagnostic } from '@zeren/model';
import type { RefinementPair } from './conformance-report.js';
import { cite, lenientThresholds, loosening } from './conformance-report.js';
import { implication, sharedFacts } from './condition-implication.js';
import { negation } from './condition-truth.js';
import { thresholdMoves } from './threshold-moves.js';

/** When a 要求 or 禁止 is complied with: its condition holds, or a prohibition's does not. */
const compliance = (r: RequirementIR) => (r.prohibition ? negation(r.condition) : r.condition);

/**
 * 要求/禁止: the child may not allow what the refined rule forbids — whatever complies with the
 * child complies with the parent (a 禁止 may refine a 要求 and the reverse). Decided exactly where
 * the facts allow, an error naming a case the child allows (巡察组 4 人 under 要求 5 至 6 人); else,
 * for conditions of the same shape, a number moved the lenient way (计数(记录) ≥ 2 → ≥ 1).
 */
export function checkRequirementConformance(pair: RefinementPair, child: RequirementIR, parent: RequirementIR, out: ZerenDiagnostic[]): void {
    const allowed = implication(compliance(child), compliance(parent), sharedFacts(child, parent));
    if (allowed?.holds === false) {
        out.push(loosening(pair, child.condition.loc, 'loosen-requirement', [child.name, allowed.witness.join('、'), parent.name, cite(parent)], parent.condition.loc));
    }
    if (allowed || child.prohibition !== parent.prohibition) return;
    // A 要求 bites when its condition fails (holding more often is lenient), a 禁止 when it holds.
    const moves = thresholdMoves(parent.condition, child.condition, parent.prohibition ? 1 : -1);
    out.push(...lenientThresholds(pair, moves, `“${child.name}”的条件`, cite(parent), parent.condition.loc));
}
