/**
 * Working-day calendars: which days are working days in the PRC.
 *
 * A day is a working day unless it is a weekend or a statutory holiday, and
 * a weekend day the State Council moves to work (调休上班) is a working day.
 * The arrangement is announced year by year, so a calendar only knows the
 * years it has data for; asking about any other year is an error
 * (CalendarCoverageError), never a guess from weekdays alone.
 */

import { type CivilDate, isWeekend, yearOf, formatDate } from './civil-date.js';
import type { Bilingual } from './text.js';

/** What kind of day a date is under the announced arrangement. */
export type DayKind =
  | 'working-day' // an ordinary Monday–Friday
  | 'weekend' // an ordinary Saturday or Sunday
  | 'statutory-holiday' // a day off in a holiday arrangement (节假日, incl. days off in lieu)
  | 'make-up-working-day'; // a weekend day worked in exchange (调休上班)

export interface DayInfo {
  readonly date: CivilDate;
  readonly kind: DayKind;
  readonly working: boolean;
  /** The holiday a statutory-holiday or make-up day belongs to, e.g. 国庆节 / National Day. */
  readonly holiday?: Bilingual;
}

export interface YearRange {
  readonly from: number;
  readonly to: number;
}

export interface WorkingCalendar {
  /** Where the data comes from, for explanations ("chinese-days 1.5.7"). */
  readonly source: string;
  covers(year: number): boolean;
  /** Throws CalendarCoverageError for a date in a year the calendar does not cover. */
  isWorkingDay(date: CivilDate): boolean;
  /** A day off under a holiday arrangement (not an ordinary weekend). Throws CalendarCoverageError when uncovered. */
  isStatutoryHoliday(date: CivilDate): boolean;
  /** Full classification of a day. Throws CalendarCoverageError when uncovered. */
  describeDay(date: CivilDate): DayInfo;
  /** First and last year covered, inclusive. */
  coverage(): YearRange;
}

/** Raised for a date whose year the working-day calendar has no data for. */
export class CalendarCoverageError extends Error {
  readonly code = 'calendar-coverage' as const;
  readonly zh: string;
  readonly en: string;
  constructor(
    readonly year: number,
    readonly covered: YearRange,
    readonly date?: string,
  ) {
    const zh = `工作日历未覆盖 ${year} 年（覆盖 ${covered.from}–${covered.to} 年）`;
    const en = `The working-day calendar does not cover ${year} (covers ${covered.from}–${covered.to})`;
    super(`${zh} / ${en}`);
    this.name = 'CalendarCoverageError';
    this.zh = zh;
    this.en = en;
  }
}

/** A day listed in calendar data, with the holiday it belongs to when known. */
export interface CalendarDay {
  readonly date: CivilDate;
  readonly holiday?: Bilingual;
}

export interface CalendarData {
  readonly source: string;
  readonly years: YearRange;
  /** Days off under a holiday arrangement. */
  readonly holidays: Iterable<CalendarDay>;
  /** Weekend days that are working days (调休上班). */
  readonly workdays: Iterable<CalendarDay>;
}

/** Builds a calendar from explicit holiday and make-up-working-day lists. */
export function calendarFromData(data: CalendarData): WorkingCalendar {
  const holidays = new Map<number, CalendarDay>();
  const workdays = new Map<number, CalendarDay>();
  for (const day of data.holidays) holidays.set(day.date, day);
  for (const day of data.workdays) {
    if (holidays.has(day.date)) {
      throw new RangeError(`${formatDate(day.date)} is listed both as a holiday and as a working day`);
    }
    workdays.set(day.date, day);
  }
  const years = data.years;
  if (!Number.isInteger(years.from) || !Number.isInteger(years.to) || years.from > years.to) {
    throw new RangeError(`invalid calendar coverage ${years.from}..${years.to}`);
  }

  const covers = (year: number): boolean => year >= years.from && year <= years.to;

  const describeDay = (date: CivilDate): DayInfo => {
    const year = yearOf(date);
    if (!covers(year)) throw new CalendarCoverageError(year, years, formatDate(date));
    const holiday = holidays.get(date);
    if (holiday) return withHoliday({ date, kind: 'statutory-holiday', working: false }, holiday.holiday);
    const workday = workdays.get(date);
    if (workday) return withHoliday({ date, kind: 'make-up-working-day', working: true }, workday.holiday);
    return isWeekend(date) ? { date, kind: 'weekend', working: false } : { date, kind: 'working-day', working: true };
  };

  return {
    source: data.source,
    covers,
    describeDay,
    isWorkingDay: (date) => describeDay(date).working,
    isStatutoryHoliday: (date) => describeDay(date).kind === 'statutory-holiday',
    coverage: () => years,
  };
}

