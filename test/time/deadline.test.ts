import { describe, expect, it } from 'vitest';
import {
  CalendarCoverageError, DeadlineInputError, READINGS, absoluteDeadline, annualDeadline, chainDeadlines, chineseDaysCalendar,
  computeDeadline, days, deadlineAfter, deadlineBefore, formatDate, formatDateTime, halfMonth, hours, monthEndDeadline,
  months, mustParseDate, mustParseDateTime, withOverrides, workingDays, years,
} from '@zeren/time';

const d = mustParseDate;
const cal = chineseDaysCalendar();

describe('periods after an event (民法典第二百零一–二百零三条)', () => {
  it('约谈 on 2015-09-16 + 15日 = 2015-10-08 (National Day week)', () => {
    // Start day not counted: 09-17 is day 1, 10-01 day 15; 10-01…10-07 is National Day, 10-08 (Thu) is the next working day.
    const r = deadlineAfter(d('2015-09-16'), days(15), cal);
    expect(formatDate(r.due)).toBe('2015-10-08');
    expect(formatDate(r.unextendedDue!)).toBe('2015-10-01');
    expect(r.steps.map((s) => s.zh)).toContain('期间最后一日 2015-10-01 为法定节假日（国庆节），顺延至 2015-10-08（民法典第二百零三条）');
    expect(r.steps.map((s) => s.en)).toContain('the last day 2015-10-01 is a statutory holiday (National Day); extended to 2015-10-08 (Civil Code art. 203)');
    expect(r.readings).toEqual(['start-day-not-counted', 'last-day-rest-day-extended']);
    expect(r.summary.zh).toBe('期限：2015-10-08（含）');
  });

  it('半个月 is 15 days: same result as 15日', () => {
    const r = deadlineAfter(d('2015-09-16'), halfMonth(), cal);
    expect(formatDate(r.due)).toBe('2015-10-08');
    expect(r.readings).toContain('half-month-is-15-days');
  });

  it('moves a last day on an ordinary weekend too (法定休假日 includes weekends)', () => {
    // 2015-09-11 (Fri) + 15 = 09-26 (Sat); 09-27 (Sun) is Mid-Autumn; 09-28 (Mon) is a working day.
    const r = deadlineAfter(d('2015-09-11'), days(15), cal);
    expect(formatDate(r.due)).toBe('2015-09-28');
    expect(r.steps.at(-1)!.en).toBe('the last day 2015-09-26 is a weekend rest day, followed by a statutory holiday (Mid-autumn Festival); extended to 2015-09-28 (Civil Code art. 203)');
    expect(r.steps.at(-1)!.zh).toBe('期间最后一日 2015-09-26 为休息日（周末），其后为法定节假日（中秋），顺延至 2015-09-28（民法典第二百零三条）');
  });

  it('can be told not to extend', () => {
    const r = deadlineAfter(d('2015-09-16'), days(15), cal, { extendOverRestDays: false });
    expect(formatDate(r.due)).toBe('2015-10-01');
  });

  it('10个工作日 after 2015-09-30 = 2015-10-20 (Saturday 10-10 is a make-up working day)', () => {
    const r = deadlineAfter(d('2015-09-30'), workingDays(10), cal);
    expect(formatDate(r.due)).toBe('2015-10-20');
    expect(r.steps.at(-1)!.zh).toContain('含调休上班日 2015-10-10');
  });

  it('2个月 after 2015-12-31 = 2016-02-29 (no 31st in February; leap year)', () => {
    // 2016-02-29 is a Monday and a working day, so no extension.
    const r = deadlineAfter(d('2015-12-31'), months(2), cal);
    expect(formatDate(r.due)).toBe('2016-02-29');
    expect(r.steps.some((s) => s.reading === 'month-year-corresponding-day' && s.zh.includes('以月末日 2016-02-29'))).toBe(true);
  });

  it('1个月 after 2016-01-31 = 2016-02-29; 3个月 after 2015-09-16 = 2015-12-16', () => {
    expect(formatDate(deadlineAfter(d('2016-01-31'), months(1), cal).due)).toBe('2016-02-29');
    // 2015-12-16 is a Wednesday.
    expect(formatDate(deadlineAfter(d('2015-09-16'), months(3), cal).due)).toBe('2015-12-16');
  });

  it('1年 after 2015-02-28 ends on the corresponding day 2016-02-28, a Sunday, so it moves to 2016-02-29', () => {
    // Corresponding day of 02-28 is 02-28; 2016-02-28 is a Sunday, so it moves to Monday 02-29.
    const r = deadlineAfter(d('2015-02-28'), years(1), cal);
    expect(formatDate(r.due)).toBe('2016-02-29');
  });

  describe('across the 2016 Spring Festival (02-07…02-13 off; Sat 02-06 and Sun 02-14 worked)', () => {
    it('5个工作日 after Friday 2016-02-05 = 2016-02-17', () => {
      // 02-06 Sat make-up (1), 02-07…13 off, 02-14 Sun make-up (2), 02-15 (3), 02-16 (4), 02-17 (5).
      expect(formatDate(deadlineAfter(d('2016-02-05'), workingDays(5), cal).due)).toBe('2016-02-17');
    });
    it('7日 after 2016-01-31 ends on 02-07, a holiday, so it moves to Sunday 02-14 (a make-up working day)', () => {
      const r = deadlineAfter(d('2016-01-31'), days(7), cal);
      expect(formatDate(r.due)).toBe('2016-02-14');
      expect(r.steps.at(-1)!.zh).toBe('期间最后一日 2016-02-07 为法定节假日（春节），顺延至 2016-02-14（民法典第二百零三条）');
    });
    it('7日 after 2016-01-30 ends on Saturday 02-06, a make-up working day: no extension', () => {
      expect(formatDate(deadlineAfter(d('2016-01-30'), days(7), cal).due)).toBe('2016-02-06');
    });
    it('30日 after 2016-01-13 ends on 02-12 and moves to 02-14', () => {
      // January has 31 days: 01-13 + 18 = 01-31, + 12 more = 02-12 (a holiday).
      expect(formatDate(deadlineAfter(d('2016-01-13'), days(30), cal).due)).toBe('2016-02-14');
    });
  });

  describe('hour periods run from the event time and are not extended', () => {
    it('48小时 across midnight in Beijing time', () => {
      const r = deadlineAfter(mustParseDateTime('2015-09-30T23:00'), hours(48), cal);
      expect(formatDateTime(r.dueAt!)).toBe('2015-10-02T23:00+08:00');
      expect(formatDate(r.due)).toBe('2015-10-02'); // inside the National Day week, yet not extended
      expect(r.readings).toEqual(['hour-period-from-event-time']);
    });
    it('48小时 from an event written with an explicit offset', () => {
      const r = deadlineAfter(mustParseDateTime('2015-09-16T20:00Z'), hours(48), cal);
      expect(formatDateTime(r.dueAt!)).toBe('2015-09-18T20:00Z');
      expect(formatDate(r.due)).toBe('2015-09-19'); // 04:00 on 09-19 in Beijing
    });
    it('refuses an hour period from a bare date', () => {
      expect(() => deadlineAfter(d('2015-09-16'), hours(48), cal)).toThrow(DeadlineInputError);
    });
  });

  it('counts day periods from the Beijing date of an instant', () => {
    // 2015-09-15T17:00Z is 01:00 on 09-16 in Beijing, so this is the 约谈 case again.
    const r = deadlineAfter(mustParseDateTime('2015-09-15T17:00Z'), days(15), cal);
    expect(formatDate(r.due)).toBe('2015-10-08');
    expect(r.readings[0]).toBe('beijing-time');
  });

  it('raises CalendarCoverageError for a period ending in an uncovered year', () => {
    expect(() => deadlineAfter(d('2035-03-01'), days(15), cal)).toThrow(CalendarCoverageError);
    expect(() => deadlineAfter(d('2026-12-20'), days(15), cal)).toThrow('工作日历未覆盖 2027 年');
  });

  it('uses local overrides', () => {
    const local = withOverrides(cal, { holidays: [d('2015-09-28')] });
    // 09-26 Sat, 09-27 Mid-Autumn, 09-28 local holiday → 09-29.
    expect(formatDate(deadlineAfter(d('2015-09-11'), days(15), local).due)).toBe('2015-09-29');
  });
});

