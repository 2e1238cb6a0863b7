import type { TimeDurationIR } from '@zeren/model';

/** How a child's period compares with its parent's: both measured from the same event. */
export type DurationOrder = 'not-longer' | 'longer' | 'unknown';

/**
 * Bounds, in calendar days, of the end of each kind of period. Months and years are calendar
 * periods (1 个月 is 28 to 31 days); N working days span at least N days and, by a safe bound,
 * at most 7 days per 5 working days plus 10 days of holidays per 20 working days. Day, month and
 * year periods all move to the next working day when they end on a rest day (第二百零三条), so
 * they stay comparable by their day counts.
 */
function dayRange(d: TimeDurationIR): [number, number] {
    const n = d.amount;
    switch (d.unit) {
        case 'day': return [n, n];
        case 'half-month': return [15 * n, 15 * n];
        case 'month': return [28 * n, 31 * n];
        case 'year': return [365 * n, 366 * n];
        case 'workday': return [n, 7 * Math.ceil(n / 5) + 10 * Math.ceil(n / 20)];
        case 'hour': return [n / 24, n / 24];
    }
}

/** Units that convert exactly: 1 年 = 12 个月, 半个月 = 15 日. */
function exact(d: TimeDurationIR): { unit: string; amount: number } {
    if (d.unit === 'year') return { unit: 'month', amount: 12 * d.amount };
    if (d.unit === 'half-month') return { unit: 'day', amount: 15 * d.amount };
    return { unit: d.unit, amount: d.amount };
}

/** Whether the child period can end later than the parent's. */
export function compareDurations(child: TimeDurationIR, parent: TimeDurationIR): DurationOrder {
    const c = exact(child);
    const p = exact(parent);
    if (c.unit === p.unit) return c.amount > p.amount ? 'longer' : 'not-longer';
    let [clo, chi] = dayRange(child);
    let [plo, phi] = dayRange(parent);
    // Against an hour period, a day-based period ends at the end of its last day: up to one day more.
    if (child.unit === 'hour') phi += 1;
    if (parent.unit === 'hour') chi += 1;
    if (chi <= plo) return 'not-longer';
    if (clo >= phi) return 'longer';
    return 'unknown';
}

const UNIT_TEXT: Record<TimeDurationIR['unit'], string> = { day: '日', workday: '个工作日', month: '个月', year: '年', hour: '小时', 'half-month': '半个月' };

/** A duration as the rule file writes it ("15 日", "半个月"), for quick fixes that write source text. */
export function durationSource(d: TimeDurationIR): string {
    return d.unit === 'half-month' && d.amount === 1 ? '半个月' : `${d.amount} ${UNIT_TEXT[d.unit]}`;
}
