/**
 * Deadlines: the last permitted day (or instant) for an obligation, with an
 * explanation of every step and the reading it relied on.
 *
 * Periods after an event follow 《民法典》第二百零一–二百零三条: the starting day
 * is not counted, month/year periods end on the corresponding day, a last
 * day that is a statutory rest day moves to the next working day, and hour
 * periods run from the event's moment. Fixed dates (每年1月31日前, 2014年4月底前)
 * are set days, not periods. Every due date is inclusive: acting on it is on
 * time (the last day ends at 24:00).
 */

import {
  type CivilDate, addDays, addMonths, addYears, dateFromParts, formatDate, isValidDateParts, monthEnd,
} from './civil-date.js';
import { type DateTime, CHINA_OFFSET_MINUTES, addHours, civilDateOf, formatDateTime } from './date-time.js';
import { type Duration, HALF_MONTH_DAYS, formatDurationEn, formatDurationZh } from './duration.js';
import type { ReadingId } from './readings.js';
import type { Bilingual } from './text.js';
import type { DayInfo, WorkingCalendar } from './working-calendar.js';
import { addWorkingDays, workingDayOnOrAfter } from './working-days.js';

/** One step of a computation, in both languages, with the reading it applied. */
export interface ExplanationStep extends Bilingual {
  readonly reading?: ReadingId;
}

export type DeadlineKind = 'after' | 'before' | 'annual' | 'absolute';

export interface DeadlineResult {
  readonly kind: DeadlineKind;
  /** Last permitted day, inclusive. For hour periods: the civil date (Beijing time) of `dueAt`. */
  readonly due: CivilDate;
  /** Hour periods only: the last permitted instant, inclusive. */
  readonly dueAt?: DateTime;
  /** When the due date was extended over rest days: the day the period itself ended. */
  readonly unextendedDue?: CivilDate;
  readonly steps: readonly ExplanationStep[];
  /** Every reading the computation relied on, in order of first use. */
  readonly readings: readonly ReadingId[];
  readonly summary: Bilingual;
}

/** A deadline that cannot be computed from what was given (e.g. an hour period from a bare date). */
export class DeadlineInputError extends Error {
  readonly code = 'deadline-input' as const;
  constructor(readonly zh: string, readonly en: string) {
    super(`${zh} / ${en}`);
    this.name = 'DeadlineInputError';
  }
}

/** When an event happened: a civil date, or an instant for hour periods. */
export type EventTime = CivilDate | DateTime;

export function isDateTime(value: EventTime): value is DateTime {
  return typeof value === 'object';
}

function formatEventTime(value: EventTime): string {
  return isDateTime(value) ? formatDateTime(value) : formatDate(value);
}

function step(zh: string, en: string, reading?: ReadingId): ExplanationStep {
  return reading ? { zh, en, reading } : { zh, en };
}

function finish(
  kind: DeadlineKind,
  due: CivilDate,
  steps: ExplanationStep[],
  extra: { dueAt?: DateTime; unextendedDue?: CivilDate } = {},
): DeadlineResult {
  const readings: ReadingId[] = [];
  for (const s of steps) if (s.reading && !readings.includes(s.reading)) readings.push(s.reading);
  const shown = extra.dueAt ? formatDateTime(extra.dueAt) : formatDate(due);
  return {
    kind,
    due,
    ...extra,
    steps,
    readings,
    summary: { zh: `期限：${shown}（含）`, en: `due by ${shown} (inclusive)` },
  };
}

/** The civil date to count from, explaining the conversion when the event is an instant. */
function eventDate(event: EventTime, steps: ExplanationStep[]): CivilDate {
  if (!isDateTime(event)) return event;
  const date = civilDateOf(event, CHINA_OFFSET_MINUTES);
  steps.push(step(
    `事件时间 ${formatDateTime(event)} 在北京时间为 ${formatDate(date)}`,
    `the event at ${formatDateTime(event)} falls on ${formatDate(date)} in Beijing time`,
    'beijing-time',
  ));
  return date;
}

function restDayName(info: DayInfo): Bilingual {
  if (info.kind === 'statutory-holiday') {
    return info.holiday
      ? { zh: `法定节假日（${info.holiday.zh}）`, en: `a statutory holiday (${info.holiday.en})` }
      : { zh: '法定节假日', en: 'a statutory holiday' };
  }
  return { zh: '休息日（周末）', en: 'a weekend rest day' };
}

