/**
 * Frequency obligations ("每年至少2次", "每季度至少1次", "每年2–3轮",
 * "一届任期内至少1次") counted over a log of dated events, period by period.
 */

import { type CivilDate, formatDate, minDate } from './civil-date.js';
import { type Period, type PeriodKind, type PeriodSlice, sliceOf, splitIntoPeriods, termPeriod } from './period.js';
import type { ReadingId } from './readings.js';
import type { Bilingual } from './text.js';
import { frequencyWords } from './time-wording.js';

export interface FrequencyRule {
  readonly per: PeriodKind;
  /** At least this many per period (bounds are inclusive). A plain "每半年1次" is min 1. */
  readonly min?: number;
  /** At most this many per period. */
  readonly max?: number;
  /** Measure word for rendering: 次 (default), 轮, 遍. */
  readonly unit?: string;
}

export type DatedEvent = CivilDate | { readonly date: CivilDate };

export interface FrequencyInput {
  readonly rule: FrequencyRule;
  /** The evaluation window; for a per-term rule, the term itself. Inclusive. */
  readonly window: { readonly from: CivilDate; readonly to: CivilDate };
  readonly events: readonly DatedEvent[];
  /** Evaluate as of this date: later events are ignored and the period containing it is partial. */
  readonly asOf?: CivilDate;
  /** Label of the term for a per-term rule. */
  readonly termLabel?: Bilingual;
}

export type FrequencyStatus = 'met' | 'unmet' | 'undetermined';

export interface PeriodCount extends PeriodSlice {
  readonly count: number;
  readonly events: readonly CivilDate[];
  readonly status: FrequencyStatus;
  /** How many events short of the minimum (0 when none). */
  readonly shortfall: number;
  /** How many events over the maximum (0 when none). */
  readonly excess: number;
  readonly explanation: Bilingual;
}

export interface FrequencyResult {
  readonly rule: FrequencyRule;
  readonly status: FrequencyStatus;
  readonly periods: readonly PeriodCount[];
  readonly unmetPeriods: readonly Period[];
  readonly periodsWithoutEvent: readonly Period[];
  /** Events outside the window or after the as-of date. */
  readonly ignoredEvents: readonly CivilDate[];
  readonly readings: readonly ReadingId[];
  readonly summary: Bilingual;
}


function validate(rule: FrequencyRule): void {
  const bad = (n: number | undefined) => n !== undefined && (!Number.isInteger(n) || n < 0);
  if ((rule.min === undefined && rule.max === undefined) || bad(rule.min) || bad(rule.max)) {
    throw new RangeError('a frequency rule needs a non-negative integer min, max, or both');
  }
  if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
    throw new RangeError(`frequency minimum ${rule.min} exceeds maximum ${rule.max}`);
  }
}

/** The rule in words; see time-wording.ts. */
export function formatFrequency(rule: FrequencyRule): Bilingual {
  return frequencyWords(rule);
}

function dateOfEvent(event: DatedEvent): CivilDate {
  return typeof event === 'number' ? event : event.date;
}

function judge(rule: FrequencyRule, count: number, complete: boolean): { status: FrequencyStatus; shortfall: number; excess: number } {
  const shortfall = rule.min !== undefined ? Math.max(0, rule.min - count) : 0;
  const excess = rule.max !== undefined ? Math.max(0, count - rule.max) : 0;
  if (excess > 0) return { status: 'unmet', shortfall, excess }; // more events can never undo an excess
  if (complete) return { status: shortfall > 0 ? 'unmet' : 'met', shortfall, excess };
  // A partial period is decided only if the observed part already settles it.
  if (shortfall === 0 && rule.max === undefined) return { status: 'met', shortfall, excess };
  return { status: 'undetermined', shortfall, excess };
}

function explain(rule: FrequencyRule, slice: PeriodSlice, count: number, verdict: ReturnType<typeof judge>): Bilingual {
  const unit = rule.unit ?? '次';
  const label = slice.period.label;
  const partialZh = slice.complete ? '' : `（仅 ${formatDate(slice.from)}至${formatDate(slice.to)} 在评价区间内）`;
  const partialEn = slice.complete ? '' : ` (only ${formatDate(slice.from)} to ${formatDate(slice.to)} is inside the window)`;
  const head = { zh: `${label.zh}${partialZh}：${count}${unit}`, en: `${label.en}${partialEn}: ${count}` };
  switch (verdict.status) {
    case 'met':
      return { zh: `${head.zh}，达标`, en: `${head.en}, met` };
    case 'unmet':
      return verdict.excess > 0
        ? { zh: `${head.zh}，超过上限 ${verdict.excess}${unit}`, en: `${head.en}, ${verdict.excess} over the maximum` }
        : { zh: `${head.zh}，差 ${verdict.shortfall}${unit}`, en: `${head.en}, ${verdict.shortfall} short of the minimum` };
    case 'undetermined':
      return { zh: `${head.zh}，周期不完整，无法判定`, en: `${head.en}; the period is incomplete, so it cannot be decided` };
  }
}

/** Counts events per period and judges each period against the rule. */
export function checkFrequency(input: FrequencyInput): FrequencyResult {
  const { rule, window } = input;
  validate(rule);
  if (window.to < window.from) {
    throw new RangeError(`the window ends (${formatDate(window.to)}) before it starts (${formatDate(window.from)})`);
  }
  const end = input.asOf === undefined ? window.to : minDate(window.to, input.asOf);

  const slices: PeriodSlice[] =
    end < window.from
      ? []
      : rule.per === 'term'
        ? [sliceOf(termPeriod(window.from, window.to, input.termLabel), window.from, end)]
        : splitIntoPeriods(rule.per, window.from, end);

  const dates = input.events.map(dateOfEvent).sort((a, b) => a - b);
  const ignoredEvents = dates.filter((d) => d < window.from || d > end);

  const periods: PeriodCount[] = slices.map((slice) => {
    const inside = dates.filter((d) => d >= slice.from && d <= slice.to);
    const verdict = judge(rule, inside.length, slice.complete);
    return { ...slice, count: inside.length, events: inside, ...verdict, explanation: explain(rule, slice, inside.length, verdict) };
  });

  const status: FrequencyStatus =
    periods.some((p) => p.status === 'unmet') ? 'unmet'
    : periods.length === 0 || periods.some((p) => p.status === 'undetermined') ? 'undetermined'
    : 'met';

  const readings: ReadingId[] = ['count-bounds-inclusive', 'events-in-window-only'];
  if (rule.per === 'term') readings.push('term-is-given-interval');
  else readings.push('calendar-periods');
  if (periods.some((p) => !p.complete)) readings.push('partial-period-judged-only-when-decided');

  const text = formatFrequency(rule);
  const unmet = periods.filter((p) => p.status === 'unmet');
  const summary: Bilingual =
    status === 'met'
      ? { zh: `${text.zh}：各周期均达标`, en: `${text.en}: met in every period` }
      : status === 'unmet'
        ? { zh: `${text.zh}：${unmet.map((p) => p.period.label.zh).join('、')} 未达标`, en: `${text.en}: not met in ${unmet.map((p) => p.period.label.en).join(', ')}` }
        : { zh: `${text.zh}：尚无法判定`, en: `${text.en}: cannot be decided yet` };

  return {
    rule,
    status,
    periods,
    unmetPeriods: unmet.map((p) => p.period),
    periodsWithoutEvent: periods.filter((p) => p.count === 0).map((p) => p.period),
    ignoredEvents,
    readings,
    summary,
  };
}
