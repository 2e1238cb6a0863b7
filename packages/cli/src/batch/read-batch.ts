import * as path from 'node:path';
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { readInputText } from '../read-input.js';
import type { BatchRow } from '@zeren/evaluator';
import { factFileAt, isFactFileError, readFactTree } from '@zeren/evaluator';
import type { SubjectIR } from '@zeren/model';
import { message } from '@zeren/model';
import { CliError } from '../cli-error.js';
import { errorAt } from './position-error.js';
import { readCsvChunks, readCsvRecords } from './read-csv.js';
import { readXlsxRecords } from './read-xlsx.js';
import type { ListItems } from './table-rows.js';
import { chunked, readListItems, tableRows } from './table-rows.js';

export type InputFormat = 'json' | 'yaml' | 'jsonl' | 'csv' | 'xlsx';

export function inputFormat(file: string): InputFormat {
    const ext = /\.([^./\\]+)$/.exec(path.basename(file))?.[1]?.toLowerCase();
    switch (ext) {
        // No extension (a pipe, --facts <(…)): JSON or YAML, which the YAML reader takes both of.
        case undefined: return 'yaml';
        case 'json': return 'json';
        case 'yaml': case 'yml': return 'yaml';
        case 'jsonl': case 'ndjson': return 'jsonl';
        case 'csv': return 'csv';
        case 'xlsx': return 'xlsx';
        default: throw new CliError('batch-format', 2, file);
    }
}

/** Whether a JSON/YAML fact file holds a list of fact-file objects (its first non-blank character is '['). */
export function holdsList(text: string): boolean {
    return /^\s*(#[^\n]*\n\s*)*\[/.test(text) || /^\s*-\s/.test(text);
}

/** A list fact and the list table holding its items (--facts-list 成员=members.csv). */
export interface ListSource { fact: string; file: string }

/** The subject rows of a batch file in chunks, streamed (JSON and YAML arrays are read whole). */
export async function openBatch(file: string, subjects: SubjectIR[], listSources: ListSource[], onShare?: (share: number) => void): Promise<AsyncIterable<BatchRow[]> | Iterable<BatchRow[]>> {
    const format = inputFormat(file);
    if (format === 'csv' || format === 'xlsx') {
        const lists = new Map<string, ListItems>();
        for (const l of listSources) lists.set(l.fact, await readListItems(l.file, inputFormat(l.file) === 'xlsx' ? readXlsxRecords(l.file, (_, i) => i === 0) : readCsvRecords(l.file), listSubject(l.fact, subjects, l.file)));
        if (format === 'csv') return tableRows(file, readCsvChunks(file, onShare), subjects, lists);
        // Sheets named after a list fact hold its items; the first other sheet the subjects.
        const listFacts = new Set(subjects.flatMap(s => s.facts.filter(f => f.type.kind === 'list').map(f => f.name)).filter(f => !lists.has(f)));
        const sheetNames: string[] = [];
        for await (const _ of readXlsxRecords(file, name => { sheetNames.push(name); return false; })) { /* names only */ }
        for (const name of sheetNames.filter(n => listFacts.has(n))) {
            lists.set(name, await readListItems(`${file}[${name}]`, readXlsxRecords(file, n => n === name), listSubject(name, subjects, file)));
        }
        const main = sheetNames.find(n => !lists.has(n));
        return tableRows(file, chunked(readXlsxRecords(file, n => n === main)), subjects, lists);
    }
    if (format === 'jsonl') return chunked(jsonLines(file));
    return [[...treeRows(file, readInputText(file))]];
}

function listSubject(fact: string, subjects: SubjectIR[], file: string): SubjectIR {
    for (const s of subjects) {
        const t = s.facts.find(f => f.name === fact)?.type;
        if (t?.kind === 'list') return t.subject;
    }
    throw new CliError('batch-list-option', 2, `${fact}=${file}`);
}

/** A JSON or YAML file: an array of fact-file objects, or one. */
function* treeRows(file: string, text: string): Generator<BatchRow> {
    const tree = readFactTree(text, file);
    if (isFactFileError(tree)) throw errorAt(`${file}:${tree.line}:${tree.column}`, tree.message);
    const items = Array.isArray(tree.data) ? tree.data : [tree.data];
    const prefix = (i: number) => (Array.isArray(tree.data) ? [i] : []);
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        const line = tree.locate(prefix(i)).line;
        const facts = item && typeof item === 'object' && !Array.isArray(item)
            ? factFileAt(tree, item, prefix(i))
            : { path: `[${i}]`, line, column: tree.locate(prefix(i)).column, message: message('batch-not-object', i + 1) };
        const label = 'raw' in facts ? facts.label : undefined;
        yield { index: i + 1, key: label ?? String(i + 1), file, line, facts };
    }
}

/** JSON Lines: one fact-file object per line, read a line at a time. */
async function* jsonLines(file: string): AsyncGenerator<BatchRow> {
    const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let lineNo = 0;
    let index = 0;
    for await (const text of lines) {
        lineNo++;
        if (text.trim() === '') continue;
        index++;
        // Read as JSON (strict), positions counted from this line.
        const tree = readFactTree(text, file, { json: true, lineOffset: lineNo - 1 });
        const facts = isFactFileError(tree) ? tree : factFileAt(tree, tree.data, []);
        const label = 'raw' in facts ? facts.label : undefined;
        yield { index, key: label ?? String(index), file, line: lineNo, facts };
    }
}

