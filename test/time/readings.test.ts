import { describe, expect, it } from 'vitest';
import { READINGS, readingById } from '@zeren/time';

describe('READINGS', () => {
  it('has unique ids, both languages and a source for each reading', () => {
    const ids = READINGS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of READINGS) {
      expect(r.zh.length).toBeGreaterThan(5);
      expect(r.en.length).toBeGreaterThan(5);
      expect(r.source.length).toBeGreaterThan(1);
    }
    expect(readingById('half-month-is-15-days').zh).toContain('15');
    expect(readingById('last-day-rest-day-extended').source).toContain('第二百零三条');
  });
});
