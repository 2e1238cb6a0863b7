import type {
    AccountabilityIR, KindFilterIR, LookbackIR, RestrictionPeriodIR, RestrictionsIR, SanctionsIR, SituationsIR, DeterminationIR,
} from '@zeren/model';
import { formatCitation, restrictionPeriodSource } from '@zeren/model';
import { clauseMeasures } from './measures-veto.js';
import { addAnnotations } from './annotations.js';
import { printExpr } from './canonical-expr.js';
import { quote, unorderedList } from './canonical-values.js';
import { chineseNumber } from '@zeren/model';
import { RULE_ELEMENT } from './measure.js';
import type { MeasureSink } from './measure.js';

/** Surface keyword of each accountability form (a rule that changes form shows as a kind change). */
export const ACCOUNTABILITY_KEYWORD: Record<AccountabilityIR['form'], string> = {
    situations: '情形', sanctions: '追究方式', determination: '认定', restrictions: '影响', lookback: '追溯',
};

function labelKey(label: string): string {
    return String(chineseNumber(label) ?? 9999).padStart(4, '0') + label;
}

const kinds = (k: KindFilterIR | undefined) => (k ? unorderedList(k.names) : undefined);

/**
 * Accountability rules flattened to measures: each situation and circumstance is a clause (so an
 * added or dropped situation shows by its label), each kind × severity of a 追究方式 one line of
 * permitted options (a measure added to a level shows old → new), each 认定 row its condition,
 * each restriction its period and text (1 年内 → 2 年内), a 追溯 its window.
 */
export function accountabilityMeasures(rule: AccountabilityIR, sink: MeasureSink): void {
    switch (rule.form) {
        case 'situations': return situationMeasures(rule, sink);
        case 'sanctions': return sanctionMeasures(rule, sink);
        case 'determination': return determinationMeasures(rule, sink);
        case 'restrictions': return restrictionMeasures(rule, sink);
        case 'lookback': return lookbackMeasures(rule, sink);
    }
}

function situationMeasures(rule: SituationsIR, sink: MeasureSink): void {
    sink.add(RULE_ELEMENT, 'applies', kinds(rule.applies));
    for (const clause of rule.situations) clauseMeasures(clause, rule.citation, sink);
}

function sanctionMeasures(rule: SanctionsIR, sink: MeasureSink): void {
    sink.add(RULE_ELEMENT, 'grounds', unorderedList(rule.groundExprs.map(printExpr)));
    sink.add(RULE_ELEMENT, 'severity', printExpr(rule.severity));
    sink.add(RULE_ELEMENT, 'condition', rule.condition ? printExpr(rule.condition) : undefined);
    sink.add(RULE_ELEMENT, 'combinable', rule.combinable ? `可合并${rule.combinableCitation ? formatCitation(rule.combinableCitation) : ''}` : undefined);
    for (const table of rule.tables) {
        // One element per subject kind and severity, so regrouping kinds into tables is no change.
        for (const kind of table.kinds.names) {
            const tableElement = { kind: 'sanction-table', name: kind };
            sink.add(tableElement, 'ladder', table.ladder?.name);
            addAnnotations(sink, tableElement, table);
            for (const level of table.levels) {
                const element = { kind: 'sanction', name: `${kind}·${level.levelName}`, sortKey: `${kind}·${String(level.level).padStart(3, '0')}` };
                sink.add(element, 'measures', level.options.map(o => o.names.join(' 并 ')).join(' 或 '));
                addAnnotations(sink, element, level, { citation: false });
            }
        }
    }
    for (const adjustment of rule.adjustments) {
        const head = { kind: 'adjustment', name: adjustment.keyword };
        sink.add(head, 'exists', '');
        addAnnotations(sink, head, adjustment);
        for (const c of adjustment.circumstances) {
            const element = { kind: 'circumstance', name: `${adjustment.keyword}${c.label}`, sortKey: `${adjustment.keyword}${labelKey(c.label)}` };
            sink.add(element, 'condition', printExpr(c.condition));
            addAnnotations(sink, element, c, { citation: false });
        }
    }
}

function determinationMeasures(rule: DeterminationIR, sink: MeasureSink): void {
    // A row is identified by its conclusion and, when a conclusion recurs, its occurrence; the
    // order of rows is their meaning (the first that holds wins), so it sorts by position.
    const seen = new Map<string, number>();
    rule.rows.forEach((row, i) => {
        const n = (seen.get(row.label) ?? 0) + 1;
        seen.set(row.label, n);
        const element = { kind: 'row', name: n > 1 ? `${row.label}#${n}` : row.label, sortKey: String(i).padStart(3, '0') };
        sink.add(element, 'position', String(i + 1));
        sink.add(element, 'condition', row.condition ? printExpr(row.condition) : '（其余）');
        addAnnotations(sink, element, row);
    });
}

export function periodText(p: RestrictionPeriodIR | undefined): string | undefined {
    return p && restrictionPeriodSource(p);
}

function restrictionMeasures(rule: RestrictionsIR, sink: MeasureSink): void {
    sink.add(RULE_ELEMENT, 'start', rule.start ? printExpr(rule.start) : undefined);
    for (const item of rule.items) {
        const element = { kind: 'restriction', name: item.name };
        sink.add(element, 'condition', printExpr(item.condition));
        sink.add(element, 'period', periodText(item.period));
        sink.add(element, 'measure', quote(item.measure));
        sink.add(element, 'act', item.act ? printExpr(item.act) : undefined);
        addAnnotations(sink, element, item);
    }
}

function lookbackMeasures(rule: LookbackIR, sink: MeasureSink): void {
    sink.add(RULE_ELEMENT, 'condition', rule.condition ? printExpr(rule.condition) : undefined);
    sink.add(RULE_ELEMENT, 'anchor', printExpr(rule.anchor));
    sink.add(RULE_ELEMENT, 'years', `前 ${rule.years} 年度`);
    sink.add(RULE_ELEMENT, 'extended', rule.extended ? `前 ${rule.extended.years} 年度 当 ${printExpr(rule.extended.when)}` : undefined);
    sink.add(RULE_ELEMENT, 'end', printExpr(rule.end));
}
