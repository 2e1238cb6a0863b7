import { describe, expect, it } from 'vitest';
import {
  CalendarCoverageError, addWorkingDays, chineseDaysCalendar, countWorkingDays, formatDate, mustParseDate,
  parseCalendarOverrides, withOverrides,
} from '@zeren/time';

const d = mustParseDate;
const cal = chineseDaysCalendar();

describe('chinese-days calendar', () => {
  it('covers 2004–2026, the years its data file holds', () => {
    expect(cal.coverage()).toEqual({ from: 2004, to: 2026 });
    expect(cal.covers(2004)).toBe(true);
    expect(cal.covers(2026)).toBe(true);
    expect(cal.covers(2003)).toBe(false);
    expect(cal.covers(2027)).toBe(false);
  });

  it('classifies the 2015 National Day week and its make-up Saturday', () => {
    // 国务院办公厅 2015 arrangement: 10-01…10-07 off, Saturday 10-10 worked.
    expect(cal.describeDay(d('2015-10-01'))).toMatchObject({ kind: 'statutory-holiday', working: false, holiday: { zh: '国庆节' } });
    expect(cal.isStatutoryHoliday(d('2015-10-07'))).toBe(true);
    expect(cal.isWorkingDay(d('2015-10-08'))).toBe(true);
    expect(cal.describeDay(d('2015-10-10')).kind).toBe('make-up-working-day');
    expect(cal.isWorkingDay(d('2015-10-10'))).toBe(true);
    // An ordinary weekend is a rest day but not a statutory holiday.
    expect(cal.describeDay(d('2015-10-11')).kind).toBe('weekend');
    expect(cal.isStatutoryHoliday(d('2015-10-11'))).toBe(false);
  });

  it('classifies the 2016 Spring Festival (02-07…02-13 off, 02-06 and 02-14 worked)', () => {
    for (let day = 7; day <= 13; day++) {
      expect(cal.isStatutoryHoliday(d(`2016-02-${String(day).padStart(2, '0')}`))).toBe(true);
    }
    expect(cal.describeDay(d('2016-02-06')).kind).toBe('make-up-working-day');
    expect(cal.describeDay(d('2016-02-14')).kind).toBe('make-up-working-day');
  });

  it('counts working days: 10 after 2015-09-30 is 2015-10-20', () => {
    // 10-01…07 off; then 10-08(1) 10-09(2) Sat 10-10 make-up(3) 10-12…16(4–8) 10-19(9) 10-20(10).
    expect(formatDate(addWorkingDays(cal, d('2015-09-30'), 10))).toBe('2015-10-20');
    expect(countWorkingDays(cal, d('2015-09-30'), d('2015-10-20'))).toBe(10);
    expect(countWorkingDays(cal, d('2015-10-20'), d('2015-09-30'))).toBe(-10);
    // Backwards: the 2nd working day before 2015-10-08 is 2015-09-29 (09-30 is the 1st).
    expect(formatDate(addWorkingDays(cal, d('2015-10-08'), -2))).toBe('2015-09-29');
  });

  it('throws CalendarCoverageError with zh and en messages for an uncovered year', () => {
    let caught: unknown;
    try {
      cal.isWorkingDay(d('2035-01-02'));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CalendarCoverageError);
    const error = caught as CalendarCoverageError;
    expect(error.zh).toBe('工作日历未覆盖 2035 年（覆盖 2004–2026 年）');
    expect(error.en).toBe('The working-day calendar does not cover 2035 (covers 2004–2026)');
    expect(error.year).toBe(2035);
    expect(error.message).toContain(error.zh);
    expect(() => cal.isStatutoryHoliday(d('2003-12-31'))).toThrow(CalendarCoverageError);
    // Counting that runs off the end of the data also fails rather than guessing.
    expect(() => addWorkingDays(cal, d('2026-12-30'), 5)).toThrow(CalendarCoverageError);
  });
});

describe('local overrides', () => {
  it('adds a local holiday and a local working day over the national calendar', () => {
    const local = withOverrides(cal, {
      source: '测试补充安排',
      holidays: [{ date: d('2015-09-28'), holiday: { zh: '地方假日', en: 'local holiday' } }],
      workdays: [d('2015-10-11')],
    });
    expect(local.isWorkingDay(d('2015-09-28'))).toBe(false);
    expect(local.describeDay(d('2015-09-28')).holiday?.zh).toBe('地方假日');
    expect(local.isWorkingDay(d('2015-10-11'))).toBe(true);
    expect(local.isWorkingDay(d('2015-10-12'))).toBe(true); // untouched days answer from the base
    expect(local.source).toBe('chinese-days 1.5.7 + 测试补充安排');
  });

  it('can extend coverage by a whole adjoining year of data', () => {
    const local = withOverrides(cal, { years: { from: 2027, to: 2027 }, holidays: [d('2027-01-01')] });
    expect(local.coverage()).toEqual({ from: 2004, to: 2027 });
    expect(local.isWorkingDay(d('2027-01-01'))).toBe(false); // Friday, listed holiday
    expect(local.isWorkingDay(d('2027-01-04'))).toBe(true); // Monday
    expect(local.isWorkingDay(d('2027-01-02'))).toBe(false); // Saturday
    expect(() => local.isWorkingDay(d('2028-01-03'))).toThrow('工作日历未覆盖 2028 年（覆盖 2004–2027 年）');
    expect(() => withOverrides(cal, { years: { from: 2030, to: 2030 } })).toThrow(RangeError);
  });

  it('reads overrides from JSON and names the bad field', () => {
    const good = parseCalendarOverrides({ source: 'x', holidays: ['2015-09-28', { date: '2015-09-29', name: '假日' }], workdays: [] });
    expect(good.ok).toBe(true);
    const bad = parseCalendarOverrides({ holidays: ['2015-09-28', { date: '2015-02-29' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.path).toBe('holidays[1].date');
      expect(bad.error.en).toContain('February 2015 has 28 days');
    }
    const unknown = parseCalendarOverrides({ holiday: [] });
    expect(!unknown.ok && unknown.error.path).toBe('holiday');
    const clash = parseCalendarOverrides({ holidays: ['2015-09-28'], workdays: ['2015-09-28'] });
    expect(clash.ok).toBe(false);
  });
});
