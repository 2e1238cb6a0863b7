import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { compileDocument, evaluate } from '@zeren/evaluator';
import type { Program } from '@zeren/evaluator';
import type { FactValue, Outcome, ScenarioIR } from '@zeren/model';
import { formatRational } from '@zeren/model';
import { loadWorkspace } from '../../packages/cli/src/workspace-loader.js';
import { ROOT } from '../helpers/workspace.js';

/**
 * Batches of leadership teams generated from the scenario suites of examples/city/kaohe-2015:
 * every 领导班子 scenario becomes one subject row, written as a JSON array, JSON Lines, CSV (+ a
 * members CSV) and XLSX (+ a 成员 sheet). The expected result of each row is the single run of
 * the same facts.
 */
export const KAOHE = path.join(ROOT, 'examples/city/kaohe-2015');
export const RULES = path.join(KAOHE, 'rules.zeren');
export const TEAM = '领导班子';

export interface TeamCase { key: string; facts: Map<string, FactValue>; expected: Outcome }

export async function teamCases(): Promise<{ program: Program; cases: TeamCase[] }> {
    const ws = await loadWorkspace([KAOHE]);
    const files = ws.documents.map(d => ws.ir(d));
    const doc = files.flatMap(f => f.documents).find(d => d.rules.length > 0 && d.subjects.some(s => s.name === TEAM))!;
    const program = compileDocument(doc);
    const scenarios: ScenarioIR[] = files.flatMap(f => f.suites.filter(x => x.document === doc.name).flatMap(x => x.scenarios)).filter(s => s.subject.name === TEAM && s.year === undefined && s.asOf === undefined);
    const cases = scenarios.map((s, i) => ({ key: `${i + 1} ${s.name}`, facts: s.facts, expected: evaluate(program, TEAM, s.facts) }));
    return { program, cases };
}

/** A fact value as written in JSON; numbers as their exact decimal text (marked, then unquoted). */
function jsonValue(v: FactValue): unknown {
    switch (v.kind) {
        case 'number': return `\u0000${formatRational(v.value)}`;
        case 'ratio': return `${v.num}/${v.den}`;
        case 'bool': return v.value;
        case 'enum': return v.label;
        case 'absent': return null;
        case 'date': case 'datetime': case 'text': return v.value;
        case 'log': return v.items;
        case 'list': return v.items.map(item => ({ label: item.label, ...Object.fromEntries([...item.values].map(([k, x]) => [k, jsonValue(x)])) }));
    }
}

const unmark = (json: string) => json.replace(/"\\u0000([^"]*)"/g, '$1');

function factObject(c: TeamCase) {
    return { subject: TEAM, label: c.key, facts: Object.fromEntries([...c.facts].map(([k, v]) => [k, jsonValue(v)])) };
}

/** A fact value as a table cell. */
function cell(v: FactValue | undefined): string {
    if (!v) return '';
    switch (v.kind) {
        case 'number': return formatRational(v.value);
        case 'bool': return v.value ? '是' : '否';
        case 'enum': return v.label;
        case 'absent': return '无';
        case 'ratio': return `${v.num}/${v.den}`;
        case 'list': return JSON.stringify(jsonValue(v));
        case 'log': return JSON.stringify(v.items);
        default: return v.value;
    }
}

export interface Tables { header: string[]; rows: string[][]; memberHeader: string[]; members: string[][] }

export function teamTables(cases: TeamCase[]): Tables {
    const names = [...new Set(cases.flatMap(c => [...c.facts.keys()].filter(k => k !== '成员')))];
    const memberNames = [...new Set(cases.flatMap(c => { const m = c.facts.get('成员'); return m?.kind === 'list' ? m.items.flatMap(i => [...i.values.keys()]) : []; }))];
    const members: string[][] = [];
    for (const c of cases) {
        const m = c.facts.get('成员');
        if (m?.kind === 'list') for (const item of m.items) members.push([c.key, item.label, ...memberNames.map(n => cell(item.values.get(n)))]);
    }
    return {
        header: ['名称', ...names], rows: cases.map(c => [c.key, ...names.map(n => cell(c.facts.get(n)))]),
        memberHeader: ['所属', '姓名', ...memberNames], members,
    };
}

const csvLine = (cells: string[]) => cells.map(c => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

/** Writes teams.json, teams.jsonl, teams.csv + members.csv and teams.xlsx into `dir`. */
export async function writeTeamBatches(dir: string, cases: TeamCase[]): Promise<void> {
    fs.writeFileSync(path.join(dir, 'teams.json'), unmark(JSON.stringify(cases.map(factObject), null, 2)));
    fs.writeFileSync(path.join(dir, 'teams.jsonl'), cases.map(c => unmark(JSON.stringify(factObject(c)))).join('\n') + '\n');
    const t = teamTables(cases);
    fs.writeFileSync(path.join(dir, 'teams.csv'), [t.header, ...t.rows].map(csvLine).join('\r\n') + '\r\n');
    fs.writeFileSync(path.join(dir, 'members.csv'), [t.memberHeader, ...t.members].map(csvLine).join('\n') + '\n');
    const wb = new ExcelJS.Workbook();
    const main = wb.addWorksheet('班子');
    main.addRow(t.header);
    // Numbers as numbers, as a person typing them into a sheet would have them.
    for (const row of t.rows) main.addRow(row.map(c => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
    const sheet = wb.addWorksheet('成员');
    sheet.addRow(t.memberHeader);
    for (const row of t.members) sheet.addRow(row);
    await wb.xlsx.writeFile(path.join(dir, 'teams.xlsx'));
}

/** Outcomes compare as the JSON the CLI writes. */
export const plain = (o: unknown) => JSON.parse(JSON.stringify(o));
