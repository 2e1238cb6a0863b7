/**
 * Deadlines relative to an event: a period after it (N日内, N个工作日内, N个月内,
 * N小时内, 半个月内) or a time before it (N日前).
 *
 * Periods after an event follow 《民法典》第二百零一–二百零三条: the starting day
 * is not counted, month/year periods end on the corresponding day, a last
 * day that is a statutory rest day moves to the next working day, and hour
 * periods run from the event's moment. Fixed dates (每年1月31日前, 2014年4月底前)
 * are set days, not periods. Every due date is inclusive: acting on it is on
 * time (the last day ends at 24:00).
 */

import { type CivilDate, addDays, addMonths, addYears, formatDate } from './civil-date.js';
import { type DateTime, CHINA_OFFSET_MINUTES, addHours, civilDateOf, formatDateTime } from './date-time.js';
import {
  type DeadlineResult, type EventTime, type ExplanationStep, DeadlineInputError, eventDate, finish, isDateTime, step,
} from './deadline-result.js';
import { type Duration, HALF_MONTH_DAYS } from './duration.js';
import { formatDurationEn, formatDurationZh, workingDayOrdinal } from './time-wording.js';
import { extendOverRestDays } from './rest-day-extension.js';
import type { WorkingCalendar } from './working-calendar.js';
import { addWorkingDays } from './working-days.js';

export interface AfterOptions {
  /**
   * Extend a last day that is a rest day (民法典第二百零三条). Default true for
   * day, half-month, month and year periods; never applied to working-day
   * periods (they end on a working day) or hour periods.
   */
  readonly extendOverRestDays?: boolean;
}

/** An hour period needs the event's moment, not only its date. */
function eventInstant(event: EventTime, zhPeriod: string, enPeriod: string): DateTime {
  if (isDateTime(event)) return event;
  throw new DeadlineInputError(
    `“${zhPeriod}”按小时计算，需要事件的具体时刻，只给出了日期 ${formatDate(event)}`,
    `"${enPeriod}" is an hour period and needs the event's time of day; only the date ${formatDate(event)} was given`,
  );
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
    const at = eventInstant(event, `${zhDur}内`, `within ${enDur}`);
    const dueAt = addHours(at, duration.amount);
    const due = civilDateOf(dueAt, CHINA_OFFSET_MINUTES);
    steps.push(step(
      `自事件时刻 ${formatDateTime(at)} 起算 ${zhDur}，至 ${formatDateTime(dueAt)} 届满（民法典第二百零一条第二款）`,
      `${enDur} from the event at ${formatDateTime(at)} end at ${formatDateTime(dueAt)} (Civil Code art. 201(2))`,
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
      `${workingDayOrdinal(duration.amount).zh}为 ${formatDate(due)}（不含周末和法定节假日${makeUpZh}；日历：${calendar.source}）`,
      `${workingDayOrdinal(duration.amount).en} is ${formatDate(due)} (weekends and public holidays excluded${makeUpEn}; calendar: ${calendar.source})`,
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
    const at = eventInstant(event, `${zhDur}前`, `${enDur} before`);
    const dueAt = addHours(at, -duration.amount);
    steps.push(step(
      `事件时刻 ${formatDateTime(at)} 前 ${zhDur}：最迟 ${formatDateTime(dueAt)}`,
      `${enDur} before the event at ${formatDateTime(at)}: at the latest ${formatDateTime(dueAt)}`,
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