/** 《民法典》第二百零三条: a last day that is a statutory rest day moves to the day after the rest days end. */
function extendOverRestDays(calendar: WorkingCalendar, last: CivilDate, steps: ExplanationStep[]): CivilDate {
  const info = calendar.describeDay(last);
  if (info.working) {
    steps.push(step(
      `期间最后一日 ${formatDate(last)} 为工作日，无需顺延`,
      `the last day ${formatDate(last)} is a working day; no extension`,
      'last-day-rest-day-extended',
    ));
    return last;
  }
  const extended = workingDayOnOrAfter(calendar, last);
  const name = restDayName(info);
  // A weekend may run into a holiday (2015-09-26 Sat, 09-27 中秋): name what follows too.
  const later: Bilingual[] = [];
  for (let d = last + 1; d < extended; d++) {
    const next = calendar.describeDay(d as CivilDate);
    const n = restDayName(next);
    if (next.kind !== info.kind && !later.some((l) => l.zh === n.zh)) later.push(n);
  }
  const thenZh = later.length ? `，其后为${later.map((l) => l.zh).join('、')}` : '';
  const thenEn = later.length ? `, followed by ${later.map((l) => l.en).join(', ')}` : '';
  steps.push(step(
    `期间最后一日 ${formatDate(last)} 为${name.zh}${thenZh}，顺延至 ${formatDate(extended)}（民法典第二百零三条）`,
    `the last day ${formatDate(last)} is ${name.en}${thenEn}; extended to ${formatDate(extended)} (Civil Code art. 203)`,
    'last-day-rest-day-extended',
  ));
  return extended;
}

export interface AfterOptions {
  /**
   * Extend a last day that is a rest day (民法典第二百零三条). Default true for
   * day, half-month, month and year periods; never applied to working-day
   * periods (they end on a working day) or hour periods.
   */
  readonly extendOverRestDays?: boolean;
}

/** Deadline of a period running from an event: "15日内", "10个工作日内", "2个月内", "48小时内", "半个月内". */
export function deadlineAfter(
  event: EventTime,
  duration: Duration,
  calendar: WorkingCalendar,
  options: AfterOptions = {},
): DeadlineResult {
  const steps: ExplanationStep[] = [];
  const zhDur = formatDurationZh(duration);
  const enDur = formatDurationEn(duration);

  if (duration.unit === 'hour') {
    if (!isDateTime(event)) {
      throw new DeadlineInputError(
        `“${zhDur}内”按小时计算，需要事件的具体时刻，只给出了日期 ${formatDate(event)}`,
        `"within ${enDur}" is an hour period and needs the event's time of day; only the date ${formatDate(event)} was given`,
      );
    }
    const dueAt = addHours(event, duration.amount);
    const due = civilDateOf(dueAt, CHINA_OFFSET_MINUTES);
    steps.push(step(
      `自事件时刻 ${formatDateTime(event)} 起算 ${zhDur}，至 ${formatDateTime(dueAt)} 届满（民法典第二百零一条第二款）`,
      `${enDur} from the event at ${formatDateTime(event)} end at ${formatDateTime(dueAt)} (Civil Code art. 201(2))`,
      'hour-period-from-event-time',
    ));
    return finish('after', due, steps, { dueAt });
  }

  const start = eventDate(event, steps);
  steps.push(step(
    `开始的当日 ${formatDate(start)} 不计入，自 ${formatDate(addDays(start, 1))} 起算（民法典第二百零一条）`,
    `the starting day ${formatDate(start)} is not counted; counting begins on ${formatDate(addDays(start, 1))} (Civil Code art. 201)`,
    'start-day-not-counted',
  ));

  if (duration.unit === 'working-day') {
    const due = addWorkingDays(calendar, start, duration.amount);
    const makeUp: string[] = [];
    for (let d = start + 1; d <= due; d++) {
      if (calendar.describeDay(d as CivilDate).kind === 'make-up-working-day') makeUp.push(formatDate(d as CivilDate));
    }
    const makeUpZh = makeUp.length ? `，含调休上班日 ${makeUp.join('、')}` : '';
    const makeUpEn = makeUp.length ? `, including make-up working days ${makeUp.join(', ')}` : '';
    steps.push(step(
      `第 ${duration.amount} 个工作日为 ${formatDate(due)}（不含周末和法定节假日${makeUpZh}；日历：${calendar.source}）`,
      `working day no. ${duration.amount} is ${formatDate(due)} (weekends and public holidays excluded${makeUpEn}; calendar: ${calendar.source})`,
      'working-days-per-state-council',
    ));
    return finish('after', due, steps);
  }

  let last: CivilDate;
  if (duration.unit === 'day') {
    last = addDays(start, duration.amount);
    steps.push(step(
      `${formatDate(start)} 后 ${zhDur}，期间最后一日为 ${formatDate(last)}`,
      `${enDur} after ${formatDate(start)}: the last day is ${formatDate(last)}`,
    ));
  } else if (duration.unit === 'half-month') {
    last = addDays(start, HALF_MONTH_DAYS * duration.amount);
    steps.push(step(
      `半个月按 ${HALF_MONTH_DAYS} 日计算，期间最后一日为 ${formatDate(last)}`,
      `half a month counts as ${HALF_MONTH_DAYS} days: the last day is ${formatDate(last)}`,
      'half-month-is-15-days',
    ));
  } else {
    const byMonths = duration.unit === 'month' ? duration.amount : duration.amount * 12;
    last = duration.unit === 'month' ? addMonths(start, duration.amount) : addYears(start, duration.amount);
    const exactDay = dateOfMonthOffset(start, byMonths);
    if (exactDay === undefined) {
      steps.push(step(
        `${formatDate(start)} 后 ${zhDur}，到期月无对应日，以月末日 ${formatDate(last)} 为期间最后一日（民法典第二百零二条）`,
        `${enDur} after ${formatDate(start)}: the final month has no corresponding day, so its last day ${formatDate(last)} is the last day (Civil Code art. 202)`,
        'month-year-corresponding-day',
      ));
    } else {
      steps.push(step(
        `${formatDate(start)} 后 ${zhDur}，到期月的对应日 ${formatDate(last)} 为期间最后一日（民法典第二百零二条）`,
        `${enDur} after ${formatDate(start)}: the corresponding day ${formatDate(last)} is the last day (Civil Code art. 202)`,
        'month-year-corresponding-day',
      ));
    }
  }

  if (options.extendOverRestDays === false) return finish('after', last, steps);
  const due = extendOverRestDays(calendar, last, steps);
  return finish('after', due, steps, due === last ? {} : { unextendedDue: last });
}

