import type { SourceLoc, VetoClauseIR, ZerenDiagnostic } from '@zeren/model';
import { formatCitation, message } from '@zeren/model';
import type { RefinementPair } from './conformance-report.js';
import { lenientThresholds, loosening } from './conformance-report.js';
import { implication, sharedFacts } from './condition-implication.js';
import { thresholdMoves } from './threshold-moves.js';

/**
 * The parent clause each child clause implements: the one it names (（三） 细化 （二）), else the
 * parent clause with the same label, else none (a clause the child adds: always allowed).
 */
export function clauseMapping(children: VetoClauseIR[], parents: VetoClauseIR[]): Map<VetoClauseIR, VetoClauseIR | undefined> {
    const byLabel = new Map(parents.map(p => [p.label, p]));
    return new Map(children.map(c => [c, byLabel.get(c.refines ?? c.label)]));
}

/**
 * Clauses (veto clauses, accountability situations): every parent clause must have a counterpart,
 * a named parent clause must exist, and a counterpart of the same shape may not move a threshold
 * in the lenient direction.
 */
export function checkClauseConformance(
    pair: RefinementPair, children: VetoClauseIR[], parents: VetoClauseIR[], at: SourceLoc, out: ZerenDiagnostic[],
): Map<VetoClauseIR, VetoClauseIR | undefined> {
    const mapping = clauseMapping(children, parents);
    for (const c of children) {
        if (c.refines && !mapping.get(c)) {
            out.push({ severity: 'error', code: 'refines-clause-unknown', message: message('refines-clause-unknown', pair.parent.name, c.refines), loc: c.loc });
        }
    }
    const covered = new Set(mapping.values());
    for (const p of parents) {
        if (!covered.has(p)) {
            out.push(loosening(pair, at, 'loosen-clause-dropped', [pair.parent.name, formatCitation(p.citation), p.label, pair.child.name], p.loc, { clause: p.label }));
        }
    }
    for (const [c, p] of mapping) {
        if (!p) continue;
        const moves = thresholdMoves(p.condition, c.condition, 1);
        // Conditions of different shapes: the child clause must apply wherever the parent's does.
        const narrowed = moves ? undefined : implication(p.condition, c.condition, sharedFacts(pair.child, pair.parent));
        if (narrowed?.holds === false) {
            out.push(loosening(pair, c.loc, 'loosen-clause-narrowed',
                [pair.child.name, c.label, narrowed.witness.join('、'), pair.parent.name, formatCitation(p.citation), p.label], p.loc, { clause: p.label }));
        }
        out.push(...lenientThresholds(pair, moves, formatCitation(c.citation), formatCitation(p.citation), p.loc, { clause: p.label }));
    }
    return mapping;
}
