/**
 * The one wording of durations, periods, the Civil Code steps, due dates and counting rules.
 * The evaluator's explanations (event-deadlines.ts, frequency.ts), the hover and inlay hints, the
 * checker's messages, the diff and the CLI all word time through this file, so a rule reads the
 * same everywhere — and the steps a hover lists are the steps the evaluator takes for that rule:
 * hour periods run from the event's moment and are never extended; the corresponding-day rule
 * applies to month and year periods only; the rest-day extension to day, half-month, month and
 * year periods only; 半个月 is 15 days.
 */

import type { ExplanationStep } from './deadline-result.js';
import type { DurationUnit } from './duration.js';
import type { PeriodKind } from './period.js';
import type { Bilingual } from './text.js';

/**
 * A duration as a rule or the semantic model states it. The model spells working days 'workday';
 * an amount may come already formatted (a rational such as "1.5").
 */
export interface DurationWords {
  readonly unit: DurationUnit | 'workday';
  readonly amount: number | string;
}

const ZH_UNIT: Record<DurationWords['unit'], string> = {
  day: '日', 'working-day': '个工作日', workday: '个工作日', 'half-month': '半个月', month: '个月', year: '年', hour: '小时',
};
const EN_UNIT: Record<DurationWords['unit'], [string, string]> = {
  day: ['day', 'days'], 'working-day': ['working day', 'working days'], workday: ['working day', 'working days'],
  'half-month': ['half-month', 'half-months'], month: ['month', 'months'], year: ['year', 'years'], hour: ['hour', 'hours'],
};

/** "48小时", "半个月", "10个工作日". 半个月 is one half-month (15 days), never "1个半月" (one and a half months). */
export function formatDurationZh(d: DurationWords): string {
  if (d.unit === 'half-month') return Number(d.amount) === 1 ? '半个月' : `${d.amount}×半个月`;
  return `${d.amount}${ZH_UNIT[d.unit]}`;
}

export function formatDurationEn(d: DurationWords): string {
  if (d.unit === 'half-month' && Number(d.amount) === 1) return 'half a month';
  const [one, many] = EN_UNIT[d.unit];
  return `${d.amount} ${Number(d.amount) === 1 ? one : many}`;
}

export function formatDuration(d: DurationWords): Bilingual {
  return { zh: formatDurationZh(d), en: formatDurationEn(d) };
}

/** The last day of a working-day period: "第 10 个工作日" / "working day no. 10". */
export function workingDayOrdinal(n: number | string): Bilingual {
  return { zh: `第 ${n} 个工作日`, en: `working day no. ${n}` };
}

/** A period running from an event: "48小时内" / "within 48 hours". */
export function withinWords(d: DurationWords): Bilingual {
  return { zh: `${formatDurationZh(d)}内`, en: `within ${formatDurationEn(d)}` };
}

/** A time before an event: "3日前" / "3 days before". */
export function beforeWords(d: DurationWords): Bilingual {
  return { zh: `${formatDurationZh(d)}前`, en: `${formatDurationEn(d)} before` };
}

/** A deadline as a rule states it, in the shape both the semantic model and the time library give. */
export type DeadlineWords =
  | { readonly kind: 'after' | 'before'; readonly duration: DurationWords }
  | { readonly kind: 'annual'; readonly month: number; readonly day: number | 'end' }
  | { readonly kind: 'absolute'; readonly date: string }
  | { readonly kind: 'month-end'; readonly year: number; readonly month: number };

/** The due date in a few words: "48小时内", "每年 12 月底前", "截止 2014-06-30". */
export function deadlineWords(spec: DeadlineWords): Bilingual {
  switch (spec.kind) {
    case 'after': return withinWords(spec.duration);
    case 'before': return beforeWords(spec.duration);
    case 'annual':
      return spec.day === 'end'
        ? { zh: `每年 ${spec.month} 月底前`, en: `every year by the end of month ${spec.month}` }
        : { zh: `每年 ${spec.month} 月 ${spec.day} 日前`, en: `every year by ${spec.month}/${spec.day}` };
    case 'absolute': return { zh: `截止 ${spec.date}`, en: `by ${spec.date}` };
    case 'month-end': return { zh: `截止 ${spec.year} 年 ${spec.month} 月底`, en: `by the end of ${spec.year}-${String(spec.month).padStart(2, '0')}` };
  }
}