/** The same day-of-month `monthsLater`, or undefined when that month is too short. */
function dateOfMonthOffset(date: CivilDate, monthsLater: number): CivilDate | undefined {
  const moved = addMonths(date, monthsLater);
  const back = addMonths(moved, -monthsLater);
  return back === date ? moved : undefined;
}

/**
 * Latest day (or instant) to act before an event: "拟外出3日前报告" is on or
 * before the event date minus 3 days. Not moved over rest days.
 */
export function deadlineBefore(event: EventTime, duration: Duration, calendar?: WorkingCalendar): DeadlineResult {
  const steps: ExplanationStep[] = [];
  const zhDur = formatDurationZh(duration);
  const enDur = formatDurationEn(duration);

  if (duration.unit === 'hour') {
    if (!isDateTime(event)) {
      throw new DeadlineInputError(
        `“${zhDur}前”按小时计算，需要事件的具体时刻，只给出了日期 ${formatDate(event)}`,
        `"${enDur} before" is an hour period and needs the event's time of day; only the date ${formatDate(event)} was given`,
      );
    }
    const dueAt = addHours(event, -duration.amount);
    steps.push(step(
      `事件时刻 ${formatDateTime(event)} 前 ${zhDur}：最迟 ${formatDateTime(dueAt)}`,
      `${enDur} before the event at ${formatDateTime(event)}: at the latest ${formatDateTime(dueAt)}`,
      'hour-period-from-event-time',
    ));
    return finish('before', civilDateOf(dueAt, CHINA_OFFSET_MINUTES), steps, { dueAt });
  }

  const eventDay = eventDate(event, steps);
  let due: CivilDate;
  switch (duration.unit) {
    case 'day': due = addDays(eventDay, -duration.amount); break;
    case 'half-month': due = addDays(eventDay, -HALF_MONTH_DAYS * duration.amount); break;
    case 'month': due = addMonths(eventDay, -duration.amount); break;
    case 'year': due = addYears(eventDay, -duration.amount); break;
    case 'working-day':
      if (!calendar) {
        throw new DeadlineInputError(
          `“${zhDur}前”需要工作日历`,
          `"${enDur} before" needs a working-day calendar`,
        );
      }
      due = addWorkingDays(calendar, eventDay, -duration.amount);
      break;
  }
  steps.push(step(
    `事件日 ${formatDate(eventDay)} 前 ${zhDur}：不晚于 ${formatDate(due)}（含当日，不因休息日调整）`,
    `${enDur} before the event on ${formatDate(eventDay)}: on or before ${formatDate(due)} (not moved over rest days)`,
    'days-before-event',
  ));
  return finish('before', due, steps);
}

