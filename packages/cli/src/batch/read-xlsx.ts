import type ExcelJS from 'exceljs';
import { loadExcel } from './load-excel.js';
import type { TableRecord } from './read-csv.js';

/** A sheet's records, read with exceljs's streaming reader (a sheet is never held whole). */
export async function* readXlsxRecords(file: string, wanted: (sheetName: string, position: number) => boolean): AsyncGenerator<TableRecord & { sheet: string }> {
    const reader = new (await loadExcel()).stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'emit' });
    let position = 0;
    for await (const sheet of reader) {
        const name = (sheet as unknown as { name: string }).name;
        if (!wanted(name, position++)) {
            for await (const _ of sheet) { /* skipped: the stream must still be consumed */ }
            continue;
        }
        for await (const row of sheet) {
            const values = (row as ExcelJS.Row).values as unknown[];
            const cells: string[] = [];
            for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
            while (cells.length && cells[cells.length - 1] === '') cells.pop();
            if (cells.length) yield { sheet: name, line: (row as ExcelJS.Row).number, cells };
        }
    }
}

/** A cell as text, as a CSV would hold it: numbers in their shortest exact form, dates as YYYY-MM-DD. */
function cellText(v: unknown): string {
    if (v === null || v === undefined) return '';
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === 'object') {
        const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
        if (o.richText) return o.richText.map(r => r.text).join('');
        if ('result' in o) return cellText(o.result);
        if (o.text !== undefined) return cellText(o.text);
        if (o.error) return o.error;
    }
    return String(v);
}
