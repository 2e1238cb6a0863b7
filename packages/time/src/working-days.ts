/**
 * Counting working days on a WorkingCalendar.
 *
 * As in every period here, the starting day is not counted (《民法典》第二百零一条):
 * "10 working days after 09-30" is the 10th working day strictly after 09-30.
 */

import { type CivilDate, addDays } from './civil-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/** The `count`-th working day after `start` (before it when negative); `start` itself is never counted. */
export function addWorkingDays(calendar: WorkingCalendar, start: CivilDate, count: number): CivilDate {
  if (!Number.isInteger(count)) throw new RangeError(`working-day count must be an integer, got ${count}`);
  const step = count < 0 ? -1 : 1;
  let remaining = Math.abs(count);
  let day = start;
  while (remaining > 0) {
    day = addDays(day, step);
    if (calendar.isWorkingDay(day)) remaining--;
  }
  return day;
}

/** Working days in the half-open interval (from, to]; negative when to < from. */
export function countWorkingDays(calendar: WorkingCalendar, from: CivilDate, to: CivilDate): number {
  if (to < from) return -countWorkingDays(calendar, to, from);
  let count = 0;
  for (let day = from + 1; day <= to; day++) {
    if (calendar.isWorkingDay(day as CivilDate)) count++;
  }
  return count;
}

/** The first working day on or after `date`. */
export function workingDayOnOrAfter(calendar: WorkingCalendar, date: CivilDate): CivilDate {
  let day = date;
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}