export interface FixedDateOptions {
  /** Whether "X日前" includes day X. Default true (reading `qian-inclusive`). */
  readonly inclusive?: boolean;
  /** Opt in to moving a due date that is a rest day to the next working day. Default false. */
  readonly extendOverRestDays?: boolean;
  /** Needed only with extendOverRestDays. */
  readonly calendar?: WorkingCalendar;
}

function fixedDeadline(kind: 'annual' | 'absolute', stated: CivilDate, steps: ExplanationStep[], options: FixedDateOptions): DeadlineResult {
  const inclusive = options.inclusive ?? true;
  let due = stated;
  if (inclusive) {
    steps.push(step(
      `“${formatDate(stated)}前”含当日，期限为 ${formatDate(stated)}`,
      `"before ${formatDate(stated)}" includes that day: due ${formatDate(stated)}`,
      'qian-inclusive',
    ));
  } else {
    due = addDays(stated, -1);
    steps.push(step(
      `规则声明“${formatDate(stated)}前”不含当日，期限为 ${formatDate(due)}`,
      `the rule states "before ${formatDate(stated)}" excludes that day: due ${formatDate(due)}`,
      'qian-inclusive',
    ));
  }
  if (!options.extendOverRestDays) {
    steps.push(step('固定日期不因节假日顺延', 'a fixed date is not extended over holidays', 'fixed-date-not-extended'));
    return finish(kind, due, steps);
  }
  if (!options.calendar) {
    throw new DeadlineInputError('固定日期顺延需要工作日历', 'extending a fixed date needs a working-day calendar');
  }
  const extended = extendOverRestDays(options.calendar, due, steps);
  return finish(kind, extended, steps, extended === due ? {} : { unextendedDue: due });
}

/** "每年1月31日前" / "每年6月底前" in a given year. */
export function annualDeadline(year: number, month: number, day: number | 'end', options: FixedDateOptions = {}): DeadlineResult {
  const steps: ExplanationStep[] = [];
  let stated: CivilDate;
  if (day === 'end') {
    if (!Number.isInteger(month) || month < 1 || month > 12 || !isValidDateParts(year, month, 1)) {
      throw new DeadlineInputError(`${year} 年 ${month} 月不存在`, `month ${month} of ${year} does not exist`);
    }
    stated = monthEnd(year, month);
    steps.push(step(
      `每年${month}月底前：${year} 年为 ${formatDate(stated)}`,
      `each year by the end of month ${month}: in ${year}, ${formatDate(stated)}`,
      'month-end',
    ));
  } else {
    if (!isValidDateParts(year, month, day)) {
      throw new DeadlineInputError(`${year} 年没有 ${month} 月 ${day} 日`, `${year} has no day ${month}-${day}`);
    }
    stated = dateFromParts(year, month, day);
    steps.push(step(
      `每年${month}月${day}日前：${year} 年为 ${formatDate(stated)}`,
      `each year before ${month}-${day}: in ${year}, ${formatDate(stated)}`,
    ));
  }
  return fixedDeadline('annual', stated, steps, options);
}

/** "2014年6月30日前". */
export function absoluteDeadline(date: CivilDate, options: FixedDateOptions = {}): DeadlineResult {
  return fixedDeadline('absolute', date, [], options);
}

/** "2014年4月底前" = 2014-04-30. */
export function monthEndDeadline(year: number, month: number, options: FixedDateOptions = {}): DeadlineResult {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !isValidDateParts(year, month, 1)) {
    throw new DeadlineInputError(`${year} 年 ${month} 月不存在`, `month ${month} of ${year} does not exist`);
  }
  const stated = monthEnd(year, month);
  const steps = [step(
    `${year}年${month}月底前：该月最后一日 ${formatDate(stated)}`,
    `by the end of ${year}-${String(month).padStart(2, '0')}: its last day ${formatDate(stated)}`,
    'month-end',
  )];
  return fixedDeadline('absolute', stated, steps, options);
}

/** A deadline as a rule states it, for evaluators that dispatch on data. */
export type DeadlineSpec =
  | { readonly kind: 'after'; readonly duration: Duration; readonly extendOverRestDays?: boolean }
  | { readonly kind: 'before'; readonly duration: Duration }
  | { readonly kind: 'annual'; readonly month: number; readonly day: number | 'end'; readonly inclusive?: boolean; readonly extendOverRestDays?: boolean }
  | { readonly kind: 'absolute'; readonly date: CivilDate; readonly inclusive?: boolean; readonly extendOverRestDays?: boolean }
  | { readonly kind: 'month-end'; readonly year: number; readonly month: number; readonly extendOverRestDays?: boolean };

