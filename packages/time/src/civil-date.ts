/**
 * Civil (calendar) dates as integer day numbers: days since 1970-01-01.
 *
 * Why integers: a deadline is a calendar day, not an instant. Representing it
 * as a plain day count makes arithmetic exact and makes the results
 * independent of the machine's time zone and locale — no `Date` object, local
 * or UTC, is ever involved. Conversions use proleptic Gregorian arithmetic.
 */

import { type Bilingual, type Result, err, ok } from './text.js';

declare const civilDateBrand: unique symbol;
/** A calendar day, as the number of days since 1970-01-01. */
export type CivilDate = number & { readonly [civilDateBrand]: true };

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface DateParseError extends Bilingual {
  readonly code: 'format' | 'month' | 'day';
  readonly input: string;
}

/** Years outside 1..9999 cannot be written as YYYY, so they are not dates here. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDateParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= MIN_YEAR && year <= MAX_YEAR &&
    month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month)
  );
}

// Counting from March makes the leap day the last day of the counting year,
// so month lengths follow a fixed 153-days-per-5-months pattern.
const DAYS_PER_400_YEARS = 146097;
const DAYS_FROM_0000_03_01_TO_1970_01_01 = 719468;

function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_FROM_0000_03_01_TO_1970_01_01;
}

function partsFromDayNumber(n: number): DateParts {
  const shifted = n + DAYS_FROM_0000_03_01_TO_1970_01_01;
  const era = Math.floor(shifted / DAYS_PER_400_YEARS);
  const dayOfEra = shifted - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

const FIRST_DAY = dayNumberFromParts(MIN_YEAR, 1, 1);
const LAST_DAY = dayNumberFromParts(MAX_YEAR, 12, 31);

/**
 * A date arithmetic result beyond 0001-01-01..9999-12-31 (huge facts or durations): a RangeError
 * with the message in both languages, so callers reporting it to users need no English text.
 */
export class CalendarRangeError extends RangeError implements Bilingual {
  constructor(readonly zh: string, readonly en: string) {
    super(en);
  }
}

/** Wraps a day number; throws CalendarRangeError outside 0001-01-01..9999-12-31. */
export function fromDayNumber(n: number): CivilDate {
  if (!Number.isInteger(n) || n < FIRST_DAY || n > LAST_DAY) {
    throw new CalendarRangeError('日期超出公元 0001-01-01 至 9999-12-31 的范围', `the date is outside 0001-01-01..9999-12-31 (day number ${n})`);
  }
  return n as CivilDate;
}

/** Day number of a `YYYY-MM-DD` text already known to be valid (validated input, literals). */
export function dayNumberOfIso(iso: string): CivilDate {
  return mustParseDate(iso);
}

/** `YYYY-MM-DD` of a day number; CalendarRangeError outside the calendar's years. */
export function isoOfDayNumber(n: number): string {
  return formatDate(fromDayNumber(n));
}

/** A date written `YYYY-MM-DD` that exists in the proleptic Gregorian calendar (years 0001–9999). */
export function isIsoDate(text: string): boolean {
  return parseDate(text).ok;
}

/** Builds a date from parts; throws RangeError for impossible dates (use parseDate for user input). */
export function dateFromParts(year: number, month: number, day: number): CivilDate {
  if (!isValidDateParts(year, month, day)) {
    throw new RangeError(`${year}-${month}-${day} is not a valid date`);
  }
  return dayNumberFromParts(year, month, day) as CivilDate;
}

export function toParts(date: CivilDate): DateParts {
  return partsFromDayNumber(date);
}

export function yearOf(date: CivilDate): number {
  return partsFromDayNumber(date).year;
}

export function monthOf(date: CivilDate): number {
  return partsFromDayNumber(date).month;
}