function withHoliday(info: DayInfo, holiday: Bilingual | undefined): DayInfo {
  return holiday ? { ...info, holiday } : info;
}

/** Local changes on top of a calendar: extra days off and extra working days. */
export interface CalendarOverrides {
  /** Shown in explanations, e.g. "张掖市 2016 年补充安排". */
  readonly source?: string;
  /** Extra days off (treated as statutory holidays). */
  readonly holidays?: ReadonlyArray<CalendarDay | CivilDate>;
  /** Extra working days (e.g. a locally announced make-up day). */
  readonly workdays?: ReadonlyArray<CalendarDay | CivilDate>;
  /**
   * Years for which these overrides are the complete arrangement, extending
   * coverage; they must adjoin or overlap the base calendar's years.
   */
  readonly years?: YearRange;
}

function asCalendarDay(day: CalendarDay | CivilDate): CalendarDay {
  return typeof day === 'number' ? { date: day } : day;
}

/**
 * Layers overrides over a base calendar. An override wins over the base for
 * its date; every other date is answered by the base.
 */
export function withOverrides(base: WorkingCalendar, overrides: CalendarOverrides): WorkingCalendar {
  const holidays = new Map<number, CalendarDay>();
  const workdays = new Map<number, CalendarDay>();
  for (const d of overrides.holidays ?? []) {
    const day = asCalendarDay(d);
    holidays.set(day.date, day);
  }
  for (const d of overrides.workdays ?? []) {
    const day = asCalendarDay(d);
    if (holidays.has(day.date)) {
      throw new RangeError(`override ${formatDate(day.date)} is listed both as a holiday and as a working day`);
    }
    workdays.set(day.date, day);
  }

  const baseYears = base.coverage();
  const extra = overrides.years;
  if (extra && (extra.from > baseYears.to + 1 || extra.to < baseYears.from - 1)) {
    throw new RangeError(
      `override years ${extra.from}–${extra.to} do not adjoin the base calendar's ${baseYears.from}–${baseYears.to}`,
    );
  }
  const years: YearRange = extra
    ? { from: Math.min(extra.from, baseYears.from), to: Math.max(extra.to, baseYears.to) }
    : baseYears;
  const inExtra = (year: number): boolean => extra !== undefined && year >= extra.from && year <= extra.to;
  const covers = (year: number): boolean => base.covers(year) || inExtra(year);

  const describeDay = (date: CivilDate): DayInfo => {
    const year = yearOf(date);
    if (!covers(year)) throw new CalendarCoverageError(year, years, formatDate(date));
    const holiday = holidays.get(date);
    if (holiday) return withHoliday({ date, kind: 'statutory-holiday', working: false }, holiday.holiday);
    const workday = workdays.get(date);
    if (workday) {
      const kind: DayKind = isWeekend(date) ? 'make-up-working-day' : 'working-day';
      return withHoliday({ date, kind, working: true }, workday.holiday);
    }
    if (!base.covers(year)) {
      // A year supplied wholly by the overrides: no listed change means an ordinary day.
      return isWeekend(date) ? { date, kind: 'weekend', working: false } : { date, kind: 'working-day', working: true };
    }
    return base.describeDay(date);
  };

  return {
    source: overrides.source ? `${base.source} + ${overrides.source}` : base.source,
    covers,
    describeDay,
    isWorkingDay: (date) => describeDay(date).working,
    isStatutoryHoliday: (date) => describeDay(date).kind === 'statutory-holiday',
    coverage: () => years,
  };
}