export interface DeadlineContext {
  /** The triggering event, for 'after' and 'before'. */
  readonly event?: EventTime;
  /** The year, for 'annual'. */
  readonly year?: number;
  readonly calendar: WorkingCalendar;
}

export function computeDeadline(spec: DeadlineSpec, context: DeadlineContext): DeadlineResult {
  const { calendar } = context;
  switch (spec.kind) {
    case 'after':
    case 'before': {
      if (context.event === undefined) {
        throw new DeadlineInputError('该期限自事件起算，但未给出事件日期', 'this deadline runs from an event, but no event date was given');
      }
      return spec.kind === 'after'
        ? deadlineAfter(context.event, spec.duration, calendar, spec.extendOverRestDays === undefined ? {} : { extendOverRestDays: spec.extendOverRestDays })
        : deadlineBefore(context.event, spec.duration, calendar);
    }
    case 'annual':
      if (context.year === undefined) {
        throw new DeadlineInputError('每年固定日期的期限需要给出年份', 'an annual deadline needs the year');
      }
      return annualDeadline(context.year, spec.month, spec.day, fixedOptions(spec, calendar));
    case 'absolute':
      return absoluteDeadline(spec.date, fixedOptions(spec, calendar));
    case 'month-end':
      return monthEndDeadline(spec.year, spec.month, fixedOptions(spec, calendar));
  }
}

function fixedOptions(spec: { inclusive?: boolean; extendOverRestDays?: boolean }, calendar: WorkingCalendar): FixedDateOptions {
  return { calendar, extendOverRestDays: spec.extendOverRestDays ?? false, ...(spec.inclusive === undefined ? {} : { inclusive: spec.inclusive }) };
}

/** One step of a chain: a period after the previous step, and when that step actually happened. */
export interface ChainStep {
  readonly label?: Bilingual;
  readonly duration: Duration;
  readonly extendOverRestDays?: boolean;
  /** When this step was actually done; the next step runs from it. */
  readonly actual?: EventTime;
}

export interface ChainedDeadline {
  readonly label?: Bilingual;
  readonly start: EventTime;
  readonly startsFrom: 'event' | 'previous-actual' | 'previous-due';
  readonly deadline: DeadlineResult;
}

/**
 * Deadlines in sequence (e.g. 受理 → 调查 → 决定): each step runs from the
 * previous step's actual date, or from its due date when it has none.
 */
export function chainDeadlines(event: EventTime, chain: readonly ChainStep[], calendar: WorkingCalendar): ChainedDeadline[] {
  const results: ChainedDeadline[] = [];
  let start: EventTime = event;
  let startsFrom: ChainedDeadline['startsFrom'] = 'event';
  chain.forEach((link, index) => {
    const deadline = deadlineAfter(start, link.duration, calendar, link.extendOverRestDays === undefined ? {} : { extendOverRestDays: link.extendOverRestDays });
    const from: ExplanationStep =
      startsFrom === 'event'
        ? step(`第 ${index + 1} 步自事件 ${formatEventTime(start)} 起算`, `step ${index + 1} runs from the event on ${formatEventTime(start)}`)
        : startsFrom === 'previous-actual'
          ? step(`第 ${index + 1} 步自上一步实际完成时间 ${formatEventTime(start)} 起算`, `step ${index + 1} runs from the previous step's actual date ${formatEventTime(start)}`, 'chain-from-actual-or-due')
          : step(`第 ${index + 1} 步自上一步期限 ${formatEventTime(start)} 起算（上一步无实际完成记录）`, `step ${index + 1} runs from the previous step's due date ${formatEventTime(start)} (no actual date recorded)`, 'chain-from-actual-or-due');
    const withFrom = finish(deadline.kind, deadline.due, [from, ...deadline.steps], {
      ...(deadline.dueAt ? { dueAt: deadline.dueAt } : {}),
      ...(deadline.unextendedDue !== undefined ? { unextendedDue: deadline.unextendedDue } : {}),
    });
    results.push({ ...(link.label ? { label: link.label } : {}), start, startsFrom, deadline: withFrom });
    if (link.actual !== undefined) {
      start = link.actual;
      startsFrom = 'previous-actual';
    } else {
      start = deadline.dueAt ?? deadline.due;
      startsFrom = 'previous-due';
    }
  });
  return results;
}
