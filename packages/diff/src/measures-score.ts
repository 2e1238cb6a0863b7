import type { ComponentIR, ScoreIR } from '@zeren/model';
import { addAnnotations } from './annotations.js';
import { printExpr } from './canonical-expr.js';
import { canonicalNumber, canonicalPercent } from './canonical-values.js';
import type { MeasureSink } from './measure.js';

/** A component is identified by its path (集中考核/民主测评/测评): names are unique only per parent. */
export function scoreMeasures(rule: ScoreIR, sink: MeasureSink): void {
    const visit = (c: ComponentIR, parent: string): void => {
        const path = parent ? `${parent}/${c.name}` : c.name;
        const element = { kind: 'component', name: path };
        sink.add(element, 'weight', canonicalPercent(c.weight));
        sink.add(element, 'value', c.value ? printExpr(c.value) : undefined);
        addAnnotations(sink, element, c);
        for (const child of c.children) visit(child, path);
    };
    for (const c of rule.components) visit(c, '');
    for (const group of rule.bonuses) {
        const g = { kind: 'bonus-group', name: group.name };
        sink.add(g, 'exists', '');
        sink.add(g, 'cap', group.cap ? canonicalNumber(group.cap) : undefined);
        addAnnotations(sink, g, group);
        for (const item of group.items) {
            const element = { kind: 'bonus', name: `${group.name}/${item.name}` };
            sink.add(element, 'points', canonicalNumber(item.points));
            sink.add(element, 'cap', canonicalNumber(item.cap));
            sink.add(element, 'count', printExpr(item.count));
            addAnnotations(sink, element, item);
        }
    }
}
