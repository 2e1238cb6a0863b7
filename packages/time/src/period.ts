/**
 * Reporting periods: calendar years, half-years, quarters, months, and a
 * term of office (任期) with given start and end. All bounds are inclusive.
 */

import {
  type CivilDate, addDays, dateFromParts, formatDate, halfYearOf, maxDate, minDate, monthEnd, monthOf, quarterOf, yearOf,
} from './civil-date.js';
import type { Bilingual } from './text.js';

export type CalendarPeriodKind = 'year' | 'half-year' | 'quarter' | 'month';
export type PeriodKind = CalendarPeriodKind | 'term';

export interface Period {
  readonly kind: PeriodKind;
  readonly start: CivilDate;
  /** Inclusive. */
  readonly end: CivilDate;
  readonly label: Bilingual;
}

const QUARTER_ZH = ['一', '二', '三', '四'];

function calendarPeriod(kind: CalendarPeriodKind, year: number, index: number): Period {
  switch (kind) {
    case 'year':
      return { kind, start: dateFromParts(year, 1, 1), end: dateFromParts(year, 12, 31), label: { zh: `${year}年`, en: `${year}` } };
    case 'half-year': {
      const first = (index - 1) * 6 + 1;
      return {
        kind,
        start: dateFromParts(year, first, 1),
        end: monthEnd(year, first + 5),
        label: { zh: `${year}年${index === 1 ? '上' : '下'}半年`, en: `${year} H${index}` },
      };
    }
    case 'quarter': {
      const first = (index - 1) * 3 + 1;
      return {
        kind,
        start: dateFromParts(year, first, 1),
        end: monthEnd(year, first + 2),
        label: { zh: `${year}年第${QUARTER_ZH[index - 1]}季度`, en: `${year} Q${index}` },
      };
    }
    case 'month':
      return {
        kind,
        start: dateFromParts(year, index, 1),
        end: monthEnd(year, index),
        label: { zh: `${year}年${index}月`, en: `${year}-${String(index).padStart(2, '0')}` },
      };
  }
}

/** The calendar period of a kind that contains a date. */
export function periodContaining(kind: CalendarPeriodKind, date: CivilDate): Period {
  const year = yearOf(date);
  switch (kind) {
    case 'year': return calendarPeriod(kind, year, 1);
    case 'half-year': return calendarPeriod(kind, year, halfYearOf(date));
    case 'quarter': return calendarPeriod(kind, year, quarterOf(date));
    case 'month': return calendarPeriod(kind, year, monthOf(date));
  }
}

/** The period right after a calendar period. */
export function nextPeriod(period: Period): Period {
  if (period.kind === 'term') throw new RangeError('a term has no calendar successor');
  return periodContaining(period.kind, addDays(period.end, 1));
}

/** A term of office (任期), from its first to its last day. */
export function termPeriod(start: CivilDate, end: CivilDate, label?: Bilingual): Period {
  if (end < start) throw new RangeError(`a term cannot end (${formatDate(end)}) before it starts (${formatDate(start)})`);
  return {
    kind: 'term',
    start,
    end,
    label: label ?? { zh: `任期 ${formatDate(start)}至${formatDate(end)}`, en: `term ${formatDate(start)} to ${formatDate(end)}` },
  };
}

/** The part of a period that lies inside a window, and whether that is all of it. */
export interface PeriodSlice {
  readonly period: Period;
  readonly from: CivilDate;
  readonly to: CivilDate;
  /** True when the whole period lies inside the window. */
  readonly complete: boolean;
}

/** Every calendar period of a kind that overlaps [from, to], clipped to it. */
export function splitIntoPeriods(kind: CalendarPeriodKind, from: CivilDate, to: CivilDate): PeriodSlice[] {
  const slices: PeriodSlice[] = [];
  if (to < from) return slices;
  for (let period = periodContaining(kind, from); period.start <= to; period = nextPeriod(period)) {
    slices.push(sliceOf(period, from, to));
  }
  return slices;
}

export function sliceOf(period: Period, from: CivilDate, to: CivilDate): PeriodSlice {
  return {
    period,
    from: maxDate(period.start, from),
    to: minDate(period.end, to),
    complete: period.start >= from && period.end <= to,
  };
}
