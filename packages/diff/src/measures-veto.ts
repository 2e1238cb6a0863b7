import type { Citation, VetoClauseIR, VetoIR } from '@zeren/model';
import { clauseCitation, formatCitation } from '@zeren/model';
import { addAnnotations } from './annotations.js';
import { printExpr } from './canonical-expr.js';
import { chineseNumber } from '@zeren/model';
import type { MeasureSink } from './measure.js';

/** Sorts clause labels （二） < （十） by number, not by code point. */
function labelKey(label: string): string {
    return String(chineseNumber(label) ?? 9999).padStart(4, '0') + label;
}

/** A clause's measures; shared by veto clauses and accountability situations. */
export function clauseMeasures(clause: VetoClauseIR, ruleCitation: Citation | undefined, sink: MeasureSink): void {
    const element = { kind: 'clause', name: clause.label, sortKey: labelKey(clause.label) };
    sink.add(element, 'over', clause.over ? printExpr(clause.over) : undefined);
    sink.add(element, 'condition', printExpr(clause.condition));
    // A clause cites its rule's article implicitly; only an explicit, different citation is
    // a measure of its own — otherwise moving the rule would report every clause as moved.
    const implied = formatCitation(clauseCitation(ruleCitation, clause.label));
    const own = formatCitation(clause.citation);
    sink.add(element, 'citation', own !== implied ? own : undefined);
    addAnnotations(sink, element, clause, { citation: false });
}

export function vetoMeasures(rule: VetoIR, sink: MeasureSink): void {
    for (const clause of rule.clauses) clauseMeasures(clause, rule.citation, sink);
    for (const exception of rule.exceptions) {
        const element = { kind: 'exception', name: exception.name };
        const targets = [...exception.targets].sort((a, b) => (labelKey(a) < labelKey(b) ? -1 : 1));
        sink.add(element, 'targets', targets.join('、'));
        sink.add(element, 'condition', printExpr(exception.condition));
        addAnnotations(sink, element, exception);
    }
}
