import type { Message, Outcome } from '@zeren/model';
import { message } from '@zeren/model';
import type { FactFileError } from '../fact-file/types.js';
import type { ParsedFactFile } from '../fact-file/validate.js';
import { typeFacts } from '../fact-file/validate.js';
import type { Program } from '../program.js';
import { buildOutcome } from '../outcome-builder.js';
import { runSubject } from '../program.js';
import { dayNumberOfIso } from '@zeren/time';
import { frameFor } from '../frame.js';
import { fastFrame } from './fast-frame.js';

/**
 * Many subjects, one program: rows in (from a JSON array, JSON Lines, CSV, XLSX or anything the
 * caller reads), one result per row out, in order and streaming — a bad row is a result with its
 * errors, never the end of the batch.
 */
export interface BatchRow {
    /** 1-based position among the rows. */
    index: number;
    /** The row's name (名称/label), or its position when it has none. */
    key: string;
    file: string;
    /** Where the row starts (a line of a JSON Lines or CSV file, a row of a sheet). */
    line: number;
    /** The row's facts, or why they could not be read. */
    facts: ParsedFactFile | FactFileError;
}

export interface RowError {
    file: string;
    line: number;
    column: number;
    /** The field at fault (a fact name, a JSON path), '' for the whole row. */
    field: string;
    message: Message;
}

export interface RowResult {
    index: number;
    key: string;
    file: string;
    line: number;
    subject?: string;
    /** Absent when the row's facts are invalid (its errors say why). */
    outcome?: Outcome;
    /** Invalid facts, and rules the row's facts could not decide (outcome.errors, with the row's position). */
    errors: RowError[];
}

export interface EvaluateManyOptions {
    /** The subject of rows that do not name one. */
    subject?: string;
    explain?: boolean;
    year?: number;
    asOf?: string;
}

export async function* evaluateMany(program: Program, rows: AsyncIterable<BatchRow> | Iterable<BatchRow>, options: EvaluateManyOptions = {}): AsyncGenerator<RowResult> {
    const seen = new Map<string, number>();
    for await (const row of rows) yield evaluateRow(program, row, options, seen);
}

/** One row; `seen` (key → line) reports a name used twice. */
export function evaluateRow(program: Program, row: BatchRow, options: EvaluateManyOptions, seen?: Map<string, number>): RowResult {
    const result: RowResult = { index: row.index, key: row.key, file: row.file, line: row.line, errors: [] };
    const facts = row.facts;
    const fail = (e: FactFileError & { file?: string }) => result.errors.push({ file: e.file ?? row.file, line: e.line, column: e.column, field: e.path, message: e.message });
    if (!('raw' in facts)) {
        fail(facts);
        return result;
    }
    if (seen) {
        const earlier = seen.get(row.key);
        if (earlier !== undefined) fail({ path: '', line: row.line, column: 1, message: message('batch-key-duplicate', row.key, earlier) });
        else seen.set(row.key, row.line);
    }
    // One program per batch: a row naming another document is not silently run against this one.
    if (facts.document !== undefined && facts.document !== program.document.name) {
        fail({ path: 'document', ...facts.locate(['document']), message: message('batch-document-other', facts.document, program.document.name) });
        return result;
    }
    const subjectName = facts.subject ?? options.subject ?? onlySubject(program);
    const sp = subjectName === undefined ? undefined : program.subjects.get(subjectName);
    if (!sp) {
        const available = [...program.subjects.values()].filter(s => s.rules.length > 0).map(s => s.subject.name).join('、');
        fail({ path: 'subject', line: row.line, column: 1, message: subjectName === undefined ? message('batch-no-subject', available) : message('input-subject-unknown', subjectName, available) });
        return result;
    }
    result.subject = subjectName;
    const asOf = options.asOf ?? facts.asOf;
    const year = facts.year ?? options.year ?? (asOf ? Number(asOf.slice(0, 4)) : undefined);
    const ctx = { year, asOf: asOf ? dayNumberOfIso(asOf) : undefined };
    // Plain rows go straight to a frame; anything else (and every invalid value) the full way.
    let frame = result.errors.length ? undefined : fastFrame(sp.subject, facts.raw, ctx, facts.numberAt, facts.factsPath);
    if (!frame) {
        const typed = typeFacts(facts, sp.subject);
        typed.errors.forEach(fail);
        if (result.errors.length) return result;
        frame = frameFor(sp.subject, typed.values, '', ctx);
    }
    result.outcome = buildOutcome(program, sp, frame, runSubject(sp, frame), options.explain ?? false);
    for (const e of result.outcome.errors) {
        result.errors.push({ file: row.file, line: row.line, column: 1, field: '', message: { code: e.code as Message['code'], args: e.args } });
    }
    return result;
}

/** The subject when the document assesses only one. */
function onlySubject(program: Program): string | undefined {
    const assessed = [...program.subjects.values()].filter(s => s.rules.length > 0);
    return assessed.length === 1 ? assessed[0].subject.name : undefined;
}
