/**
 * Deadlines: the last permitted day (or instant) for an obligation, with an
 * explanation of every step and the reading it relied on.
 *
 * Periods after an event follow 《民法典》第二百零一–二百零三条: the starting day
 * is not counted, month/year periods end on the corresponding day, a last
 * day that is a statutory rest day moves to the next working day, and hour
 * periods run from the event's moment. Fixed dates (每年1月31日前, 2014年4月底前)
 * are set days, not periods. Every due date is inclusive: acting on it is on
 * time (the last day ends at 24:00). This file turns a rule's stated deadline into the
 * computation for its kind (event-deadlines.ts, fixed-deadlines.ts).
 */

import type { CivilDate } from './civil-date.js';
import { type DeadlineResult, type EventTime, DeadlineInputError } from './deadline-result.js';
import type { Duration } from './duration.js';
import { deadlineAfter, deadlineBefore } from './event-deadlines.js';
import { type FixedDateOptions, absoluteDeadline, annualDeadline, monthEndDeadline } from './fixed-deadlines.js';
import type { WorkingCalendar } from './working-calendar.js';

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
