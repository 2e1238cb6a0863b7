import type { RestrictionPeriodIR } from '@zeren/model';
import { addMonths, addYears, dateFromParts, formatDate, monthOf, mustParseDate, yearOf } from '@zeren/time';

/**
 * The dates of a restriction (第十四条: “一年内不得提拔”) that starts on `start` (the date of the
 * accountability decision). 《民法典》第二百零一条: the starting day is not counted, so a year
 * runs from the next day to the corresponding day a year later (第二百零二条; 02-29 + 1 year →
 * 02-28). The restriction is in force from the decision day itself through that last day
 * inclusive; 当年 runs to 31 December of the start's year; 次月起 starts on the first day of the
 * next month and has no end (until null). A ban is not a time limit for doing something, so it is
 * never extended over holidays (第二百零三条 does not apply).
 */
export function restrictionDates(start: string, period: RestrictionPeriodIR): { from: string; until: string | null } {
    const s = mustParseDate(start);
    switch (period.kind) {
        case 'years': return { from: start, until: formatDate(addYears(s, period.amount)) };
        case 'months': return { from: start, until: formatDate(addMonths(s, period.amount)) };
        case 'this-year': return { from: start, until: formatDate(dateFromParts(yearOf(s), 12, 31)) };
        case 'from-next-month': return { from: formatDate(addMonths(dateFromParts(yearOf(s), monthOf(s), 1), 1)), until: null };
    }
}