export function dayOf(date: CivilDate): number {
  return partsFromDayNumber(date).day;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; impossible dates and wrong formats are error values with zh/en messages. */
export function parseDate(input: string): Result<CivilDate, DateParseError> {
  const match = ISO_DATE.exec(input);
  if (!match) {
    return err({
      code: 'format',
      input,
      zh: `日期“${input}”格式错误，应为 YYYY-MM-DD（如 2015-09-16）`,
      en: `The date "${input}" is malformed; expected YYYY-MM-DD (e.g. 2015-09-16)`,
    });
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR) {
    return err({ code: 'format', input, zh: `日期 ${input} 不存在：没有公元 0 年`, en: `The date ${input} does not exist: there is no year 0` });
  }
  if (month < 1 || month > 12) {
    return err({
      code: 'month',
      input,
      zh: `日期 ${input} 不存在：月份应为 01–12`,
      en: `The date ${input} does not exist: the month must be 01–12`,
    });
  }
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return err({
      code: 'day',
      input,
      zh: `日期 ${input} 不存在：${year} 年 ${month} 月只有 ${length} 日`,
      en: `The date ${input} does not exist: ${MONTH_NAMES_EN[month - 1]} ${year} has ${length} days`,
    });
  }
  return ok(dayNumberFromParts(year, month, day) as CivilDate);
}

/** Parses a date that is known to be valid (literals in code and tests); throws otherwise. */
export function mustParseDate(input: string): CivilDate {
  const result = parseDate(input);
  if (!result.ok) throw new RangeError(result.error.en);
  return result.value;
}

const MONTH_NAMES_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatDate(date: CivilDate): string {
  const { year, month, day } = partsFromDayNumber(date);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Chinese written form: 2015年9月16日. */
export function formatDateZh(date: CivilDate): string {
  const { year, month, day } = partsFromDayNumber(date);
  return `${year}年${month}月${day}日`;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(date + days);
}

/** Signed number of days from `from` to `to` (to − from). */
export function diffDays(from: CivilDate, to: CivilDate): number {
  return to - from;
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a - b;
}

export function minDate(a: CivilDate, b: CivilDate): CivilDate {
  return a <= b ? a : b;
}

export function maxDate(a: CivilDate, b: CivilDate): CivilDate {
  return a >= b ? a : b;
}

/**
 * Adds calendar months the way 《民法典》第二百零二条 ends a month period: the
 * corresponding day of the target month, or that month's last day when it has
 * no such day (2015-12-31 + 2 months = 2016-02-29).
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const { year, month, day } = partsFromDayNumber(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) {
    throw new CalendarRangeError(
      `${formatDate(date)} 加 ${months} 个月超出公元 0001 至 9999 年的范围`,
      `${formatDate(date)} + ${months} months is outside the years 0001..9999`,
    );
  }
  return dateFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Adds years with the same corresponding-day rule (02-29 + 1 year = 02-28). */
export function addYears(date: CivilDate, years: number): CivilDate {
  return addMonths(date, years * 12);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOf(date: CivilDate): number {
  return ((((date + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(date: CivilDate): boolean {
  return weekdayOf(date) >= 6;
}

const WEEKDAY_ZH = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const WEEKDAY_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function weekdayName(date: CivilDate): Bilingual {
  const i = weekdayOf(date) - 1;
  return { zh: WEEKDAY_ZH[i]!, en: WEEKDAY_EN[i]! };
}

export function startOfMonth(date: CivilDate): CivilDate {
  const { year, month } = partsFromDayNumber(date);
  return dateFromParts(year, month, 1);
}

export function endOfMonth(date: CivilDate): CivilDate {
  const { year, month } = partsFromDayNumber(date);
  return dateFromParts(year, month, daysInMonth(year, month));
}

/** Last day of a given month (for "2014年4月底前"). */
export function monthEnd(year: number, month: number): CivilDate {
  return dateFromParts(year, month, daysInMonth(year, month));
}

/** Calendar quarter 1..4. */
export function quarterOf(date: CivilDate): 1 | 2 | 3 | 4 {
  return (Math.floor((monthOf(date) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** Half-year: 1 = January–June (上半年), 2 = July–December (下半年). */
export function halfYearOf(date: CivilDate): 1 | 2 {
  return monthOf(date) <= 6 ? 1 : 2;
}
