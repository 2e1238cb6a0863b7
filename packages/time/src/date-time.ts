/**
 * Instants with an explicit UTC offset, for hour periods ("48小时内").
 *
 * An instant is stored as whole seconds since 1970-01-01T00:00Z plus the
 * offset it was written in, so arithmetic never consults the machine's time
 * zone. Text without an offset is read as China Standard Time (+08:00, no
 * daylight saving since 1991), the zone every measure in the corpus is in.
 */

import { type CivilDate, fromDayNumber, formatDate, parseDate } from './civil-date.js';
import { type Bilingual, type Result, err, ok } from './text.js';

export interface DateTime {
  /** Seconds since 1970-01-01T00:00:00Z. */
  readonly epochSeconds: number;
  /** Offset from UTC in minutes that the instant is displayed in (+480 = +08:00). */
  readonly offsetMinutes: number;
}

export interface DateTimeParseError extends Bilingual {
  readonly code: 'format' | 'date' | 'time' | 'offset';
  readonly input: string;
}

/** China Standard Time, UTC+08:00. */
export const CHINA_OFFSET_MINUTES = 480;

const SECONDS_PER_DAY = 86400;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

function parseOffset(text: string): number | undefined {
  if (text === 'Z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const hours = Number(text.slice(1, 3));
  const minutes = Number(text.slice(4, 6));
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/**
 * Parses `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]` (a space may replace the T).
 * Without an offset the time is read in `defaultOffsetMinutes` (+08:00).
 */
export function parseDateTime(input: string, defaultOffsetMinutes = CHINA_OFFSET_MINUTES): Result<DateTime, DateTimeParseError> {
  const match = DATE_TIME.exec(input);
  if (!match) {
    return err({
      code: 'format',
      input,
      zh: `时间“${input}”格式错误，应为 YYYY-MM-DDTHH:MM（可带时区，如 2015-09-16T09:30+08:00）`,
      en: `The date-time "${input}" is malformed; expected YYYY-MM-DDTHH:MM with an optional offset (e.g. 2015-09-16T09:30+08:00)`,
    });
  }
  const date = parseDate(match[1]!);
  if (!date.ok) return err({ code: 'date', input, zh: date.error.zh, en: date.error.en });
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  const second = match[4] === undefined ? 0 : Number(match[4]);
  if (hour > 23 || minute > 59 || second > 59) {
    return err({
      code: 'time',
      input,
      zh: `时间“${input}”不存在：时应为 00–23，分、秒应为 00–59`,
      en: `The time in "${input}" does not exist: hours must be 00–23, minutes and seconds 00–59`,
    });
  }
  const offset = match[5] === undefined ? defaultOffsetMinutes : parseOffset(match[5]);
  if (offset === undefined) {
    return err({
      code: 'offset',
      input,
      zh: `时间“${input}”的时区偏移无效（应在 ±14:00 以内）`,
      en: `The UTC offset in "${input}" is invalid (must be within ±14:00)`,
    });
  }
  const localSeconds = date.value * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second;
  return ok({ epochSeconds: localSeconds - offset * 60, offsetMinutes: offset });
}

export function mustParseDateTime(input: string, defaultOffsetMinutes = CHINA_OFFSET_MINUTES): DateTime {
  const result = parseDateTime(input, defaultOffsetMinutes);
  if (!result.ok) throw new RangeError(result.error.en);
  return result.value;
}

/** Midnight at the start of a civil day, in the given offset. */
export function startOfDayAt(date: CivilDate, offsetMinutes = CHINA_OFFSET_MINUTES): DateTime {
  return { epochSeconds: date * SECONDS_PER_DAY - offsetMinutes * 60, offsetMinutes };
}

export function addHours(dt: DateTime, hours: number): DateTime {
  return { epochSeconds: dt.epochSeconds + hours * 3600, offsetMinutes: dt.offsetMinutes };
}

/** Negative when a is earlier than b; offsets do not matter, only the instant. */
export function compareDateTimes(a: DateTime, b: DateTime): number {
  return a.epochSeconds - b.epochSeconds;
}

/** Same instant shown in another offset. */
export function withOffset(dt: DateTime, offsetMinutes: number): DateTime {
  return { epochSeconds: dt.epochSeconds, offsetMinutes };
}

/** The civil date of an instant as seen in an offset (by default Beijing time). */
export function civilDateOf(dt: DateTime, offsetMinutes = CHINA_OFFSET_MINUTES): CivilDate {
  return fromDayNumber(Math.floor((dt.epochSeconds + offsetMinutes * 60) / SECONDS_PER_DAY));
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** ISO form in the instant's own offset; seconds are shown only when non-zero. */
export function formatDateTime(dt: DateTime): string {
  const local = dt.epochSeconds + dt.offsetMinutes * 60;
  const day = Math.floor(local / SECONDS_PER_DAY);
  const secondOfDay = local - day * SECONDS_PER_DAY;
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  const second = secondOfDay % 60;
  const time = `${pad2(hour)}:${pad2(minute)}${second === 0 ? '' : `:${pad2(second)}`}`;
  return `${formatDate(fromDayNumber(day))}T${time}${formatOffset(dt.offsetMinutes)}`;
}
