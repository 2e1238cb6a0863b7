import * as fs from 'node:fs';
import type { CalendarOverrides } from '@zeren/time';
import { parseCalendarOverrides } from '@zeren/time';
import { isFactFileError, readFactTree } from '@zeren/evaluator';
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
        // A syntax error at its line and column (read again with positions); an unreadable file by name.
        const tree = e instanceof SyntaxError ? readFactTree(fs.readFileSync(file, 'utf8'), file, { json: true }) : undefined;
        const at = tree && isFactFileError(tree) ? `:${tree.line}:${tree.column}` : '';
        throw new CliError('calendar-file', 2, `${file}${at}`, problem.zh, problem.en);
    }
    const parsed = parseCalendarOverrides(json);
    if (!parsed.ok) throw new CliError('calendar-file', 2, `${file}${lineOf(file, parsed.error.path)}`, parsed.error.zh, parsed.error.en);
    return parsed.value;
}

/** `:line:column` of a field (holidays[2].date) in the file, read again with positions; '' for the whole file. */
function lineOf(file: string, field: string): string {
    if (field === '$') return '';
    const tree = readFactTree(fs.readFileSync(file, 'utf8'), file, { json: true });
    if (isFactFileError(tree)) return '';
    const at = tree.locate(field.split(/[.[\]]+/).filter(Boolean).map(p => (/^\d+$/.test(p) ? Number(p) : p)));
    return `:${at.line}:${at.column}`;
}
