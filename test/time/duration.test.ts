import { describe, expect, it } from 'vitest';
import { days, formatDuration, halfMonth, hours, months, parseDurationZh, workingDays, years } from '@zeren/time';

describe('durations', () => {
  it('renders in Chinese and English', () => {
    expect(formatDuration(days(15))).toEqual({ zh: '15日', en: '15 days' });
    expect(formatDuration(workingDays(10))).toEqual({ zh: '10个工作日', en: '10 working days' });
    expect(formatDuration(months(2))).toEqual({ zh: '2个月', en: '2 months' });
    expect(formatDuration(hours(48))).toEqual({ zh: '48小时', en: '48 hours' });
    expect(formatDuration(halfMonth())).toEqual({ zh: '半个月', en: 'half a month' });
    expect(formatDuration(years(1))).toEqual({ zh: '1年', en: '1 year' });
  });

  it('parses the forms found in the corpus', () => {
    const cases: Array<[string, string, number]> = [
      ['15日内', 'day', 15], ['30日', 'day', 30], ['7天内', 'day', 7], ['10个工作日内', 'working-day', 10],
      ['5个工作日', 'working-day', 5], ['3个月内', 'month', 3], ['一个月内', 'month', 1], ['48小时内', 'hour', 48],
      ['半个月内', 'half-month', 1], ['三年', 'year', 3], ['两年内', 'year', 2], ['十五日', 'day', 15], ['二十日', 'day', 20],
      ['一百二十日', 'day', 120],
    ];
    for (const [text, unit, amount] of cases) {
      const r = parseDurationZh(text);
      expect(r.ok && r.value, text).toEqual({ unit, amount });
    }
    const bad = parseDurationZh('十五周');
    expect(!bad.ok && bad.error.zh).toContain('无法识别期限');
  });

  it('rejects negative or fractional amounts', () => {
    expect(() => days(-1)).toThrow(RangeError);
    expect(() => months(1.5)).toThrow(RangeError);
  });
});
