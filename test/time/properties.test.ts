import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  type CivilDate, addDays, addMonths, addWorkingDays, chineseDaysCalendar, countWorkingDays, dateFromParts, days, daysInMonth,
  deadlineAfter, diffDays, formatDate, fromDayNumber, isValidDateParts, parseDate, parseDateTime, parseDurationZh, toParts, weekdayOf,
} from '@zeren/time';

const FIRST = dateFromParts(1, 1, 1) as number;
const LAST = dateFromParts(9999, 12, 31) as number;
const anyDate = fc.integer({ min: FIRST, max: LAST }).map((n) => fromDayNumber(n));
const modernDate = fc.integer({ min: dateFromParts(1000, 1, 1), max: LAST }).map((n) => fromDayNumber(n));
const MS_PER_DAY = 86_400_000;

describe('civil-date properties', () => {
  it('format → parse round-trips every date', () => {
    fc.assert(fc.property(anyDate, (date) => {
      const parsed = parseDate(formatDate(date));
      return parsed.ok && parsed.value === date;
    }));
  });

  it('addDays and diffDays are inverse', () => {
    fc.assert(fc.property(
      fc.integer({ min: FIRST + 100_000, max: LAST - 100_000 }), fc.integer({ min: -100_000, max: 100_000 }),
      (n, k) => {
        const date = fromDayNumber(n);
        return diffDays(date, addDays(date, k)) === k && addDays(addDays(date, k), -k) === date;
      },
    ));
  });

  it('agrees with an independent oracle (Date.UTC, UTC accessors only) on parts and weekdays', () => {
    fc.assert(fc.property(modernDate, (date) => {
      const utc = new Date(date * MS_PER_DAY);
      const parts = toParts(date);
      const isoWeekday = ((utc.getUTCDay() + 6) % 7) + 1;
      return parts.year === utc.getUTCFullYear() && parts.month === utc.getUTCMonth() + 1 && parts.day === utc.getUTCDate()
        && weekdayOf(date) === isoWeekday
        && Date.UTC(parts.year, parts.month - 1, parts.day) === date * MS_PER_DAY;
    }));
  });

  it('addMonths never yields an invalid date and keeps the day or clamps to the month end', () => {
    fc.assert(fc.property(
      fc.integer({ min: dateFromParts(201, 1, 1), max: dateFromParts(9799, 12, 31) }), fc.integer({ min: -2400, max: 2400 }),
      (n, k) => {
        const date = fromDayNumber(n);
        const before = toParts(date);
        const after = toParts(addMonths(date, k));
        const monthsMoved = (after.year - before.year) * 12 + (after.month - before.month);
        return isValidDateParts(after.year, after.month, after.day)
          && monthsMoved === k
          && after.day === Math.min(before.day, daysInMonth(after.year, after.month));
      },
    ));
  });

  it('parsers never throw on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      parseDate(s);
      parseDateTime(s);
      parseDurationZh(s);
      return true;
    }));
    fc.assert(fc.property(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })),
      ([y, m, d]) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        return parseDate(text).ok === isValidDateParts(y, m, d);
      },
    ));
  });
});

describe('working-day properties (2004–2025 data)', () => {
  const cal = chineseDaysCalendar();
  const coveredDate = fc.integer({ min: dateFromParts(2004, 1, 1), max: dateFromParts(2025, 12, 31) }).map((n) => fromDayNumber(n));

  it('the n-th working day after a date is a working day, and exactly n working days lie in between', () => {
    fc.assert(fc.property(coveredDate, fc.integer({ min: 0, max: 60 }), (date, n) => {
      const end = addWorkingDays(cal, date, n);
      return (n === 0 || cal.isWorkingDay(end)) && countWorkingDays(cal, date, end) === n;
    }));
  });

  it('a day-period deadline ends on a working day, only ever moved across rest days', () => {
    fc.assert(fc.property(coveredDate, fc.integer({ min: 1, max: 60 }), (date, n) => {
      const { due } = deadlineAfter(date, days(n), cal);
      const last = addDays(date, n);
      if (!cal.isWorkingDay(due) || due < last) return false;
      for (let x = last; x < due; x++) if (cal.isWorkingDay(x as CivilDate)) return false;
      return true;
    }));
  });
});
