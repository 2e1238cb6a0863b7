import type { GradeIR } from '@zeren/model';
import { printExpr } from './canonical-expr.js';
import { canonicalNumber } from './canonical-values.js';
import { RULE_ELEMENT } from './measure.js';
import type { MeasureSink } from './measure.js';

const OP: Record<string, string> = { '>=': '≥', '>': '>' };

/** Bands keep their rank as sort key: their order decides which band a score falls in. */
export function gradeMeasures(rule: GradeIR, sink: MeasureSink): void {
    sink.add(RULE_ELEMENT, 'score', printExpr(rule.score));
    rule.bands.forEach((band, i) => {
        const element = { kind: 'band', name: band.name, sortKey: String(i).padStart(4, '0') };
        // The catch-all last band has no bound: '' renders as "(otherwise)".
        sink.add(element, 'bound', band.op && band.bound ? `${OP[band.op]} ${canonicalNumber(band.bound)}` : '');
    });
}