const method = (zh: string, en: string, reading: ExplanationStep['reading']): ExplanationStep => ({ zh, en, reading });

/**
 * How the due date of such a deadline is computed, step by step, without the dates of a case:
 * exactly the steps (readings) the evaluator's computation takes for it, in the same order.
 */
export function deadlineMethod(spec: DeadlineWords): ExplanationStep[] {
  switch (spec.kind) {
    case 'after': return afterMethod(spec.duration);
    case 'before': return beforeMethod(spec.duration);
    case 'annual':
      return [
        ...(spec.day === 'end' ? [method(`${spec.month} 月底指该月最后一日`, `the end of month ${spec.month} is its last day`, 'month-end')] : []),
        QIAN_INCLUSIVE, FIXED_NOT_EXTENDED,
      ];
    case 'absolute': return [QIAN_INCLUSIVE, FIXED_NOT_EXTENDED];
    case 'month-end':
      return [method(`${spec.year} 年 ${spec.month} 月底指该月最后一日`, `the end of ${spec.year}-${String(spec.month).padStart(2, '0')} is its last day`, 'month-end'), QIAN_INCLUSIVE, FIXED_NOT_EXTENDED];
  }
}

const QIAN_INCLUSIVE = method('“……前”含当日', '"before …" includes that day', 'qian-inclusive');
const FIXED_NOT_EXTENDED = method('固定日期不因节假日顺延', 'a fixed date is not extended over holidays', 'fixed-date-not-extended');

function afterMethod(d: DurationWords): ExplanationStep[] {
  const zh = formatDurationZh(d);
  const en = formatDurationEn(d);
  if (d.unit === 'hour') {
    return [method(
      `自事件发生的时刻起算 ${zh}，到期时刻为该时刻后 ${zh}，不因休息日顺延（民法典第二百零一条第二款）`,
      `${en} run from the moment of the event and end that many hours later, never extended over rest days (Civil Code art. 201(2))`,
      'hour-period-from-event-time',
    )];
  }
  const startDay = method('开始的当日不计入，自次日起算（民法典第二百零一条）', 'the starting day is not counted; counting begins the next day (Civil Code art. 201)', 'start-day-not-counted');
  const restDay = method(
    '期间最后一日是法定休假日的，顺延至休假日结束的次日（民法典第二百零三条）',
    'a last day that is a statutory rest day moves to the day after the rest days end (Civil Code art. 203)',
    'last-day-rest-day-extended',
  );
  switch (d.unit) {
    case 'working-day':
    case 'workday':
      return [startDay, method(
        `${workingDayOrdinal(d.amount).zh}为期间最后一日（不含周末和法定节假日，含调休上班日），不再顺延`,
        `${workingDayOrdinal(d.amount).en} is the last day (weekends and public holidays excluded, make-up working days included); never extended`,
        'working-days-per-state-council',
      )];
    case 'day':
      return [startDay, method(`起算后第 ${d.amount} 日为期间最后一日`, `day no. ${d.amount} of the count is the last day`, undefined), restDay];
    case 'half-month':
      return [startDay, method('半个月按 15 日计算，起算后第 15 日为期间最后一日', 'half a month counts as 15 days: day no. 15 of the count is the last day', 'half-month-is-15-days'), restDay];
    case 'month':
    case 'year':
      return [startDay, method(
        `${zh}后到期月的对应日为期间最后一日，没有对应日的以该月末日为最后一日（民法典第二百零二条）`,
        `${en} later, the corresponding day is the last day; without one, the last day of that month (Civil Code art. 202)`,
        'month-year-corresponding-day',
      ), restDay];
  }
}

function beforeMethod(d: DurationWords): ExplanationStep[] {
  const zh = formatDurationZh(d);
  const en = formatDurationEn(d);
  if (d.unit === 'hour') {
    return [method(`自事件发生的时刻向前倒算 ${zh}，为最迟时刻`, `${en} before the moment of the event is the latest moment`, 'hour-period-from-event-time')];
  }
  return [method(
    `不晚于事件日前 ${zh}（含当日，事件当日不计入，不因休息日调整）`,
    `on or before ${en} before the event day (that day included, the event day not counted, not moved over rest days)`,
    'days-before-event',
  )];
}

