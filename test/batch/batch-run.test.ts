import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateMany } from '@zeren/evaluator';
import type { BatchRow } from '@zeren/evaluator';
import { parseFactFile } from '@zeren/evaluator';
import { zeren } from '../helpers/cli.js';
import type { TeamCase } from './team-batches.js';
import { plain, RULES, TEAM, teamCases, writeTeamBatches } from './team-batches.js';
import { ROOT } from '../helpers/workspace.js';

let dir: string;
let cases: TeamCase[];
let program: Awaited<ReturnType<typeof teamCases>>['program'];

beforeAll(async () => {
    ({ program, cases } = await teamCases());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-batch-'));
    await writeTeamBatches(dir, cases);
});

const readJsonl = (file: string) => fs.readFileSync(file, 'utf8').trim().split('\n').map(l => JSON.parse(l));

describe('zeren run on many subjects', () => {
    it('has team scenarios to batch', () => {
        expect(cases.length).toBeGreaterThanOrEqual(10);
        expect(cases.every(c => c.expected.errors.length === 0)).toBe(true);
    });

    for (const [input, extra] of [['teams.json', []], ['teams.jsonl', []], ['teams.csv', ['--facts-list', '成员=members.csv']], ['teams.xlsx', []]] as [string, string[]][]) {
        it(`${input}: every row gives the result of its single run`, () => {
            const out = `${input}.out.jsonl`;
            const r = zeren(['run', RULES, '--subject', TEAM, '--facts', input, ...extra, '-o', out], { cwd: dir });
            expect(r.stderr).toContain(`共 ${cases.length} 个主体：${cases.length} 个已评估，0 个有错误`);
            expect(r.code).toBe(0);
            const rows = readJsonl(path.join(dir, out));
            expect(rows.map(x => x.key)).toEqual(cases.map(c => c.key));
            rows.forEach((row, i) => expect(row.outcome, cases[i].key).toEqual(plain(cases[i].expected)));
        });
    }

    it('a single run of one generated subject agrees with its batch row', () => {
        const one = JSON.parse(fs.readFileSync(path.join(dir, 'teams.json'), 'utf8'))[3];
        fs.writeFileSync(path.join(dir, 'one.json'), JSON.stringify(one));
        const r = zeren(['run', RULES, '--facts', 'one.json', '--json'], { cwd: dir });
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout)).toEqual(plain(cases[3].expected));
    });

    it('CSV and XLSX results: one row per subject with totals, grades, vetoes and clauses', async () => {
        const r = zeren(['run', RULES, '--subject', TEAM, '--facts', 'teams.xlsx', '-o', 'results.csv'], { cwd: dir });
        expect(r.code).toBe(0);
        const lines = fs.readFileSync(path.join(dir, 'results.csv'), 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
        const header = lines[0].split(',');
        expect(lines.length).toBe(cases.length + 1);
        const col = (name: string) => header.indexOf(name);
        for (const [i, c] of cases.entries()) {
            const cells = lines[i + 1].split(',');
            expect(cells[col('领导班子综合得分')]).toBe(c.expected.scores[0].total ?? '');
            expect(cells[col('领导班子等次')]).toBe(c.expected.grades[0].grade ?? '');
            const veto = c.expected.vetoes.find(v => v.rule === '领导班子否决')!;
            expect(cells[col('领导班子否决')]).toBe(veto.vetoed ? '是' : '否');
            expect(cells[col('领导班子否决.条款')]).toBe(veto.clauses.map(x => x.cite.text).join('、'));
        }
        const x = zeren(['run', RULES, '--subject', TEAM, '--facts', 'teams.csv', '--facts-list', '成员=members.csv', '-o', 'results.xlsx'], { cwd: dir });
        expect(x.code).toBe(0);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(path.join(dir, 'results.xlsx'));
        const sheet = wb.worksheets[0];
        expect(sheet.rowCount).toBe(cases.length + 1);
        const xHeader = (sheet.getRow(1).values as string[]).slice(1);
        for (const [i, c] of cases.entries()) {
            const values = (sheet.getRow(i + 2).values as string[]).slice(1);
            expect(values[xHeader.indexOf('领导班子等次')]).toBe(c.expected.grades[0].grade ?? undefined);
            // Scores are numbers in a workbook (they sum and sort), equal to the exact decimal.
            const total = c.expected.scores[0].total;
            expect(values[xHeader.indexOf('领导班子综合得分')]).toBe(total === null ? undefined : Number(total));
            expect(String(values[xHeader.indexOf('领导班子综合得分')] ?? '')).toBe(total ?? '');
        }
        expect(fs.readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
    });

    it('bad rows are reported with row, column and message; every other row is evaluated and written (exit 1)', () => {
        const csv = fs.readFileSync(path.join(dir, 'teams.csv'), 'utf8').split('\r\n');
        const header = csv[0].split(',');
        const set = (line: string, name: string, value: string) => { const cells = line.split(','); cells[header.indexOf(name)] = value; return cells.join(','); };
        csv[2] = set(csv[2], '公众评价得分', '120');
        csv[4] = set(csv[4], '落实责任得分', '八十');
        csv[6] = set(csv[6], '经组织考核确实存在问题', '也许');
        fs.writeFileSync(path.join(dir, 'bad.csv'), csv.join('\r\n'));
        const r = zeren(['run', RULES, '--subject', TEAM, '--facts', 'bad.csv', '--facts-list', '成员=members.csv', '-o', 'bad.jsonl', '--lang', 'en'], { cwd: dir });
        expect(r.code).toBe(1);
        const column = (name: string) => header.indexOf(name) + 1;
        const lines = r.stderr.trim().split('\n');
        expect(lines).toContain(`bad.csv:3:${column('公众评价得分')}: [公众评价得分] The value 120 of fact '公众评价得分' is outside its range 0..100`);
        expect(lines.some(l => l.startsWith(`bad.csv:5:${column('落实责任得分')}: [落实责任得分] Fact '落实责任得分' must be`) && l.includes('八十'))).toBe(true);
        expect(lines.some(l => l.startsWith(`bad.csv:7:${column('经组织考核确实存在问题')}: [经组织考核确实存在问题]`) && l.includes('也许'))).toBe(true);
        expect(lines.at(-1)).toBe(`${cases.length} subjects: ${cases.length - 3} evaluated, 3 with errors, 0 partly undetermined or open`);
        const rows = readJsonl(path.join(dir, 'bad.jsonl'));
        expect(rows.length).toBe(cases.length);
        rows.forEach((row, i) => {
            if ([1, 3, 5].includes(i)) expect([row.outcome, row.errors.length]).toEqual([null, 1]);
            else expect(row.outcome).toEqual(plain(cases[i].expected));
        });
    });

    it('a missing column leaves the rules that need it undetermined (never 否 or 不参加考核); exit 1; --rule runs only what is asked', () => {
        const [header, ...rest] = fs.readFileSync(path.join(dir, 'teams.csv'), 'utf8').replace(/^\ufeff/, '').trim().split(/\r?\n/);
        const drop = header.split(',').indexOf('公众评价得分');
        const without = (line: string) => line.split(',').filter((_, i) => i !== drop).join(',');
        fs.writeFileSync(path.join(dir, 'partial.csv'), [header, ...rest.slice(0, 3)].map(without).join('\n'));
        const list = ['--facts-list', '成员=members.csv'];
        const all = zeren(['run', RULES, '--subject', TEAM, '--facts', 'partial.csv', ...list, '-o', 'partial.out.csv'], { cwd: dir });
        expect(all.code).toBe(1);
        expect(all.stderr.trim()).toBe('共 3 个主体：3 个已评估，0 个有错误，3 个部分未能判定或未到期');
        const table = fs.readFileSync(path.join(dir, 'partial.out.csv'), 'utf8').replace(/^\ufeff/, '').trim().split('\r\n').map(l => l.split(','));
        const at = (row: number, name: string) => table[row][table[0].indexOf(name)];
        for (let row = 1; row <= 3; row++) {
            expect(at(row, '状态')).toBe('部分未能判定');
            expect(at(row, '领导班子综合得分')).toBe('');
            expect(at(row, '领导班子等次')).toBe('未能判定');
            expect(at(row, '未能判定')).toBe('领导班子综合得分；领导班子等次');
            expect(['是', '否']).toContain(at(row, '领导班子否决'));
        }
        const veto = zeren(['run', RULES, '--subject', TEAM, '--facts', 'partial.csv', ...list, '--rule', '领导班子否决', '-o', 'veto.out.csv', '--lang', 'en'], { cwd: dir });
        expect(veto.stderr.trim()).toBe('3 subjects: 3 evaluated, 0 with errors, 0 partly undetermined or open');
        expect(veto.code).toBe(0);
        const vetoHeader = fs.readFileSync(path.join(dir, 'veto.out.csv'), 'utf8').replace(/^\ufeff/, '').split('\r\n')[0];
        expect(vetoHeader).toBe('key,row,subject,status,领导班子否决,领导班子否决.条款,undetermined,errors');
        const unknown = zeren(['run', RULES, '--subject', TEAM, '--facts', 'partial.csv', ...list, '--rule', '否决', '-o', 'never.csv'], { cwd: dir });
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain('领导班子否决');
        expect(fs.existsSync(path.join(dir, 'never.csv'))).toBe(false);
    });

    it('a CSV saved by Excel on a Chinese Windows (GBK) reads as its UTF-8 original; other bytes stop at their line', () => {
        const examples = path.join(ROOT, 'examples/batch');
        const fixtures = path.join(import.meta.dirname, 'fixtures');
        const run = (teams: string, members: string, out: string) => zeren(['run', RULES, '--subject', TEAM, '--facts', teams, '--facts-list', `成员=${members}`, '-o', path.join(dir, out)]);
        const utf8 = run(path.join(examples, 'teams.csv'), path.join(examples, 'members.csv'), 'utf8.out.csv');
        const gbk = run(path.join(fixtures, 'teams-gbk.csv'), path.join(fixtures, 'members-gbk.csv'), 'gbk.out.csv');
        expect([gbk.code, gbk.stderr]).toEqual([utf8.code, utf8.stderr]);
        expect(fs.readFileSync(path.join(dir, 'gbk.out.csv'), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'utf8.out.csv'), 'utf8'));
        fs.writeFileSync(path.join(dir, 'utf16.csv'), Buffer.from('\ufeff名称\n', 'utf16le'));
        const bad = zeren(['run', RULES, '--subject', TEAM, '--facts', 'utf16.csv', '-o', 'utf16.out.csv', '--lang', 'en'], { cwd: dir });
        expect([bad.code, bad.stderr.trim()]).toEqual([2, 'utf16.csv:1: Not UTF-8 or GB18030 (GBK) text; in Excel, save it as "CSV UTF-8 (Comma delimited)"']);
        expect(fs.existsSync(path.join(dir, 'utf16.out.csv'))).toBe(false);
    });

    it('a row naming another document is a row error at its field, not run against this one', () => {
        const rows = JSON.parse(fs.readFileSync(path.join(dir, 'teams.json'), 'utf8')).slice(0, 3);
        rows[1].document = '别的办法';
        fs.writeFileSync(path.join(dir, 'other-doc.json'), JSON.stringify(rows, null, 1));
        const r = zeren(['run', RULES, '--subject', TEAM, '--facts', 'other-doc.json', '-o', 'other-doc.jsonl'], { cwd: dir });
        expect(r.code).toBe(1);
        const line = fs.readFileSync(path.join(dir, 'other-doc.json'), 'utf8').split('\n').findIndex(l => l.includes('"document"')) + 1;
        expect(r.stderr).toContain(`other-doc.json:${line}:15: [document] 本行指明文件“别的办法”，而本批按“张掖市党风廉政建设考核办法”评估`);
        expect(readJsonl(path.join(dir, 'other-doc.jsonl')).map(x => x.outcome === null)).toEqual([false, true, false]);
    });

    it('a value beyond the header is a row error; a quote never closed stops the batch at its line', () => {
        fs.writeFileSync(path.join(dir, 'extra.csv'), '名称,日常监督评价得分\n甲,90,,\n乙,90,多余\n');
        const extra = zeren(['run', RULES, '--subject', TEAM, '--facts', 'extra.csv', '-o', 'extra.out.csv', '--lang', 'en'], { cwd: dir });
        expect(extra.code).toBe(1);
        expect(extra.stderr).toContain('extra.csv:3:3: Column 3 holds a value, but the header has only 2 columns: it belongs to no fact');
        expect(extra.stderr).not.toContain('extra.csv:2:');
        // Stray spaces around a spreadsheet cell are not part of its value.
        fs.writeFileSync(path.join(dir, 'spaces.csv'), '名称,日常监督评价得分,经组织考核确实存在问题\n 甲 , 92 ,是 \n');
        const spaces = zeren(['run', RULES, '--subject', TEAM, '--facts', 'spaces.csv', '-o', 'spaces.out.jsonl'], { cwd: dir });
        expect(spaces.stderr.trim()).toBe('共 1 个主体：1 个已评估，0 个有错误，1 个部分未能判定或未到期');
        expect(readJsonl(path.join(dir, 'spaces.out.jsonl'))[0].key).toBe('甲');
        fs.writeFileSync(path.join(dir, 'quote.csv'), '名称,日常监督评价得分\n甲,90\n"乙,90\n丙,80\n');
        const quote = zeren(['run', RULES, '--subject', TEAM, '--facts', 'quote.csv', '-o', 'quote.out.csv'], { cwd: dir });
        expect(quote.code).toBe(2);
        expect(quote.stderr.trim().split('\n').at(-1)).toBe('quote.csv:3:1: 引号未闭合：从此处到文件末尾都会被读成一个单元格');
        expect(fs.existsSync(path.join(dir, 'quote.out.csv'))).toBe(false);
    });

    it('an unknown column stops the batch with exit 2 and writes nothing', () => {
        fs.writeFileSync(path.join(dir, 'unknown.csv'), '名称,日常监督评价得分,年龄\n甲,90,40\n');
        const r = zeren(['run', RULES, '--subject', TEAM, '--facts', 'unknown.csv', '-o', 'unknown.csv.out.csv'], { cwd: dir });
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toBe('unknown.csv:1:3: 列“年龄”不是主体“领导班子”的事实，也不是 名称/label/subject 列');
        expect(fs.existsSync(path.join(dir, 'unknown.csv.out.csv'))).toBe(false);
    });
});

describe('evaluateMany (library)', () => {
    it('streams one result per row, bad rows included, in order', async () => {
        async function* rows(): AsyncGenerator<BatchRow> {
            for (const [i, c] of cases.slice(0, 3).entries()) {
                const text = fs.readFileSync(path.join(dir, 'teams.jsonl'), 'utf8').split('\n')[i];
                yield { index: i + 1, key: c.key, file: 'mem.jsonl', line: i + 1, facts: parseFactFile(text, 'mem.json') as never };
            }
            yield { index: 4, key: 'bad', file: 'mem.jsonl', line: 4, facts: parseFactFile('{"facts": {"公众评价得分": "x"}}', 'mem.json') as never };
        }
        const results = [];
        for await (const r of evaluateMany(program, rows(), { subject: TEAM })) results.push(r);
        expect(results.map(r => r.key)).toEqual([...cases.slice(0, 3).map(c => c.key), 'bad']);
        results.slice(0, 3).forEach((r, i) => expect(plain(r.outcome)).toEqual(plain(cases[i].expected)));
        expect(results[3].outcome).toBeUndefined();
        expect(results[3].errors.map(e => [e.field, e.message.code])).toEqual([['facts.公众评价得分', 'fact-file-type']]);
    });
});