describe('before an event', () => {
  it('拟外出3日前: outing on 2015-09-20 → report on or before 2015-09-17', () => {
    const r = deadlineBefore(d('2015-09-20'), days(3));
    expect(formatDate(r.due)).toBe('2015-09-17');
    expect(r.readings).toEqual(['days-before-event']);
  });
  it('works with working days, months and hours', () => {
    // 2 working days before Thursday 2015-10-08: 09-30 (1), 09-29 (2).
    expect(formatDate(deadlineBefore(d('2015-10-08'), workingDays(2), cal).due)).toBe('2015-09-29');
    expect(formatDate(deadlineBefore(d('2016-03-31'), months(1)).due)).toBe('2016-02-29');
    expect(formatDateTime(deadlineBefore(mustParseDateTime('2015-09-20T08:00'), hours(24)).dueAt!)).toBe('2015-09-19T08:00+08:00');
    expect(() => deadlineBefore(d('2015-10-08'), workingDays(2))).toThrow(DeadlineInputError);
  });
});

describe('fixed dates', () => {
  it('每年1月31日前 is inclusive by default, not extended, and can be made exclusive or extended', () => {
    // 2016-01-31 is a Sunday; 2016-02-01 is a Monday working day.
    expect(formatDate(annualDeadline(2016, 1, 31).due)).toBe('2016-01-31');
    expect(formatDate(annualDeadline(2016, 1, 31, { inclusive: false }).due)).toBe('2016-01-30');
    expect(formatDate(annualDeadline(2016, 1, 31, { extendOverRestDays: true, calendar: cal }).due)).toBe('2016-02-01');
    expect(annualDeadline(2016, 1, 31).readings).toEqual(['qian-inclusive', 'fixed-date-not-extended']);
  });
  it('12月10日以前 and 每年6月底前', () => {
    expect(formatDate(annualDeadline(2015, 12, 10).due)).toBe('2015-12-10');
    expect(formatDate(annualDeadline(2016, 2, 'end').due)).toBe('2016-02-29');
    expect(() => annualDeadline(2015, 2, 29)).toThrow(DeadlineInputError);
  });
  it('2014年6月30日前 and 2014年4月底前', () => {
    expect(formatDate(absoluteDeadline(d('2014-06-30')).due)).toBe('2014-06-30');
    const r = monthEndDeadline(2014, 4);
    expect(formatDate(r.due)).toBe('2014-04-30');
    expect(r.readings).toContain('month-end');
  });
  it('dispatches from a data spec', () => {
    expect(formatDate(computeDeadline({ kind: 'after', duration: days(15) }, { event: d('2015-09-16'), calendar: cal }).due)).toBe('2015-10-08');
    expect(formatDate(computeDeadline({ kind: 'annual', month: 1, day: 31 }, { year: 2015, calendar: cal }).due)).toBe('2015-01-31');
    expect(formatDate(computeDeadline({ kind: 'month-end', year: 2014, month: 4 }, { calendar: cal }).due)).toBe('2014-04-30');
    expect(() => computeDeadline({ kind: 'annual', month: 1, day: 31 }, { calendar: cal })).toThrow(DeadlineInputError);
  });
});

