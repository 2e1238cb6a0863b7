/**
 * The PRC working-day calendar from the `chinese-days` package's data file.
 *
 * We read the package's JSON data (holidays and 调休 working days keyed by
 * ISO date) rather than calling its functions, because those go through a
 * local-time date object and would make results depend on the machine's
 * time zone. The data holds the State Council arrangements for 2004–2026
 * (checked in chinese-days 1.5.7: every year 2004..2026 has entries, none
 * later), so that is the coverage.
 */

import data from 'chinese-days/dist/chinese-days.json';
import { type CivilDate, mustParseDate } from './civil-date.js';
import type { Bilingual } from './text.js';
import { type CalendarDay, type WorkingCalendar, calendarFromData } from './working-calendar.js';

export const CHINESE_DAYS_VERSION = '1.5.7';
export const CHINESE_DAYS_COVERAGE = { from: 2004, to: 2026 } as const;

// Entries look like "National Day,国庆节,3": English name, Chinese name, length.
function holidayName(entry: string): Bilingual {
  const [en = '', zh = ''] = entry.split(',');
  return { zh, en };
}

function toDays(entries: Record<string, string>): CalendarDay[] {
  return Object.entries(entries).map(([iso, entry]) => ({ date: mustParseDate(iso) as CivilDate, holiday: holidayName(entry) }));
}

let cached: WorkingCalendar | undefined;

/** The national calendar (国务院办公厅 holiday arrangements) for 2004–2026. */
export function chineseDaysCalendar(): WorkingCalendar {
  cached ??= calendarFromData({
    source: `chinese-days ${CHINESE_DAYS_VERSION}`,
    years: CHINESE_DAYS_COVERAGE,
    holidays: toDays(data.holidays),
    workdays: toDays(data.workdays),
  });
  return cached;
}
