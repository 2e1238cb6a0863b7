import type { RestrictionPeriodIR } from './ir-accountability.js';

/** A restriction's period as written in a rule file (the diff shows it; conformance quick fixes write it back). */
export function restrictionPeriodSource(period: RestrictionPeriodIR): string {
    switch (period.kind) {
        case 'years': return `${period.amount} 年内`;
        case 'months': return `${period.amount} 个月内`;
        case 'this-year': return '当年';
        case 'from-next-month': return '次月起';
    }
}
