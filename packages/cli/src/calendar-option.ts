import * as fs from 'node:fs';
import type { CalendarOverrides } from '@zeren/time';
import { parseCalendarOverrides } from '@zeren/time';
import { CliError } from './cli-error.js';
import { fileProblem } from './file-problem.js';

/**
 * `--calendar local.json`: working-day overrides (a local arrangement, or a year the national
 * calendar does not cover yet) for every document evaluated. Errors name the field at fault.
 */
export function calendarOption(file: string | undefined): CalendarOverrides | undefined {
    if (!file) return undefined;
    let json: unknown;
    try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
        const problem = fileProblem(e);
        throw new CliError('calendar-file', 2, file, problem.zh, problem.en);
    }
    const parsed = parseCalendarOverrides(json);
    if (!parsed.ok) throw new CliError('calendar-file', 2, file, parsed.error.zh, parsed.error.en);
    return parsed.value;
}
