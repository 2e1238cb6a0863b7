import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded when a workbook is read or written: every other command starts ~50 ms sooner
 * without it. Its zip code calls the deprecated Buffer() constructor; the warning (DEP0005) is
 * about that library, not about anything the user can change, so a run prints none.
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
    process.noDeprecation = true;
    return (await import('exceljs')).default;
}
