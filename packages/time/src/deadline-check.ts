/**
 * Was a deadline met? Compares the due date with what actually happened, or
 * with an as-of date when nothing has happened yet.
 */

import { type CivilDate, formatDate } from './civil-date.js';
import { type DateTime, CHINA_OFFSET_MINUTES, civilDateOf, compareDateTimes, formatDateTime } from './date-time.js';
import { type DeadlineResult, type EventTime, DeadlineInputError, isDateTime } from './deadline-result.js';
import type { ReadingId } from './readings.js';
import type { Bilingual } from './text.js';
import type { WorkingCalendar } from './working-calendar.js';
import { countWorkingDays } from './working-days.js';

export type DeadlineStatus =
  | 'on-time' // done on or before the due date
  | 'late' // done after the due date
  | 'open' // not done, and the due date has not passed as of the as-of date
  | 'overdue' // not done, and the due date has passed as of the as-of date
  | 'undetermined'; // an hour deadline met on its due date but without a time of day

export interface DeadlineCheck {
  readonly status: DeadlineStatus;
  readonly due: CivilDate;
  readonly dueAt?: DateTime;
  readonly actual?: EventTime;
  readonly asOf?: EventTime;
  /** Calendar days after the due date (late or overdue). */
  readonly daysLate?: number;
  /** Working days after the due date up to and including the actual/as-of date; only with a calendar. */
  readonly workingDaysLate?: number;
  /** Hour deadlines: seconds past the due instant. */
  readonly secondsLate?: number;
  /** Open deadlines: calendar days left, counting the as-of date as not yet over. */
  readonly daysRemaining?: number;
  readonly readings: readonly ReadingId[];
  readonly summary: Bilingual;
}

export interface DeadlineObservation {
  /** When the obligation was actually fulfilled, if it was. */
  readonly actual?: EventTime;
  /** The date of evaluation, needed when there is no actual date. */
  readonly asOf?: EventTime;
  /** Needed to report working days late. */
  readonly calendar?: WorkingCalendar;
}

function dayOf(value: EventTime): CivilDate {
  return isDateTime(value) ? civilDateOf(value, CHINA_OFFSET_MINUTES) : value;
}

function hoursText(seconds: number): Bilingual {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return { zh: m ? `${h} 小时 ${m} 分` : `${h} 小时`, en: m ? `${h} h ${m} min` : `${h} h` };
}

