// Regenerates teams.xlsx (sheets 班子 and 成员) from teams.csv and members.csv:
//   node examples/batch/make-xlsx.mjs
import * as fs from 'node:fs';
import ExcelJS from 'exceljs';

const here = new URL('.', import.meta.url).pathname;
const rows = file => fs.readFileSync(here + file, 'utf8').trim().split(/\r?\n/).map(line => line.split(','));
const workbook = new ExcelJS.Workbook();
for (const [sheet, file] of [['班子', 'teams.csv'], ['成员', 'members.csv']]) {
    const ws = workbook.addWorksheet(sheet);
    // Numbers as numbers, as someone typing them into a sheet would have them.
    for (const row of rows(file)) ws.addRow(row.map(c => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
}
await workbook.xlsx.writeFile(here + 'teams.xlsx');
