import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Program, RowResult } from '@zeren/evaluator';
import { compileDocument, evaluateRow, formatOutcome } from '@zeren/evaluator';
import type { Lang } from '@zeren/model';
import { message, render } from '@zeren/model';
import { CliError } from '../cli-error.js';
import { writeAtomically } from '../write-output.js';
import { progressBar } from '../batch/progress.js';
import type { ListSource } from '../batch/read-batch.js';
import { holdsList, inputFormat, openBatch } from '../batch/read-batch.js';
import { resultColumns } from '../batch/result-columns.js';
import { rowUndecided } from '../batch/result-words.js';
import type { ResultWriter } from '../batch/write-results.js';
import { openResultWriter, outputFormat } from '../batch/write-results.js';
import { renderReport } from '../batch/report-html.js';
import type { RunOptions } from './run.js';
import { loadRunTarget } from './run-target.js';
import { readInputText } from '../read-input.js';

/**
 * `zeren run --facts` with many subjects: a JSON array, JSON Lines, CSV or XLSX in; one result
 * per subject out (-o results.csv|xlsx|json|jsonl, or text on stdout), an HTML report
 * (--report). A bad row is reported with its row, column and message and the others are still
 * evaluated and written (exit 1); invalid input as a whole (an unknown column, an unreadable
 * file) exits 2 and writes nothing.
 */
export interface BatchOptions {
    /** --facts-list 成员=members.csv: a list fact's items from a second table. */
    factsList?: string[];
    /** --report report.html */
    report?: string;
}

/** Whether `run` should treat its input as a batch (or write batch outputs). */
export function isBatchRun(options: RunOptions & BatchOptions): boolean {
    // A file without an extension (a pipe: --facts <(…)) is read as JSON/YAML; another extension (.txt, .xls) is refused by name.
    const format = path.extname(options.facts) ? inputFormat(options.facts) : 'yaml';
    if (format !== 'json' && format !== 'yaml') return true;
    if (options.report || options.factsList?.length) return true;
    if (options.output && /\.(csv|xlsx|jsonl)$/i.test(options.output)) return true;
    try {
        return holdsList(readInputText(options.facts));
    } catch {
        return false; // unreadable: the single run reports it
    }
}

export async function runBatch(rulePaths: string[], lang: Lang, options: RunOptions & BatchOptions, out: (line: string) => void, err: (line: string) => void = line => process.stderr.write(`${line}\n`)): Promise<number> {
    if (!fs.existsSync(options.facts)) throw new CliError('input-read', 2, options.facts, lang === 'zh' ? '文件不存在' : 'no such file');
    const format = options.output ? outputFormat(options.output) : undefined;
    if (options.output && !format) throw new CliError('batch-output-format', 2, options.output);
    const lists = (options.factsList ?? []).map(listOption);
    const loaded = await loadProgram(rulePaths, lang, options, out);
    // Rule files with errors: they are printed, nothing is evaluated (as a single run).
    if (!loaded) return 2;
    const { program, subjects } = loaded;
    const progress = progressBar();
    const rows = await openBatch(options.facts, subjects.map(s => program.subjects.get(s)!.subject), lists, f => progress.fraction(f));
    const columns = resultColumns(program, subjects, lang);
    const writer: ResultWriter | undefined = options.output && format ? await openResultWriter(options.output, format, columns, lang) : undefined;
    const reported: RowResult[] = [];
    let total = 0;
    let bad = 0;
    let undecided = 0;
    try {
        const evaluateOptions = { subject: options.subject, explain: options.explain || !!options.report, asOf: options.asOf };
        const seen = new Map<string, number>();
        for await (const chunk of rows) {
            for (const row of chunk) {
                const r = evaluateRow(program, row, evaluateOptions, seen);
                total++;
                progress.row();
                if (r.errors.length) {
                    bad++;
                    for (const e of r.errors) err(`${e.file}:${e.line}:${e.column}: ${e.field ? `[${e.field}] ` : ''}${render(e.message, lang)}`);
                } else if (rowUndecided(r)) undecided++;
                if (writer) {
                    const pending = writer.write(r);
                    if (pending) await pending;
                } else if (r.outcome) out(options.json ? JSON.stringify({ key: r.key, row: r.line, outcome: r.outcome }) : `${r.key}\t${formatOutcome(r.outcome, lang)}`);
                if (options.report) reported.push(r);
            }
        }
    } catch (e) {
        progress.done();
        writer?.abandon();
        throw e;
    }
    progress.done();
    await writer?.finish();
    if (options.report) writeAtomically(options.report, renderReport(reported, program, subjects, lang));
    err(render(message('batch-summary', total, total - bad, bad, undecided), lang));
    // As a single run: 1 when a row has errors or a rule some row's facts do not decide.
    return bad || undecided ? 1 : 0;
}

function listOption(text: string): ListSource {
    const m = /^([^=]+)=(.+)$/.exec(text);
    if (!m) throw new CliError('batch-list-option', 2, text);
    if (!fs.existsSync(m[2])) throw new CliError('input-read', 2, m[2], 'no such file / 文件不存在');
    return { fact: m[1], file: m[2] };
}

/** The document `run` chooses (every option of a single run applies), compiled once, and the subjects its rows may name. */
async function loadProgram(rulePaths: string[], lang: Lang, options: RunOptions, out: (line: string) => void): Promise<{ program: Program; subjects: string[] } | undefined> {
    const target = await loadRunTarget(rulePaths, lang, options, out);
    if (!target) return undefined;
    return { program: compileDocument(target.doc, { calendar: options.calendar }), subjects: target.subjects.map(s => s.name) };
}
