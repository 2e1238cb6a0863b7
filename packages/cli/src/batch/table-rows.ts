import type { BatchRow, ParsedFactFile, SourcePosition } from '@zeren/evaluator';
import type { SubjectIR } from '@zeren/model';
import { message } from '@zeren/model';
import { CliError } from '../cli-error.js';
import { errorAt } from './position-error.js';
import type { TableRecord } from './read-csv.js';

/**
 * Tables of subjects (CSV, a sheet of an XLSX workbook): a header row of fact names, one row per
 * subject. Optional columns: 名称/label (the row's name), subject/主体 (the subject kind). A list
 * fact (成员) is a cell holding a JSON list, or comes from a list table: one row per item, a
 * 所属/parent column naming its subject row, 姓名/label naming the item, the item's facts.
 */
export const KEY_COLUMNS = new Set(['名称', 'label']);
export const SUBJECT_COLUMNS = new Set(['subject', '主体']);
export const PARENT_COLUMNS = new Set(['所属', 'parent']);

/** The items of one list fact, by the name of the subject row they belong to. */
export type ListItems = Map<string, { record: Record<string, unknown>; position: (field: string) => SourcePosition }[]>;

interface Header { names: string[]; key: number; subject: number }

function readHeader(file: string, header: TableRecord | undefined, subjects: SubjectIR[], extra: Set<string>): Header {
    if (!header) throw new CliError('batch-no-header', 2, file);
    const names = header.cells.map(c => c.trim());
    const seen = new Set<string>();
    for (const [i, name] of names.entries()) {
        if (seen.has(name)) throw errorAt(`${file}:${header.line}:${i + 1}`, message('batch-column-duplicate', name));
        seen.add(name);
        const known = KEY_COLUMNS.has(name) || SUBJECT_COLUMNS.has(name) || extra.has(name) || subjects.some(s => s.facts.some(f => f.name === name));
        if (!known) throw errorAt(`${file}:${header.line}:${i + 1}`, message('batch-column-unknown', name, subjects.map(s => s.name).join('、')));
    }
    const subject = names.findIndex(n => SUBJECT_COLUMNS.has(n));
    // Every row needs its subject kind: from the column, else --subject (or the only one assessed).
    if (subject < 0 && subjects.length > 1) throw errorAt(`${file}:${header.line}:1`, message('batch-no-subject', subjects.map(s => s.name).join('、')));
    return { names, key: names.findIndex(n => KEY_COLUMNS.has(n)), subject };
}

/** The subject rows of a table, each with its facts as text and the position of every cell; a chunk of records in, a chunk of rows out. */
export async function* tableRows(file: string, chunks: AsyncIterable<TableRecord[]>, subjects: SubjectIR[], lists: Map<string, ListItems>): AsyncGenerator<BatchRow[]> {
    let header: Header | undefined;
    let index = 0;
    for await (const records of chunks) {
      const out: BatchRow[] = [];
      for (const record of records) {
        if (!header) {
            header = readHeader(file, record, subjects, new Set());
            continue;
        }
        index++;
        const { names } = header;
        const raw: Record<string, unknown> = Object.create(null);
        const cells = record.cells;
        for (let i = 0; i < names.length && i < cells.length; i++) {
            if (i === header.key || i === header.subject) continue;
            // A spreadsheet cell's stray spaces ("是 ", " 92") are not part of its value.
            const cell = cells[i].trim();
            if (cell !== '') raw[names[i]] = cell;
        }
        const key = header.key >= 0 && cells[header.key]?.trim() ? cells[header.key].trim() : String(index);
        const fromLists = new Map<string, ListItems extends Map<string, infer I> ? I : never>();
        for (const [fact, items] of lists) {
            const mine = items.get(key) ?? [];
            fromLists.set(fact, mine);
            raw[fact] = mine.map(m => m.record);
        }
        const line = record.line;
        const extra = extraCell(cells, names.length);
        if (extra >= 0) {
            out.push({ index, key, file, line, facts: { path: '', line, column: extra + 1, message: message('batch-extra-cells', extra + 1, names.length) } });
            continue;
        }
        const column = (name: string | number) => { const i = names.indexOf(String(name)); return i >= 0 ? i + 1 : 1; };
        const facts: ParsedFactFile = {
            subject: header.subject >= 0 && cells[header.subject]?.trim() ? cells[header.subject].trim() : undefined,
            label: key,
            raw,
            factsPath: [],
            locate: path => {
                const items = fromLists.get(String(path[0]));
                if (items && typeof path[1] === 'number' && items[path[1]]) return items[path[1]].position(String(path[2] ?? ''));
                return { line, column: column(path[0] ?? '') };
            },
        };
        out.push({ index, key, file, line, facts });
      }
      if (out.length) yield out;
    }
    if (!header) throw new CliError('batch-no-header', 2, file);
}

/** A list table (成员): items grouped by the subject row they belong to (所属/parent). */
export async function readListItems(file: string, records: AsyncIterable<TableRecord>, item: SubjectIR): Promise<ListItems> {
    const out: ListItems = new Map();
    let names: string[] | undefined;
    let parent = -1;
    for await (const record of records) {
        if (!names) {
            names = record.cells.map(c => c.trim());
            parent = names.findIndex(n => PARENT_COLUMNS.has(n));
            if (parent < 0) throw errorAt(`${file}:${record.line}:1`, message('batch-list-parent'));
            const labels = new Set(['姓名', 'label', '名称']);
            for (const [i, name] of names.entries()) {
                if (i === parent || labels.has(name) || item.facts.some(f => f.name === name)) continue;
                throw errorAt(`${file}:${record.line}:${i + 1}`, message('batch-column-unknown', name, item.name));
            }
            continue;
        }
        const extra = extraCell(record.cells, names.length);
        if (extra >= 0) throw errorAt(`${file}:${record.line}:${extra + 1}`, message('batch-extra-cells', extra + 1, names.length));
        const record_: Record<string, unknown> = Object.create(null);
        for (let i = 0; i < names.length && i < record.cells.length; i++) {
            const cell = record.cells[i].trim();
            if (i !== parent && cell !== '') record_[names[i]] = cell;
        }
        const key = record.cells[parent]?.trim() ?? '';
        const line = record.line;
        const header = names;
        const list = out.get(key) ?? [];
        list.push({ record: record_, position: field => ({ file, line, column: Math.max(1, header.indexOf(field) + 1) }) });
        out.set(key, list);
    }
    return out;
}

/** The first non-empty cell beyond the header's columns (-1 for none): a value no column names is an error, not dropped. */
function extraCell(cells: string[], columns: number): number {
    for (let i = columns; i < cells.length; i++) if (cells[i].trim() !== '') return i;
    return -1;
}

/** Records one by one (an XLSX sheet) gathered into chunks, so the batch awaits once per chunk. */
export async function* chunked<T>(items: AsyncIterable<T>, size = 256): AsyncGenerator<T[]> {
    let chunk: T[] = [];
    for await (const item of items) {
        chunk.push(item);
        if (chunk.length >= size) {
            yield chunk;
            chunk = [];
        }
    }
    if (chunk.length) yield chunk;
}
