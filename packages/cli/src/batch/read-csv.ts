import * as fs from 'node:fs';
import { message } from '@zeren/model';
import { errorAt } from './position-error.js';
import { TableDecoder } from './text-decoding.js';

/** One record of a table: its cells as text and the line (CSV) or row (sheet) it starts on. */
export interface TableRecord {
    line: number;
    cells: string[];
}

/** The records of a CSV file one by one (list tables); the batch reads them a chunk at a time (readCsvChunks). */
export async function* readCsvRecords(file: string): AsyncGenerator<TableRecord> {
    for await (const records of readCsvChunks(file)) yield* records;
}

/**
 * Streams the records of a CSV file (RFC 4180: quoted cells with "" escapes and line breaks,
 * CRLF or LF, UTF-8 with an optional byte-order mark or GB18030), never holding more than one chunk and one
 * record. Written here rather than taken from a library: the batch bench streams a million rows
 * and this loop is what it measures.
 */
export async function* readCsvChunks(file: string, onShare?: (share: number) => void): AsyncGenerator<TableRecord[]> {
    const size = onShare ? Math.max(1, fs.statSync(file).size) : 1;
    let bytes = 0;
    let cells: string[] = [];
    let cell = '';
    let quoted = false;
    /** After a closing quote, until the next comma or line break. */
    let afterQuote = false;
    let line = 1;
    let recordLine = 1;
    let first = true;
    let pendingCr = false;
    let pendingQuote = false;
    const decoder = new TableDecoder(file);
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 16 })) {
        let text = decoder.decode(chunk as Buffer, line);
        if (onShare) {
            bytes += (chunk as Buffer).length;
            onShare(bytes / size);
        }
        if (first) {
            if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
            first = false;
        }
        let start = 0;
        // The records completed in this chunk, handed on together (one await per chunk, not per row).
        const done: TableRecord[] = [];
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (pendingCr) {
                pendingCr = false;
                if (c === 10) { start = i + 1; continue; }
            }
            if (pendingQuote) {
                // The previous chunk ended on a quote inside a quoted cell: "" or the cell's end.
                pendingQuote = false;
                if (c === 34) { cell += '"'; start = i + 1; continue; }
                quoted = false;
                afterQuote = true;
            }
            if (quoted) {
                if (c === 34) {
                    cell += text.slice(start, i);
                    start = i + 1;
                    if (i + 1 === text.length) pendingQuote = true;
                    else if (text.charCodeAt(i + 1) === 34) { cell += '"'; i++; start = i + 1; }
                    else { quoted = false; afterQuote = true; }
                } else if (c === 10) line++;
                continue;
            }
            if (c === 44) {
                cells.push(cell + text.slice(start, i));
                cell = '';
                afterQuote = false;
                start = i + 1;
            } else if (c === 10 || c === 13) {
                cells.push(cell + text.slice(start, i));
                cell = '';
                afterQuote = false;
                if (!(cells.length === 1 && cells[0] === '')) done.push({ line: recordLine, cells });
                cells = [];
                line++;
                recordLine = line;
                if (c === 13) {
                    if (i + 1 < text.length) { if (text.charCodeAt(i + 1) === 10) i++; } else pendingCr = true;
                }
                start = i + 1;
            } else if (c === 34 && start === i && cell.length === 0 && !afterQuote) {
                quoted = true;
                start = i + 1;
            }
        }
        if (start < text.length) cell += text.slice(start);
        if (done.length) yield done;
    }
    cell += decoder.end(line);
    // A quote opened and never closed would swallow every later line into one cell.
    if (quoted && !pendingQuote) throw errorAt(`${file}:${recordLine}:${cells.length + 1}`, message('batch-csv-quote'));
    if (cell.length > 0 || cells.length > 0) {
        cells.push(cell);
        if (!(cells.length === 1 && cells[0] === '')) yield [{ line: recordLine, cells }];
    }
}

/** A cell as written to CSV: quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
