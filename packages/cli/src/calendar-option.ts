import * as fs from 'node:fs';
import type { CalendarOverrides } from '@zeren/time';
import { parseCalendarOverrides } from '@zeren/time';
import type { Lang } from '@zeren/model';
import { CliError } from './cli-error.js';

/**
 * `--calendar local.json`: working-day overrides (a local arrangement, or a year the national
 * calendar does not cover yet) for every document evaluated. Errors name the field at fault.
 */
export function calendarOption(file: string | undefined, lang: Lang): CalendarOverrides | undefined {
    if (!file) return undefined;
    let json: unknown;
    try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
        throw new CliError('calendar-file', 2, file, (e as Error).message);
    }
    const parsed = parseCalendarOverrides(json);
    if (!parsed.ok) throw new CliError('calendar-file', 2, file, lang === 'zh' ? parsed.error.zh : parsed.error.en);
    return parsed.value;
}
