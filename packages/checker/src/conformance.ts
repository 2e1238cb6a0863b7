import type { ZerenDiagnostic } from '@zeren/model';
import type { RefinementPair } from './conformance-report.js';
import { incomparable } from './conformance-report.js';
import { checkFrequencyConformance } from './conformance-frequency.js';
import { checkDeadlineConformance } from './conformance-deadline.js';
import { checkConditionConformance } from './conformance-condition.js';
import { checkGradeConformance } from './conformance-grade.js';
import { checkVetoConformance } from './conformance-veto.js';
import { checkAccountabilityConformance } from './conformance-accountability.js';
import { checkRequirementConformance } from './conformance-requirement.js';

const KIND_ZH: Record<string, string> = {
    score: '得分', grade: '等次', veto: '一票否决', exclusion: '排除', consequence: '后果', deadline: '期限', frequency: '频次',
    situations: '情形', sanctions: '追究方式', determination: '认定', restrictions: '影响',
};

function kindOf(rule: RefinementPair['child']): string {
    return rule.kind === 'accountability' ? rule.form : rule.kind;
}

/**
 * A rule that refines another may tighten it, never loosen it. Each kind of measure knows which
 * direction is stricter; scores (weights), exclusions and consequences have no direction.
 */
export function checkConformance(pair: RefinementPair, out: ZerenDiagnostic[]): void {
    const { child, parent } = pair;
    const ck = kindOf(child);
    const pk = kindOf(parent);
    if (ck !== pk) {
        // A frequency may implement a deadline (年底报告 → 年中、年底): not comparable, say so.
        out.push(incomparable(pair, child.refines?.loc ?? child.loc,
            `一个是${KIND_ZH[ck] ?? ck}，一个是${KIND_ZH[pk] ?? pk}`, `one is a ${ck} rule, the other a ${pk} rule`));
        return;
    }
    if (child.kind === 'frequency' && parent.kind === 'frequency') {
        checkFrequencyConformance(pair, child, parent, out);
        checkConditionConformance(pair, child, parent, out);
    } else if (child.kind === 'deadline' && parent.kind === 'deadline') {
        checkDeadlineConformance(pair, child, parent, out);
        checkConditionConformance(pair, child, parent, out);
    }
    else if (child.kind === 'grade' && parent.kind === 'grade') checkGradeConformance(pair, child, parent, out);
    else if (child.kind === 'veto' && parent.kind === 'veto') checkVetoConformance(pair, child, parent, out);
    else if (child.kind === 'accountability' && parent.kind === 'accountability') checkAccountabilityConformance(pair, child, parent, out);
    else if (child.kind === 'requirement' && parent.kind === 'requirement') checkRequirementConformance(pair, child, parent, out);
}
