import { describe, expect, it } from 'vitest';
import { checkFrequency, checkRecurrence, formatDate, formatFrequency, mustParseDate, splitIntoPeriods } from '@zeren/time';

const d = mustParseDate;
const year2015 = { from: d('2015-01-01'), to: d('2015-12-31') };

describe('periods', () => {
  it('splits an interval into calendar periods, marking partial edges', () => {
    const q = splitIntoPeriods('quarter', d('2015-03-15'), d('2015-12-31'));
    expect(q.map((s) => s.period.label.zh)).toEqual(['2015年第一季度', '2015年第二季度', '2015年第三季度', '2015年第四季度']);
    expect(q.map((s) => s.complete)).toEqual([false, true, true, true]);
    expect(formatDate(q[0]!.from)).toBe('2015-03-15');
    const h = splitIntoPeriods('half-year', d('2015-01-01'), d('2016-12-31'));
    expect(h.map((s) => s.period.label.en)).toEqual(['2015 H1', '2015 H2', '2016 H1', '2016 H2']);
    expect(formatDate(h[0]!.period.end)).toBe('2015-06-30');
    const m = splitIntoPeriods('month', d('2016-02-01'), d('2016-02-29'));
    expect(m).toHaveLength(1);
    expect(m[0]!.complete).toBe(true);
  });
});

describe('frequency obligations', () => {
  it('每季度至少1次 with an empty third quarter', () => {
    const r = checkFrequency({
      rule: { per: 'quarter', min: 1 },
      window: year2015,
      events: [d('2015-02-10'), d('2015-05-05'), { date: d('2015-11-20') }],
    });
    expect(r.status).toBe('unmet');
    expect(r.periods.map((p) => [p.count, p.status, p.shortfall])).toEqual([
      [1, 'met', 0], [1, 'met', 0], [0, 'unmet', 1], [1, 'met', 0],
    ]);
    expect(r.periodsWithoutEvent.map((p) => p.label.zh)).toEqual(['2015年第三季度']);
    expect(r.periods[2]!.explanation.zh).toBe('2015年第三季度：0次，差 1次');
    expect(r.summary.zh).toBe('每季度至少1次：2015年第三季度 未达标');
  });

  it('每年2–3轮 with 4 rounds is too many', () => {
    const r = checkFrequency({
      rule: { per: 'year', min: 2, max: 3, unit: '轮' },
      window: year2015,
      events: ['2015-03-01', '2015-05-01', '2015-08-01', '2015-11-01'].map(d),
    });
    expect(r.status).toBe('unmet');
    expect(r.periods[0]).toMatchObject({ count: 4, status: 'unmet', excess: 1, shortfall: 0 });
    expect(r.periods[0]!.explanation.zh).toBe('2015年：4轮，超过上限 1轮');
    expect(formatFrequency(r.rule)).toEqual({ zh: '每年2–3轮', en: '2 to 3 per year' });
  });

  it('每年2–3轮 with 2 or 3 rounds is met (bounds inclusive)', () => {
    for (const n of [2, 3]) {
      const events = ['2015-03-01', '2015-05-01', '2015-08-01'].slice(0, n).map(d);
      expect(checkFrequency({ rule: { per: 'year', min: 2, max: 3 }, window: year2015, events }).status).toBe('met');
    }
  });

  it('每半年1次 reads as at least once; twice is fine', () => {
    const r = checkFrequency({ rule: { per: 'half-year', min: 1 }, window: year2015, events: ['2015-01-05', '2015-03-05', '2015-09-01'].map(d) });
    expect(r.status).toBe('met');
    expect(formatFrequency(r.rule).zh).toBe('每半年至少1次');
  });

  it('一届任期内至少1次: met, unmet, and undetermined while the term runs', () => {
    const term = { from: d('2011-09-01'), to: d('2016-08-31') };
    const rule = { per: 'term' as const, min: 1 };
    expect(checkFrequency({ rule, window: term, events: [d('2014-03-01')] }).status).toBe('met');
    const none = checkFrequency({ rule, window: term, events: [d('2010-05-01')] });
    expect(none).toMatchObject({ status: 'unmet' });
    expect(none.periods[0]!.shortfall).toBe(1);
    expect(none.ignoredEvents.map(formatDate)).toEqual(['2010-05-01']);
    // As of 2013 the term is unfinished: no event yet is undetermined, one event already meets it.
    expect(checkFrequency({ rule, window: term, events: [], asOf: d('2013-01-01') }).status).toBe('undetermined');
    expect(checkFrequency({ rule, window: term, events: [d('2012-06-01')], asOf: d('2013-01-01') }).status).toBe('met');
    expect(formatFrequency(rule).zh).toBe('一届任期内至少1次');
  });

  it('partial edge periods are judged only when already decided', () => {
    // The cadre took office on 2015-03-15: Q1 is only partly inside the window.
    const window = { from: d('2015-03-15'), to: d('2015-12-31') };
    const rule = { per: 'quarter' as const, min: 1 };
    const events = ['2015-05-05', '2015-08-05', '2015-11-05'].map(d);
    const r = checkFrequency({ rule, window, events });
    expect(r.periods[0]).toMatchObject({ complete: false, count: 0, status: 'undetermined' });
    expect(r.status).toBe('undetermined');
    expect(r.readings).toContain('partial-period-judged-only-when-decided');
    const withQ1 = checkFrequency({ rule, window, events: [d('2015-03-20'), ...events] });
    expect(withQ1.status).toBe('met');
  });

  it('as of mid-year: at-least is open, at-most already exceeded is unmet', () => {
    const asOf = d('2015-08-15');
    expect(checkFrequency({ rule: { per: 'year', min: 2 }, window: year2015, asOf, events: [d('2015-03-01')] }).status).toBe('undetermined');
    const tooMany = checkFrequency({ rule: { per: 'year', max: 1 }, window: year2015, asOf, events: [d('2015-03-01'), d('2015-04-01'), d('2015-09-01')] });
    expect(tooMany.periods[0]).toMatchObject({ count: 2, status: 'unmet', excess: 1 });
    expect(tooMany.ignoredEvents.map(formatDate)).toEqual(['2015-09-01']);
  });

  it('rejects malformed rules', () => {
    expect(() => checkFrequency({ rule: { per: 'year' }, window: year2015, events: [] })).toThrow(RangeError);
    expect(() => checkFrequency({ rule: { per: 'year', min: 3, max: 2 }, window: year2015, events: [] })).toThrow(RangeError);
  });
});

