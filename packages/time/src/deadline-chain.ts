import { type DeadlineResult, type EventTime, type ExplanationStep, finish, formatEventTime, step } from './deadline-result.js';
import type { Duration } from './duration.js';
import { deadlineAfter } from './event-deadlines.js';
import type { Bilingual } from './text.js';
import type { WorkingCalendar } from './working-calendar.js';

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