describe('chained deadlines', () => {
  it('runs each step from the previous actual date, or its due date', () => {
    const chain = chainDeadlines(d('2015-09-16'), [
      { duration: days(15), actual: d('2015-09-30') },
      { duration: workingDays(10) },
      { duration: days(5) },
    ], cal);
    expect(formatDate(chain[0]!.deadline.due)).toBe('2015-10-08');
    // From the actual 09-30: the 10th working day is 10-20 (see above).
    expect(chain[1]!.startsFrom).toBe('previous-actual');
    expect(formatDate(chain[1]!.deadline.due)).toBe('2015-10-20');
    // No actual: from the due 10-20 + 5 = 10-25 (Sunday) → Monday 10-26.
    expect(chain[2]!.startsFrom).toBe('previous-due');
    expect(formatDate(chain[2]!.deadline.due)).toBe('2015-10-26');
    expect(chain[2]!.deadline.readings[0]).toBe('chain-from-actual-or-due');
  });
});

describe('explanations', () => {
  it('cite only readings that exist', () => {
    const ids = new Set(READINGS.map((r) => r.id));
    const results = [
      deadlineAfter(d('2015-09-16'), days(15), cal),
      deadlineAfter(d('2015-12-31'), months(2), cal),
      deadlineAfter(d('2015-09-30'), workingDays(10), cal),
      deadlineBefore(d('2015-09-20'), days(3)),
      annualDeadline(2016, 1, 31),
    ];
    for (const r of results) for (const id of r.readings) expect(ids.has(id)).toBe(true);
  });
});