describe('每3至5年一遍', () => {
  const rule = { minYears: 3, maxYears: 5 };
  const from = d('2014-01-26');

  it('met when no gap exceeds 5 years (the corresponding day is still on time)', () => {
    // 2016-06-01 + 5 years = 2021-06-01, exactly on the limit.
    const r = checkRecurrence({ rule, from, asOf: d('2024-01-01'), events: [d('2016-06-01'), d('2021-06-01')] });
    expect(r.status).toBe('met');
    expect(formatDate(r.nextDue)).toBe('2026-06-01');
    expect(r.gaps.at(-1)!.status).toBe('open');
  });

  it('a gap one day over 5 years is late', () => {
    const r = checkRecurrence({ rule, from, asOf: d('2024-01-01'), events: [d('2016-06-01'), d('2021-06-02')] });
    expect(r.status).toBe('unmet');
    expect(r.gaps[1]).toMatchObject({ status: 'late', daysLate: 1 });
  });

  it('overdue when nothing happens within 5 years of the start', () => {
    // 2014-01-26 + 5 years = 2019-01-26; as of 2019-01-27 it is one day overdue.
    const r = checkRecurrence({ rule, from, asOf: d('2019-01-27'), events: [] });
    expect(r.status).toBe('unmet');
    expect(r.gaps[0]).toMatchObject({ status: 'overdue', daysLate: 1 });
  });

  it('a check sooner than 3 years after the last is a note, not a breach', () => {
    const r = checkRecurrence({ rule, from, asOf: d('2019-01-01'), events: [d('2016-06-01'), d('2018-01-01')] });
    expect(r.status).toBe('met');
    expect(r.notes).toHaveLength(1);
    expect(r.gaps[1]!.soonerThanCycle).toBe(true);
  });
});
