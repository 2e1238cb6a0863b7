/**
 * Durations as the measures state them: calendar days, working days, months,
 * years, hours and half a month — kept in their own unit because each unit
 * ends a period differently (《民法典》第二百零一、二百零二条).
 */

import { type Bilingual, type Result, err, ok } from './text.js';

export type DurationUnit = 'day' | 'working-day' | 'half-month' | 'month' | 'year' | 'hour';

export interface Duration {
  readonly unit: DurationUnit;
  /** A positive integer; for 'half-month' always 1 (半个月). */
  readonly amount: number;
}

function positive(amount: number, unit: DurationUnit): Duration {
  if (!Number.isInteger(amount) || amount < 0) {
    throw new RangeError(`a ${unit} duration needs a non-negative integer amount, got ${amount}`);
  }
  return { unit, amount };
}

export const days = (n: number): Duration => positive(n, 'day');
export const workingDays = (n: number): Duration => positive(n, 'working-day');
export const months = (n: number): Duration => positive(n, 'month');
export const years = (n: number): Duration => positive(n, 'year');
export const hours = (n: number): Duration => positive(n, 'hour');
/** 半个月: counted as 15 calendar days (reading `half-month-is-15-days`). */
export const halfMonth = (): Duration => ({ unit: 'half-month', amount: 1 });

/** A duration from the semantic model, which spells working days 'workday'. */
export function durationOf(d: { readonly unit: DurationUnit | 'workday'; readonly amount: number }): Duration {
  return d.unit === 'half-month' ? halfMonth() : positive(d.amount, d.unit === 'workday' ? 'working-day' : d.unit);
}

/** Calendar days in 半个月; see READINGS `half-month-is-15-days`. */
export const HALF_MONTH_DAYS = 15;

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses Arabic digits or Chinese numerals below 1000 (十五, 二十, 一百二十). */
export function parseChineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '' || !/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch === '百' || ch === '十') {
      const scale = ch === '百' ? 100 : 10;
      total += (digit ?? 1) * scale; // "十五" omits the leading 一
      digit = undefined;
    } else {
      if (digit !== undefined) return undefined; // two digits in a row: not a numeral we read
      digit = DIGITS[ch];
    }
  }
  return total + (digit ?? 0);
}

export interface DurationParseError extends Bilingual {
  readonly input: string;
}

const DURATION_TEXT = /^([0-9零〇一二两三四五六七八九十百]+)\s*(个工作日|工作日|日|天|个月|月|年|小时|个小时)(?:内|以内)?$/;

/** Parses a Chinese duration such as "15日", "10个工作日", "三个月", "48小时", "半个月", "30日内". */
export function parseDurationZh(input: string): Result<Duration, DurationParseError> {
  const text = input.trim();
  if (/^半个?月(?:内|以内)?$/.test(text)) return ok(halfMonth());
  const match = DURATION_TEXT.exec(text);
  const amount = match ? parseChineseNumber(match[1]!) : undefined;
  if (!match || amount === undefined) {
    return err({
      input,
      zh: `无法识别期限“${input}”，应如“15日”“10个工作日”“2个月”“48小时”“半个月”`,
      en: `Cannot read the duration "${input}"; expected e.g. 15日, 10个工作日, 2个月, 48小时 or 半个月`,
    });
  }
  const unitText = match[2]!;
  const unit: DurationUnit =
    unitText.endsWith('工作日') ? 'working-day'
    : unitText === '日' || unitText === '天' ? 'day'
    : unitText.endsWith('月') ? 'month'
    : unitText === '年' ? 'year'
    : 'hour';
  return ok({ unit, amount });
}
