/**
 * Rolling-interval obligations: "每3至5年……全面检查一遍" — each unit must be
 * checked again no later than `maxYears` after the start or its last check.
 * The lower bound is the planned cycle, so a quicker re-check is a note, not
 * a breach (reading `every-3-to-5-years`).
 */

import { type CivilDate, addYears, formatDate } from './civil-date.js';
import type { DatedEvent } from './frequency.js';
import type { ReadingId } from './readings.js';
import type { Bilingual } from './text.js';

export interface RecurrenceRule {
  /** Planned shortest cycle (3 in 每3至5年); a shorter gap is only noted. */
  readonly minYears?: number;
  /** Longest allowed gap (5 in 每3至5年). */
  readonly maxYears: number;
  readonly unit?: string;
}

export interface RecurrenceInput {
  readonly rule: RecurrenceRule;
  /** When the obligation began to apply (the first cycle runs from here). */
  readonly from: CivilDate;
  readonly asOf: CivilDate;
  readonly events: readonly DatedEvent[];
}

export type GapStatus = 'met' | 'late' | 'open' | 'overdue';

export interface RecurrenceGap {
  readonly from: CivilDate;
  readonly fromKind: 'start' | 'event';
  /** The latest date for the next event: `from` + maxYears (corresponding day). */
  readonly dueBy: CivilDate;
  readonly next?: CivilDate;
  readonly status: GapStatus;
  readonly daysLate?: number;
  /** The next event came sooner than minYears after an earlier event. */
  readonly soonerThanCycle?: boolean;
  readonly explanation: Bilingual;
}

export interface RecurrenceResult {
  readonly status: 'met' | 'unmet';
  readonly gaps: readonly RecurrenceGap[];
  readonly nextDue: CivilDate;
  readonly notes: readonly Bilingual[];
  readonly readings: readonly ReadingId[];
  readonly summary: Bilingual;
}

export function checkRecurrence(input: RecurrenceInput): RecurrenceResult {
  const { rule, from, asOf } = input;
  if (!Number.isInteger(rule.maxYears) || rule.maxYears <= 0 || (rule.minYears !== undefined && (!Number.isInteger(rule.minYears) || rule.minYears < 0 || rule.minYears > rule.maxYears))) {
    throw new RangeError('a recurrence rule needs integer years with 0 ≤ minYears ≤ maxYears and maxYears > 0');
  }
  const dates = input.events
    .map((e) => (typeof e === 'number' ? e : e.date))
    .filter((d) => d >= from && d <= asOf)
    .sort((a, b) => a - b);

  const gaps: RecurrenceGap[] = [];
  const notes: Bilingual[] = [];
  let gapStart = from;
  let fromKind: RecurrenceGap['fromKind'] = 'start';
  for (const next of dates) {
    const dueBy = addYears(gapStart, rule.maxYears);
    const late = next > dueBy;
    const sooner = fromKind === 'event' && rule.minYears !== undefined && next < addYears(gapStart, rule.minYears);
    if (sooner) {
      notes.push({
        zh: `${formatDate(next)} 距上次 ${formatDate(gapStart)} 不足 ${rule.minYears} 年（早于计划周期，不视为违规）`,
        en: `${formatDate(next)} is less than ${rule.minYears} years after ${formatDate(gapStart)} (sooner than the planned cycle; not a breach)`,
      });
    }
    gaps.push({
      from: gapStart,
      fromKind,
      dueBy,
      next,
      status: late ? 'late' : 'met',
      ...(late ? { daysLate: next - dueBy } : {}),
      ...(sooner ? { soonerThanCycle: true } : {}),
      explanation: late
        ? { zh: `${formatDate(gapStart)} 起应于 ${formatDate(dueBy)} 前再次进行，实际 ${formatDate(next)}，逾期 ${next - dueBy} 日`, en: `due again by ${formatDate(dueBy)} after ${formatDate(gapStart)}, done ${formatDate(next)}: ${next - dueBy} day(s) late` }
        : { zh: `${formatDate(gapStart)} 起应于 ${formatDate(dueBy)} 前再次进行，实际 ${formatDate(next)}，按期`, en: `due again by ${formatDate(dueBy)} after ${formatDate(gapStart)}, done ${formatDate(next)}: on time` },
    });
    gapStart = next;
    fromKind = 'event';
  }
  const nextDue = addYears(gapStart, rule.maxYears);
  const overdue = asOf > nextDue;
  gaps.push({
    from: gapStart,
    fromKind,
    dueBy: nextDue,
    status: overdue ? 'overdue' : 'open',
    ...(overdue ? { daysLate: asOf - nextDue } : {}),
    explanation: overdue
      ? { zh: `${formatDate(gapStart)} 起应于 ${formatDate(nextDue)} 前再次进行，截至 ${formatDate(asOf)} 仍未进行`, en: `due again by ${formatDate(nextDue)} after ${formatDate(gapStart)}; still not done as of ${formatDate(asOf)}` }
      : { zh: `下次应于 ${formatDate(nextDue)} 前进行`, en: `next due by ${formatDate(nextDue)}` },
  });

  const breached = gaps.filter((g) => g.status === 'late' || g.status === 'overdue');
  const range = rule.minYears !== undefined ? `${rule.minYears}至${rule.maxYears}` : `${rule.maxYears}`;
  const rangeEn = rule.minYears !== undefined ? `${rule.minYears} to ${rule.maxYears}` : `${rule.maxYears}`;
  return {
    status: breached.length ? 'unmet' : 'met',
    gaps,
    nextDue,
    notes,
    readings: ['every-3-to-5-years', 'month-year-corresponding-day'],
    summary: breached.length
      ? { zh: `每${range}年一遍：${breached.length} 处间隔超过 ${rule.maxYears} 年`, en: `every ${rangeEn} years: ${breached.length} gap(s) longer than ${rule.maxYears} years` }
      : { zh: `每${range}年一遍：按期，下次应于 ${formatDate(nextDue)} 前`, en: `every ${rangeEn} years: on schedule, next due by ${formatDate(nextDue)}` },
  };
}
