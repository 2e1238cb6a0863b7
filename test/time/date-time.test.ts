import { describe, expect, it } from 'vitest';
import { addHours, civilDateOf, compareDateTimes, formatDate, formatDateTime, mustParseDateTime, parseDateTime, withOffset } from '@zeren/time';

describe('date-times with explicit offsets', () => {
  it('reads a time without offset as Beijing time (+08:00)', () => {
    const dt = mustParseDateTime('2015-09-16T09:30');
    expect(dt.offsetMinutes).toBe(480);
    expect(formatDateTime(dt)).toBe('2015-09-16T09:30+08:00');
    // 09:30 in Beijing is 01:30 UTC
    expect(formatDateTime(withOffset(dt, 0))).toBe('2015-09-16T01:30Z');
  });

  it('accepts Z, explicit offsets, seconds and a space separator', () => {
    expect(formatDateTime(mustParseDateTime('2015-09-16T01:30Z'))).toBe('2015-09-16T01:30Z');
    expect(formatDateTime(mustParseDateTime('2015-09-16 09:30:15-05:00'))).toBe('2015-09-16T09:30:15-05:00');
    expect(compareDateTimes(mustParseDateTime('2015-09-16T09:30'), mustParseDateTime('2015-09-16T01:30Z'))).toBe(0);
  });

  it('adds 48 hours across midnight', () => {
    const due = addHours(mustParseDateTime('2015-09-16T23:30'), 48);
    expect(formatDateTime(due)).toBe('2015-09-18T23:30+08:00');
  });

  it('gives the civil date in Beijing time, not in the offset written', () => {
    // 20:00 UTC is 04:00 the next morning in Beijing.
    const dt = mustParseDateTime('2015-09-18T20:00Z');
    expect(formatDate(civilDateOf(dt))).toBe('2015-09-19');
    expect(formatDate(civilDateOf(dt, 0))).toBe('2015-09-18');
    expect(formatDate(civilDateOf(mustParseDateTime('1969-12-31T23:59Z'), 0))).toBe('1969-12-31');
  });

  it('rejects impossible times and dates with messages', () => {
    const hour = parseDateTime('2015-09-16T24:00');
    expect(!hour.ok && hour.error.code).toBe('time');
    const date = parseDateTime('2015-02-29T09:00');
    expect(!date.ok && date.error.zh).toContain('2015 年 2 月只有 28 日');
    const offset = parseDateTime('2015-09-16T09:00+15:00');
    expect(!offset.ok && offset.error.code).toBe('offset');
    const format = parseDateTime('2015-09-16');
    expect(!format.ok && format.error.code).toBe('format');
  });
});
