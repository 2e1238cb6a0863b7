/**
 * Deadlines on set days: 每年1月31日前, 每年6月底前, 2014年6月30日前, 2014年4月底前. They are days,
 * not periods: not moved over rest days unless a rule says so.
 */

import { type CivilDate, addDays, dateFromParts, formatDate, isValidDateParts, monthEnd } from './civil-date.js';
import { type DeadlineResult, type ExplanationStep, DeadlineInputError, finish, step } from './deadline-result.js';
import { extendOverRestDays } from './rest-day-extension.js';
import type { WorkingCalendar } from './working-calendar.js';

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
