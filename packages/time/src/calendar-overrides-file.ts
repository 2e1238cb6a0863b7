/**
 * Reading local calendar overrides from a JSON data file:
 *   { "source": "…", "years": { "from": 2027, "to": 2027 },
 *     "holidays": ["2027-01-01", { "date": "2027-02-06", "name": "春节" }],
 *     "workdays": ["2027-02-13"] }
 * Errors are values naming the field, so the CLI can point at it.
 */

import { parseDate } from './civil-date.js';
import { CHINESE_DAYS_COVERAGE } from './chinese-days-calendar.js';
import { type Bilingual, type Result, err, ok } from './text.js';
import type { CalendarDay, CalendarOverrides } from './working-calendar.js';

export interface OverridesFileError extends Bilingual {
  /** JSON path of the offending field, e.g. "holidays[2].date". */
  readonly path: string;
}

function fail(path: string, zh: string, en: string): { ok: false; error: OverridesFileError } {
  return err({ path, zh: `${path}：${zh}`, en: `${path}: ${en}` });
}

function readDays(value: unknown, field: 'holidays' | 'workdays'): Result<CalendarDay[], OverridesFileError> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value)) return fail(field, '应为日期数组', 'expected an array of dates');
  const days: CalendarDay[] = [];
  for (const [i, item] of value.entries()) {
    const path = `${field}[${i}]`;
    const text = typeof item === 'string' ? item : typeof item === 'object' && item !== null ? (item as { date?: unknown }).date : undefined;
    const datePath = typeof item === 'string' ? path : `${path}.date`;
    if (typeof text !== 'string') return fail(datePath, '应为 YYYY-MM-DD 日期', 'expected a YYYY-MM-DD date');
    const parsed = parseDate(text);
    if (!parsed.ok) return fail(datePath, parsed.error.zh, parsed.error.en);
    const name = typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : undefined;
    if (name !== undefined && typeof name !== 'string') return fail(`${path}.name`, '应为字符串', 'expected a string');
    days.push(name === undefined ? { date: parsed.value } : { date: parsed.value, holiday: { zh: name, en: name } });
  }
  return ok(days);
}

export function parseCalendarOverrides(json: unknown): Result<CalendarOverrides, OverridesFileError> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('$', '应为对象', 'expected an object');
  }
  const obj = json as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!['source', 'years', 'holidays', 'workdays'].includes(key)) return fail(key, '未知字段', 'unknown field');
  }
  if (obj.source !== undefined && typeof obj.source !== 'string') return fail('source', '应为字符串', 'expected a string');
  const holidays = readDays(obj.holidays, 'holidays');
  if (!holidays.ok) return holidays;
  const workdays = readDays(obj.workdays, 'workdays');
  if (!workdays.ok) return workdays;
  const clashAt = workdays.value.findIndex((w) => holidays.value.some((h) => h.date === w.date));
  if (clashAt >= 0) {
    const day = (obj.workdays as unknown[])[clashAt];
    const text = typeof day === 'string' ? day : (day as { date: string }).date;
    return fail(`workdays[${clashAt}]`, `${text} 同时列为节假日和工作日`, `${text} is listed both as a holiday and as a working day`);
  }
  let years: { from: number; to: number } | undefined;
  if (obj.years !== undefined) {
    const y = obj.years as { from?: unknown; to?: unknown };
    if (typeof y !== 'object' || y === null || !Number.isInteger(y.from) || !Number.isInteger(y.to) || (y.from as number) > (y.to as number)) {
      return fail('years', '应为 { "from": 年, "to": 年 }，且 from ≤ to', 'expected { "from": year, "to": year } with from ≤ to');
    }
    years = { from: y.from as number, to: y.to as number };
    // Layered over the national calendar (withOverrides), the years must continue its coverage.
    const base = CHINESE_DAYS_COVERAGE;
    if (years.from > base.to + 1 || years.to < base.from - 1) {
      return fail('years', `${years.from}–${years.to} 年与国家工作日历覆盖的 ${base.from}–${base.to} 年不相接`,
        `${years.from}–${years.to} do not adjoin the years ${base.from}–${base.to} the national calendar covers`);
    }
  }
  return ok({
    ...(typeof obj.source === 'string' ? { source: obj.source } : {}),
    holidays: holidays.value,
    workdays: workdays.value,
    ...(years ? { years } : {}),
  });
}
