/**
 * What a deadline computation returns: the due day (or instant), every step with the reading it
 * relied on, in both languages; and the helpers the computations share to build it.
 */

import { type CivilDate, formatDate } from './civil-date.js';
import { type DateTime, CHINA_OFFSET_MINUTES, civilDateOf, formatDateTime } from './date-time.js';
import type { ReadingId } from './readings.js';
import type { Bilingual } from './text.js';

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

export function formatEventTime(value: EventTime): string {
  return isDateTime(value) ? formatDateTime(value) : formatDate(value);
}

export function step(zh: string, en: string, reading?: ReadingId): ExplanationStep {
  return reading ? { zh, en, reading } : { zh, en };
}

export function finish(
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
export function eventDate(event: EventTime, steps: ExplanationStep[]): CivilDate {
  if (!isDateTime(event)) return event;
  const date = civilDateOf(event, CHINA_OFFSET_MINUTES);
  steps.push(step(
    `事件时间 ${formatDateTime(event)} 在北京时间为 ${formatDate(date)}`,
    `the event at ${formatDateTime(event)} falls on ${formatDate(date)} in Beijing time`,
    'beijing-time',
  ));
  return date;
}