const PER_ZH: Record<PeriodKind, string> = { year: '每年', 'half-year': '每半年', quarter: '每季度', month: '每月', term: '一届任期内' };
const PER_EN: Record<PeriodKind, string> = { year: 'per year', 'half-year': 'per half-year', quarter: 'per quarter', month: 'per month', term: 'per term' };

/** "每季度" / "per quarter". */
export function periodWords(per: PeriodKind): Bilingual {
  return { zh: PER_ZH[per], en: PER_EN[per] };
}

/** A count per period: "每半年至少1次", "每年2–3轮", "exactly 1 per year". */
export function frequencyWords(rule: { readonly per: PeriodKind; readonly min?: number; readonly max?: number; readonly unit?: string }): Bilingual {
  const unit = rule.unit ?? '次';
  const per = periodWords(rule.per);
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) {
    return min === max
      ? { zh: `${per.zh}${min}${unit}（恰好）`, en: `exactly ${min} ${per.en}` }
      : { zh: `${per.zh}${min}–${max}${unit}`, en: `${min} to ${max} ${per.en}` };
  }
  return min !== undefined
    ? { zh: `${per.zh}至少${min}${unit}`, en: `at least ${min} ${per.en}` }
    : { zh: `${per.zh}至多${max}${unit}`, en: `at most ${max} ${per.en}` };
}

/** How a frequency obligation is counted, without the records of a case. */
export function frequencyMethod(per: PeriodKind): ExplanationStep[] {
  return [
    per === 'term'
      ? method('按给定的任期起止日期计数（含两端）', 'counted between the given term start and end, both inclusive', 'term-is-given-interval')
      : method('按自然年、半年（1–6月、7–12月）、季度、月划分期间，按记录中的日期计入所在期间，首尾两日均含',
        'calendar periods (year, January–June / July–December, quarter, month); each record counts in the period its date falls in, first and last days inclusive', 'calendar-periods'),
    method('“至少”“至多”的次数均含本数', 'the bounds include the number itself', 'count-bounds-inclusive'),
    method('只计入评价区间内、不晚于截至日的记录', 'only records inside the evaluation window and not after the as-of date count', 'events-in-window-only'),
    method('只有部分落在评价区间内的期间，已能定论时才评价，不按比例折算', 'a period only partly inside the evaluation window is judged only when already decided, never pro rata', 'partial-period-judged-only-when-decided'),
  ];
}

/** A restriction's period from its start date (影响 … N 年内 / N 个月内 / 当年 / 次月起). */
export type RestrictionPeriodWords =
  | { readonly kind: 'years' | 'months'; readonly amount: number }
  | { readonly kind: 'this-year' }
  | { readonly kind: 'from-next-month' };

/** The period in a few words: "3年内", "当年", "次月起". */
export function restrictionSpanWords(period: RestrictionPeriodWords): Bilingual {
  switch (period.kind) {
    case 'years':
    case 'months':
      return withinWords({ unit: period.kind === 'years' ? 'year' : 'month', amount: period.amount });
    case 'this-year': return { zh: '当年', en: 'the same calendar year' };
    case 'from-next-month': return { zh: '次月起', en: 'from the next month on' };
  }
}

/** How the period runs from its start date, with the Civil Code rules it follows. */
export function restrictionPeriodWords(period: RestrictionPeriodWords | undefined): Bilingual {
  if (!period) return { zh: '没有期限', en: 'No period' };
  switch (period.kind) {
    case 'years':
    case 'months': {
      const n = restrictionSpanWords(period);
      return {
        zh: `${n.zh}：自起算之日起生效，开始的当日不计入，至到期月的对应日（含）止；没有对应日的，为该月最后一日；不因节假日顺延（民法典第二百零一、二百零二条）`,
        en: `${n.en}: in force from the start day to the corresponding day (inclusive), the start day not counted; without a corresponding day, the last day of that month; never extended over holidays (Civil Code arts. 201-202)`,
      };
    }
    case 'this-year':
      return { zh: '当年：自起算之日起至当年 12 月 31 日（含）', en: 'The same calendar year: from the start day to 31 December (inclusive)' };
    case 'from-next-month':
      return { zh: '次月起：自起算之日所在月份的下一个月 1 日起生效，没有终点', en: 'From the next month on: in force from the 1st of the month after the start day, with no end' };
  }
}
