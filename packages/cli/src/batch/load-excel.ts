import type ExcelJS from 'exceljs';

/** exceljs, loaded when a workbook is read or written: every other command starts ~50 ms sooner without it. */
export async function loadExcel(): Promise<typeof ExcelJS> {
    return (await import('exceljs')).default;
}
