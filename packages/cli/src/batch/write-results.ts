import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadExcel } from './load-excel.js';
import type { RowResult } from '@zeren/evaluator';
import type { Lang } from '@zeren/model';
import { render } from '@zeren/model';
import { CliError } from '../cli-error.js';
import { fileProblem } from '../file-problem.js';
import { csvCell } from './read-csv.js';
import type { ResultColumn } from './result-columns.js';

export type OutputFormat = 'csv' | 'xlsx' | 'json' | 'jsonl';

export function outputFormat(file: string): OutputFormat | undefined {
    const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
    return ext === 'csv' || ext === 'xlsx' || ext === 'json' || ext === 'jsonl' ? ext : undefined;
}

/** Streams results into a temporary file beside the target; `finish` renames it, `abandon` removes it. */
export interface ResultWriter {
    /** A promise only when the writer must be waited for (XLSX); text formats buffer synchronously. */
    write(r: RowResult): Promise<void> | void;
    finish(): Promise<void>;
    abandon(): void;
}

export async function openResultWriter(file: string, format: OutputFormat, columns: ResultColumn[], lang: Lang): Promise<ResultWriter> {
    const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
    const failed = (e: unknown) => new CliError('cli-write', 2, file, fileProblem(e).zh, fileProblem(e).en);
    const rename = () => {
        try {
            fs.renameSync(tmp, file);
        } catch (e) {
            throw failed(e);
        }
    };
    const abandon = () => { try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ } };
    if (format === 'xlsx') {
        const ExcelJS = await loadExcel();
        const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: false, useStyles: false });
        const sheet = workbook.addWorksheet(lang === 'zh' ? '结果' : 'results');
        sheet.addRow(columns.map(c => c.header)).commit();
        return {
            write: async r => sheet.addRow(columns.map(c => cellValue(c, r))).commit(),
            finish: async () => {
                sheet.commit();
                await workbook.commit();
                rename();
            },
            abandon,
        };
    }
    let fd: number;
    try {
        fd = fs.openSync(tmp, 'w');
    } catch (e) {
        throw failed(e);
    }
    // Buffered: one write per ~64 KB, not per row.
    let buffer = '';
    const flush = () => {
        fs.writeSync(fd, buffer);
        buffer = '';
    };
    const put = (s: string) => {
        buffer += s;
        if (buffer.length > 1 << 16) flush();
    };
    let count = 0;
    if (format === 'csv') put(`\ufeff${columns.map(c => csvCell(c.header)).join(',')}\r\n`);
    if (format === 'json') put('[');
    return {
        write: r => {
            if (format === 'csv') put(`${columns.map(c => csvCell(c.value(r))).join(',')}\r\n`);
            else put(`${format === 'json' ? (count ? ',\n' : '\n') : ''}${JSON.stringify(jsonRow(r, lang))}${format === 'jsonl' ? '\n' : ''}`);
            count++;
        },
        finish: async () => {
            if (format === 'json') put(count ? '\n]\n' : ']\n');
            try {
                flush();
                fs.closeSync(fd);
            } catch (e) {
                abandon();
                throw failed(e);
            }
            rename();
        },
        abandon: () => {
            try { fs.closeSync(fd); } catch { /* already closed */ }
            abandon();
        },
    };
}

/** A row of JSON / JSON Lines output: the full outcome plus where the row came from and its errors. */
function jsonRow(r: RowResult, lang: Lang) {
    return {
        key: r.key, row: r.line, subject: r.subject ?? null,
        outcome: r.outcome ?? null,
        errors: r.errors.map(e => ({ file: e.file, line: e.line, column: e.column, field: e.field, code: e.message.code, message: render(e.message, lang), zh: render(e.message, 'zh'), en: render(e.message, 'en') })),
    };
}

/**
 * A workbook cell: a numeric column's exact decimal as an Excel number when a double shows it
 * unchanged (at most 15 significant digits, as Excel displays); anything else stays text, never
 * a rounded number.
 */
function cellValue(c: ResultColumn, r: RowResult): string | number {
    const text = c.value(r);
    if (!c.numeric || !/^-?\d+(\.\d+)?$/.test(text)) return text;
    const significant = text.replace(/[-.]/g, '').replace(/^0+/, '').length;
    return significant <= 15 && String(Number(text)) === text ? Number(text) : text;
}
