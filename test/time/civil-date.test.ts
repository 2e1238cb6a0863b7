import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, addYears, dayOf, endOfMonth, formatDate, formatDateZh, halfYearOf, monthOf, mustParseDate,
  parseDate, quarterOf, weekdayOf, yearOf,
} from '@zeren/time';

const d = mustParseDate;

describe('parseDate / formatDate', () => {
  it('round-trips a valid date and exposes its parts', () => {
    const date = d('2015-09-16');
    expect(formatDate(date)).toBe('2015-09-16');
    expect([yearOf(date), monthOf(date), dayOf(date)]).toEqual([2015, 9, 16]);
    expect(formatDateZh(date)).toBe('2015年9月16日');
  });

  it('uses day numbers counted from 1970-01-01', () => {
    expect(d('1970-01-01') as number).toBe(0);
    expect(d('1970-01-02') as number).toBe(1);
    expect(d('1969-12-31') as number).toBe(-1);
    // 2000-01-01 is 30 years later: 30*365 + 7 leap days (72,76,80,84,88,92,96) = 10957
    expect(d('2000-01-01') as number).toBe(10957);
  });

  it('rejects the impossible date 2015-02-29 with a bilingual message', () => {
    const result = parseDate('2015-02-29');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('day');
    expect(result.error.zh).toBe('日期 2015-02-29 不存在：2015 年 2 月只有 28 日');
    expect(result.error.en).toBe('The date 2015-02-29 does not exist: February 2015 has 28 days');
  });

  it('accepts 2016-02-29 (2016 is a leap year) and 2000-02-29, rejects 1900-02-29', () => {
    expect(parseDate('2016-02-29').ok).toBe(true);
    expect(parseDate('2000-02-29').ok).toBe(true);
    expect(parseDate('1900-02-29').ok).toBe(false);
  });

  it('rejects wrong formats and out-of-range months and days', () => {
    for (const bad of ['2015-9-16', '2015/09/16', '15-09-16', '2015-09-16T00:00', '', ' 2015-09-16', '0000-01-01']) {
      const r = parseDate(bad);
      expect(r.ok, bad).toBe(false);
    }
    const month = parseDate('2015-13-01');
    expect(!month.ok && month.error.code).toBe('month');
    const day = parseDate('2015-04-31');
    expect(!day.ok && day.error.en).toContain('April 2015 has 30 days');
    const zero = parseDate('2015-04-00');
    expect(!zero.ok && zero.error.code).toBe('day');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month and year ends', () => {
    expect(formatDate(addDays(d('2015-09-16'), 15))).toBe('2015-10-01');
    expect(formatDate(addDays(d('2015-12-31'), 1))).toBe('2016-01-01');
    expect(formatDate(addDays(d('2016-03-01'), -1))).toBe('2016-02-29');
  });

  it('adds months per 民法典第二百零二条: corresponding day or the month end', () => {
    // December 31 + 2 months: February 2016 has no 31st, its last day is the 29th (leap year).
    expect(formatDate(addMonths(d('2015-12-31'), 2))).toBe('2016-02-29');
    expect(formatDate(addMonths(d('2016-01-31'), 1))).toBe('2016-02-29');
    expect(formatDate(addMonths(d('2015-01-31'), 1))).toBe('2015-02-28');
    expect(formatDate(addMonths(d('2015-07-31'), 2))).toBe('2015-09-30');
    expect(formatDate(addMonths(d('2015-09-16'), 3))).toBe('2015-12-16');
    expect(formatDate(addMonths(d('2015-11-30'), 3))).toBe('2016-02-29');
    expect(formatDate(addMonths(d('2016-03-31'), -1))).toBe('2016-02-29');
    expect(formatDate(addYears(d('2016-02-29'), 1))).toBe('2017-02-28');
    expect(formatDate(addYears(d('2016-02-29'), 4))).toBe('2020-02-29');
  });

  it('throws RangeError (a programming error) when arithmetic leaves 0001..9999', () => {
    expect(() => addMonths(d('9999-12-01'), 1)).toThrow(RangeError);
    expect(() => addDays(d('0001-01-01'), -1)).toThrow(RangeError);
  });

  it('knows weekdays (2015-10-01 was a Thursday, 2016-02-14 a Sunday)', () => {
    expect(weekdayOf(d('2015-10-01'))).toBe(4);
    expect(weekdayOf(d('2016-02-14'))).toBe(7);
    expect(weekdayOf(d('1970-01-01'))).toBe(4);
    expect(weekdayOf(d('1969-12-29'))).toBe(1);
  });

  it('finds month ends, quarters and half-years', () => {
    expect(formatDate(endOfMonth(d('2014-04-10')))).toBe('2014-04-30');
    expect(formatDate(endOfMonth(d('2016-02-01')))).toBe('2016-02-29');
    expect(quarterOf(d('2015-03-31'))).toBe(1);
    expect(quarterOf(d('2015-04-01'))).toBe(2);
    expect(quarterOf(d('2015-12-31'))).toBe(4);
    expect(halfYearOf(d('2015-06-30'))).toBe(1);
    expect(halfYearOf(d('2015-07-01'))).toBe(2);
  });
});
