import { describe, expect, it } from 'vitest';
import {
  DeadlineInputError, checkDeadline, chineseDaysCalendar, days, deadlineAfter, deadlineBefore, hours, mustParseDate, mustParseDateTime,
} from '@zeren/time';

const d = mustParseDate;
const cal = chineseDaysCalendar();

describe('checking a deadline', () => {
  const due = deadlineAfter(d('2015-09-16'), days(15), cal); // 2015-10-08

  it('on time on the due date itself (the last day ends at 24:00)', () => {
    const c = checkDeadline(due, { actual: d('2015-10-08') });
    expect(c.status).toBe('on-time');
    expect(c.readings).toEqual(['period-ends-at-midnight']);
  });

  it('late by calendar days and working days', () => {
    // After 10-08: 10-09 (Fri, working), 10-10 (Sat, make-up working), 10-11 (Sun), 10-12 (Mon) → 4 days, 3 working days.
    const c = checkDeadline(due, { actual: d('2015-10-12'), calendar: cal });
    expect(c).toMatchObject({ status: 'late', daysLate: 4, workingDaysLate: 3 });
    expect(c.summary.zh).toBe('2015-10-12 完成，超过期限 2015-10-08 4 日（3 个工作日）');
  });

  it('late across the holiday: due 2015-09-30, done 2015-10-09 → 9 days, 2 working days', () => {
    const c = checkDeadline(d('2015-09-30'), { actual: d('2015-10-09'), calendar: cal });
    expect(c).toMatchObject({ status: 'late', daysLate: 9, workingDaysLate: 2 });
  });

  it('open and overdue as of a date', () => {
    expect(checkDeadline(due, { asOf: d('2015-10-01') })).toMatchObject({ status: 'open', daysRemaining: 7 });
    expect(checkDeadline(due, { asOf: d('2015-10-08') })).toMatchObject({ status: 'open', daysRemaining: 0 });
    // 10-09, 10-10 (make-up), 10-12 are working days after 10-08 up to 10-12.
    expect(checkDeadline(due, { asOf: d('2015-10-12'), calendar: cal })).toMatchObject({ status: 'overdue', daysLate: 4, workingDaysLate: 3 });
    expect(() => checkDeadline(due, {})).toThrow(DeadlineInputError);
  });

  it('3日前 boundary: exactly 3 days before is on time, 2 days before is late', () => {
    const report = deadlineBefore(d('2015-09-20'), days(3)); // on or before 09-17
    expect(checkDeadline(report, { actual: d('2015-09-17') }).status).toBe('on-time');
    expect(checkDeadline(report, { actual: d('2015-09-18') })).toMatchObject({ status: 'late', daysLate: 1 });
  });

  it('hour deadlines compare instants, across offsets', () => {
    const r = deadlineAfter(mustParseDateTime('2015-09-16T20:00Z'), hours(48), cal); // 2015-09-18T20:00Z = 09-19 04:00 Beijing
    expect(checkDeadline(r, { actual: mustParseDateTime('2015-09-19T04:00') }).status).toBe('on-time');
    const late = checkDeadline(r, { actual: mustParseDateTime('2015-09-19T06:30') });
    expect(late).toMatchObject({ status: 'late', secondsLate: 9000 });
    expect(late.summary.zh).toContain('2 小时 30 分');
    // A bare date on the due day cannot be decided; the day before is on time.
    expect(checkDeadline(r, { actual: d('2015-09-19') }).status).toBe('undetermined');
    expect(checkDeadline(r, { actual: d('2015-09-18') }).status).toBe('on-time');
    expect(checkDeadline(r, { asOf: mustParseDateTime('2015-09-19T03:00') }).status).toBe('open');
    expect(checkDeadline(r, { asOf: mustParseDateTime('2015-09-19T05:00') })).toMatchObject({ status: 'overdue', secondsLate: 3600 });
  });
});