export function checkDeadline(deadline: DeadlineResult | CivilDate, observation: DeadlineObservation): DeadlineCheck {
  const due = typeof deadline === 'number' ? deadline : deadline.due;
  const dueAt = typeof deadline === 'number' ? undefined : deadline.dueAt;
  const { actual, asOf, calendar } = observation;
  const dueText = dueAt ? formatDateTime(dueAt) : formatDate(due);
  const base = { due, ...(dueAt ? { dueAt } : {}) };

  if (actual !== undefined) {
    if (dueAt && isDateTime(actual)) {
      const late = compareDateTimes(actual, dueAt);
      if (late <= 0) {
        return { ...base, actual, status: 'on-time', readings: ['hour-period-from-event-time'],
          summary: { zh: `${formatDateTime(actual)} 完成，未超过期限 ${dueText}`, en: `done at ${formatDateTime(actual)}, within the deadline ${dueText}` } };
      }
      const t = hoursText(late);
      return { ...base, actual, status: 'late', secondsLate: late, readings: ['hour-period-from-event-time'],
        summary: { zh: `${formatDateTime(actual)} 完成，超过期限 ${dueText} ${t.zh}`, en: `done at ${formatDateTime(actual)}, ${t.en} after the deadline ${dueText}` } };
    }
    const actualDay = dayOf(actual);
    if (dueAt && actualDay === due) {
      return { ...base, actual, status: 'undetermined', readings: ['hour-period-from-event-time'],
        summary: { zh: `期限为 ${dueText}，完成日期 ${formatDate(actualDay)} 未给出具体时刻，无法判定`, en: `the deadline is ${dueText}; the actual date ${formatDate(actualDay)} has no time of day, so it cannot be decided` } };
    }
    if (actualDay <= due) {
      return { ...base, actual, status: 'on-time', readings: ['period-ends-at-midnight'],
        summary: { zh: `${formatDate(actualDay)} 完成，未超过期限 ${dueText}`, en: `done on ${formatDate(actualDay)}, within the deadline ${dueText}` } };
    }
    return lateResult('late', base, actualDay, { actual }, calendar, dueText);
  }

  if (asOf === undefined) {
    throw new DeadlineInputError('未完成的期限需要给出截至日期才能判定', 'a deadline without an actual date needs an as-of date to be checked');
  }
  if (dueAt && isDateTime(asOf)) {
    const past = compareDateTimes(asOf, dueAt);
    if (past <= 0) {
      return { ...base, asOf, status: 'open', daysRemaining: due - dayOf(asOf), readings: ['hour-period-from-event-time'],
        summary: { zh: `截至 ${formatDateTime(asOf)} 尚未完成，期限 ${dueText} 未届满`, en: `not done as of ${formatDateTime(asOf)}; the deadline ${dueText} has not passed` } };
    }
    const t = hoursText(past);
    return { ...base, asOf, status: 'overdue', secondsLate: past, daysLate: Math.max(0, dayOf(asOf) - due), readings: ['hour-period-from-event-time'],
      summary: { zh: `截至 ${formatDateTime(asOf)} 仍未完成，已超过期限 ${dueText} ${t.zh}`, en: `not done as of ${formatDateTime(asOf)}: ${t.en} past the deadline ${dueText}` } };
  }
  const asOfDay = dayOf(asOf);
  if (asOfDay <= due) {
    return { ...base, asOf, status: 'open', daysRemaining: due - asOfDay, readings: ['period-ends-at-midnight'],
      summary: { zh: `截至 ${formatDate(asOfDay)} 尚未完成，距期限 ${dueText} 还有 ${due - asOfDay} 日`, en: `not done as of ${formatDate(asOfDay)}; ${due - asOfDay} day(s) left until the deadline ${dueText}` } };
  }
  return lateResult('overdue', base, asOfDay, { asOf }, calendar, dueText);
}

function lateResult(
  status: 'late' | 'overdue',
  base: { due: CivilDate; dueAt?: DateTime },
  day: CivilDate,
  when: { actual?: EventTime; asOf?: EventTime },
  calendar: WorkingCalendar | undefined,
  dueText: string,
): DeadlineCheck {
  const daysLate = Math.max(0, day - base.due);
  const workingDaysLate = calendar ? countWorkingDays(calendar, base.due, day) : undefined;
  const wdZh = workingDaysLate === undefined ? '' : `（${workingDaysLate} 个工作日）`;
  const wdEn = workingDaysLate === undefined ? '' : ` (${workingDaysLate} working day(s))`;
  const summary: Bilingual =
    status === 'late'
      ? { zh: `${formatDate(day)} 完成，超过期限 ${dueText} ${daysLate} 日${wdZh}`, en: `done on ${formatDate(day)}, ${daysLate} day(s)${wdEn} after the deadline ${dueText}` }
      : { zh: `截至 ${formatDate(day)} 仍未完成，已超过期限 ${dueText} ${daysLate} 日${wdZh}`, en: `not done as of ${formatDate(day)}: ${daysLate} day(s)${wdEn} past the deadline ${dueText}` };
  const readings: ReadingId[] = workingDaysLate === undefined ? ['period-ends-at-midnight'] : ['period-ends-at-midnight', 'late-working-days'];
  return { ...base, ...when, status, daysLate, ...(workingDaysLate === undefined ? {} : { workingDaysLate }), readings, summary };
}
