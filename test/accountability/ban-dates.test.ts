import { describe, expect, it } from 'vitest';
import { restrictionDates } from '../../packages/evaluator/src/restriction-dates.js';
import { entry, evaluateCase } from './helpers.js';

// Hand-computed: start day not counted, period ends on the corresponding day (民法典第二百零一、二百零二条).
describe('restriction dates', () => {
    it('one and two years to the corresponding day', () => {
        expect(restrictionDates('2016-03-15', { kind: 'years', amount: 1 })).toEqual({ from: '2016-03-15', until: '2017-03-15' });
        expect(restrictionDates('2016-06-30', { kind: 'years', amount: 2 })).toEqual({ from: '2016-06-30', until: '2018-06-30' });
    });
    it('from 29 February the corresponding day is 28 February', () => {
        expect(restrictionDates('2016-02-29', { kind: 'years', amount: 1 }).until).toBe('2017-02-28');
        expect(restrictionDates('2016-02-29', { kind: 'years', amount: 4 }).until).toBe('2020-02-29');
    });
    it('months end on the last day of a shorter month', () => {
        expect(restrictionDates('2015-08-31', { kind: 'months', amount: 6 }).until).toBe('2016-02-29');
    });
    it('当年 runs to 31 December of the start year', () => {
        expect(restrictionDates('2015-12-31', { kind: 'this-year' })).toEqual({ from: '2015-12-31', until: '2015-12-31' });
        expect(restrictionDates('2016-01-01', { kind: 'this-year' }).until).toBe('2016-12-31');
    });
    it('次月起 starts on the 1st of the next month, whatever the day, and has no end', () => {
        const next = (start: string) => restrictionDates(start, { kind: 'from-next-month' });
        expect(next('2015-10-08')).toEqual({ from: '2015-11-01', until: null });
        expect(next('2015-10-01').from).toBe('2015-11-01');
        expect(next('2015-12-31').from).toBe('2016-01-01');
        expect(next('2016-01-31').from).toBe('2016-02-01');
        expect(next('2016-02-29').from).toBe('2016-03-01');
        expect(() => next('9999-12-15')).toThrow(RangeError);
    });
});

describe('第十四条 on the encoded 追究办法', () => {
    const CASE = '身份 = 党委主要负责人; 情节轻重 = 情节较重; 政令不畅 = 是';
    it('免职 on 2016-02-29: one year without an equivalent post, two without a higher one', async () => {
        const o = await evaluateCase(`${CASE}; 所受组织处理 = 免职; 追究决定日期 = 2016-02-29`);
        const r = entry(o, '追究后果', 'restrictions');
        expect(r.items.filter(i => i.applies).map(i => [i.name, i.from, i.until])).toEqual([
            ['取消当年评优资格', '2016-02-29', '2016-12-31'],
            ['辞职免职后不得任相当职务', '2016-02-29', '2017-02-28'],
            ['辞职免职后不得任更高职务', '2016-02-29', '2018-02-28'],
        ]);
    });
    it('降职: two years without promotion', async () => {
        const o = await evaluateCase(`${CASE}; 所受组织处理 = 降职; 追究决定日期 = 2015-12-31`);
        expect(entry(o, '追究后果', 'restrictions').items.find(i => i.name === '降职后不得提拔')?.until).toBe('2017-12-31');
    });
});
