import type { MessageCode, RuleIR, SourceLoc, ZerenDiagnostic } from '@zeren/model';
import { formatCitation, formatRational, message } from '@zeren/model';
import type { ThresholdMove } from './threshold-moves.js';

/** A rule and the rule of another document it refines (细化 文件.规则). */
export interface RefinementPair {
    child: RuleIR;
    parent: RuleIR;
}

export function cite(rule: RuleIR): string {
    return formatCitation(rule.citation);
}

/**
 * A loosening: an error at the child that points at the parent (related information) and carries
 * the parent's identity and value for quick fixes.
 */
export function loosening(
    pair: RefinementPair, loc: SourceLoc, code: MessageCode, args: (string | number)[],
    parentLoc: SourceLoc = pair.parent.loc, data: Record<string, unknown> = {},
): ZerenDiagnostic {
    return {
        severity: 'error',
        code,
        message: message(code, ...args),
        loc,
        related: [{ loc: parentLoc, message: message('related-refined', pair.parent.name, cite(pair.parent)) }],
        data: { parentDocument: pair.parent.document, parentRule: pair.parent.name, ...data },
    };
}

/** The refinement cannot be judged (different kinds of measure, units whose ranges overlap...). */
export function incomparable(pair: RefinementPair, loc: SourceLoc, zh: string, en: string): ZerenDiagnostic {
    return {
        severity: 'warning',
        code: 'conformance-incomparable',
        message: message('conformance-incomparable', pair.child.name, pair.parent.name, cite(pair.parent), zh, en),
        loc,
        related: [{ loc: pair.parent.loc, message: message('related-refined', pair.parent.name, cite(pair.parent)) }],
    };
}

/**
 * loosen-threshold for each number moved the lenient way (threshold-moves.ts): `what` names the
 * child's condition, `parentWhere` the parent's; the quick fix puts the parent's number back.
 */
export function lenientThresholds(
    pair: RefinementPair, moves: ThresholdMove[] | undefined, what: string, parentWhere: string, parentLoc: SourceLoc, data: Record<string, unknown> = {},
): ZerenDiagnostic[] {
    return (moves ?? []).filter(m => m.lenient).map(m => loosening(pair, m.loc, 'loosen-threshold',
        [what, formatRational(m.child), pair.parent.name, parentWhere, formatRational(m.parent)], parentLoc, { ...data, value: formatRational(m.parent) }));
}
