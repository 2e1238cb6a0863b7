import type { ConsequenceIR, ExclusionIR } from '@zeren/model';
import { printExpr } from './canonical-expr.js';
import { canonicalDuration, quote } from './canonical-values.js';
import { RULE_ELEMENT } from './measure.js';
import type { MeasureSink } from './measure.js';

const EFFECT: Record<ExclusionIR['effect'], string> = { 'not-assessed': '不参加考核', 'not-graded': '不确定等次' };

export function exclusionMeasures(rule: ExclusionIR, sink: MeasureSink): void {
    sink.add(RULE_ELEMENT, 'effect', EFFECT[rule.effect]);
    sink.add(RULE_ELEMENT, 'condition', printExpr(rule.condition));
}

/** An action is identified by its measure text (the text is what the sanction is). */
export function consequenceMeasures(rule: ConsequenceIR, sink: MeasureSink): void {
    sink.add(RULE_ELEMENT, 'condition', printExpr(rule.condition));
    for (const action of rule.actions) {
        const element = { kind: 'action', name: action.measure };
        sink.add(element, 'exists', '');
        sink.add(element, 'actor', action.actor !== undefined ? quote(action.actor) : undefined);
        sink.add(element, 'duration', action.duration ? canonicalDuration(action.duration) : undefined);
    }
}
