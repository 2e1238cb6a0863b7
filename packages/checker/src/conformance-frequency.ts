import type { FrequencyIR, PeriodKindIR, ZerenDiagnostic } from '@zeren/model';
import type { RefinementPair } from './conformance-report.js';
import { cite, loosening } from './conformance-report.js';

/** Calendar periods in months; a term (届) is taken to contain at least one whole calendar year. */
const MONTHS: Record<Exclude<PeriodKindIR, 'term'>, number> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };
const PERIOD_ZH: Record<PeriodKindIR, string> = { month: '月', quarter: '季度', 'half-year': '半年', year: '年', term: '任期' };
const PERIOD_EN: Record<PeriodKindIR, string> = { month: 'month', quarter: 'quarter', 'half-year': 'half-year', year: 'year', term: 'term' };

/**
 * What the child rule guarantees in every period of the parent's kind:
 * - a finer or equal child period (季度 under 年): each parent period holds k whole child periods,
 *   so at least k × min and at most k × max (a term holds an unknown number: no guaranteed maximum);
 * - a coarser child period (每年 under 每季度): all events may fall in one parent period, so
 *   nothing is guaranteed in any given one (minimum 0) and the maximum is the child's own maximum.
 */
export function guaranteedPerParentPeriod(child: FrequencyIR, parentPer: PeriodKindIR): { min: number; max?: number } {
    const min = child.min ?? 0;
    const max = child.max;
    if (child.per === parentPer) return { min, max };
    if (child.per === 'term') return { min: 0, max };
    if (parentPer === 'term') return { min: min * (12 / MONTHS[child.per]), max: undefined };
    const ratio = MONTHS[parentPer] / MONTHS[child.per];
    if (ratio >= 1) return { min: min * ratio, max: max === undefined ? undefined : max * ratio };
    return { min: 0, max };
}

export function frequencyText(f: FrequencyIR): string {
    const bound = f.min !== undefined && f.max !== undefined
        ? (f.min === f.max ? `${f.min}` : `${f.min} 至 ${f.max}`)
        : f.min !== undefined ? `至少 ${f.min}` : `至多 ${f.max}`;
    return `每 ${PERIOD_ZH[f.per]} ${bound} ${f.unit}`;
}

/** Frequencies: the guaranteed count per parent period must meet the parent's minimum and maximum. */
export function checkFrequencyConformance(pair: RefinementPair, child: FrequencyIR, parent: FrequencyIR, out: ZerenDiagnostic[]): void {
    const g = guaranteedPerParentPeriod(child, parent.per);
    const args = [child.name, parent.name, cite(pair.parent), frequencyText(child), frequencyText(parent),
        PERIOD_ZH[parent.per], PERIOD_EN[parent.per]];
    const data = { per: parent.per, min: parent.min, max: parent.max, replacement: frequencyText(parent) };
    if (parent.min !== undefined && g.min < parent.min) {
        out.push(loosening(pair, child.loc, 'loosen-frequency-min', [...args, g.min], parent.loc, data));
    }
    if (parent.max !== undefined && (g.max === undefined || g.max > parent.max)) {
        out.push(loosening(pair, child.loc, 'loosen-frequency-max', [...args, g.max ?? '∞'], parent.loc, data));
    }
}
