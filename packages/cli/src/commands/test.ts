import type { Lang } from '@zeren/model';
import type { ScenarioIR } from '@zeren/model';
import type { CalendarOverrides } from '@zeren/time';
import * as path from 'node:path';
import { URI } from 'langium';
import { compileDocument, computeCoverage, computeOutcomeCoverage, formatOutcome, runScenario } from '@zeren/evaluator';
import type { Program, ScenarioResult } from '@zeren/evaluator';
import { coverageReport } from '../report/coverage.js';
import { meetsMinimum, outcomeCoverageReport, percent, tally } from '../report/outcome-coverage.js';
import { readCoverageExemptions } from '../ledger/coverage-exemptions.js';
import { displayPath, loadWorkspace } from '../workspace-loader.js';
import { junitReport } from '../report/junit.js';
import { failureLine } from '../report/failure-line.js';
import { visibleLine } from '../report/visible-text.js';
import { CliError } from '../cli-error.js';
import { writeAtomically } from '../write-output.js';

export interface TestOptions {
    reporter: 'text' | 'junit' | 'json';
    output?: string;
    explain?: boolean;
    /** Report which encoded rules, clauses and exceptions no scenario exercises; any such item fails the run. */
    coverage?: boolean;
    /** `--coverage-min N`: fail (exit 1) when fewer than N% of outcomes are exercised or justified. */
    coverageMin?: string;
    calendar?: CalendarOverrides;
    /** Only scenarios whose name or suite name contains this text. */
    filter?: string;
    /** Text reporter: list only failing scenarios (and the summary line). */
    onlyFailures?: boolean;
}

/** Runs every scenario in the given files; rule files with errors make the run invalid (exit 2). */
export async function runTests(paths: string[], lang: Lang, options: TestOptions, out: (line: string) => void): Promise<number> {
    const ws = await loadWorkspace(paths, { calendar: options.calendar });
    const invalid = ws.documents.flatMap(doc => (doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => ({ doc, d })));
    if (invalid.length) {
        for (const { doc, d } of invalid) out(`${displayPath(doc.uri.toString())}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${lang === 'zh' ? '错误' : 'error'} [${d.code ?? ''}] ${d.message}`);
        throw new CliError('cli-usage', 2, lang === 'zh' ? '规则或场景文件有错误，无法运行场景' : 'rule or scenario files have errors; scenarios were not run');
    }
    const programs = new Map<string, Program>();
    const results: { file: string; result: ScenarioResult; seconds: number; lines: string[] }[] = [];
    const runs: { scenario: ScenarioIR; result: ScenarioResult }[] = [];
    for (const doc of ws.documents) {
        for (const suite of ws.ir(doc).suites) {
            let program = programs.get(suite.document);
            if (!program) {
                const target = ws.services.model.Models.documentIR(suite.document);
                if (!target) continue;
                program = compileDocument(target, { calendar: options.calendar });
                programs.set(suite.document, program);
            }
            for (const scenario of suite.scenarios) {
                if (options.filter && !scenario.name.includes(options.filter) && !suite.name.includes(options.filter)) continue;
                const started = process.hrtime.bigint();
                const result = runScenario(program, scenario, { explain: options.explain });
                const seconds = Number(process.hrtime.bigint() - started) / 1e9;
                const lines = result.failures.map(f => failureLine(f, result.outcome, program!.document, lang));
                results.push({ file: displayPath(doc.uri.toString()), result, seconds, lines });
                runs.push({ scenario, result });
            }
        }
    }
    const passed = results.filter(r => r.result.passed).length;
    const failed = results.length - passed;
    if (options.reporter === 'text') {
        for (const { file, result, lines } of results) {
            if (options.onlyFailures && result.passed) continue;
            const mark = result.passed ? '✓' : '✗';
            out(visibleLine(`${mark} ${file} › ${result.suite} › ${result.scenario}`));
            result.failures.forEach((f, i) => out(visibleLine(`    ${file}:${f.loc.range.start.line + 1}: ${lines[i]}`)));
            // --explain: why the rules came out as they did, for the scenarios that need reading.
            if (options.explain && !result.passed) out(formatOutcome(result.outcome, lang).split('\n').map(l => `    ${visibleLine(l)}`).join('\n'));
        }
    } else {
        const report = options.reporter === 'junit' ? junitReport(results) : JSON.stringify(results.map(r => ({ file: r.file, suite: r.result.suite, scenario: r.result.scenario, passed: r.result.passed, failures: r.result.failures, outcome: r.result.outcome })), null, 2);
        if (options.output) writeAtomically(options.output, report);
        else out(report);
    }
    let uncovered = 0;
    let belowMinimum = false;
    if (options.coverage || options.coverageMin !== undefined) {
        const documents = ws.documents.flatMap(d => ws.ir(d).documents).filter(d => !d.referenceOnly && d.rules.length > 0);
        const items = computeCoverage(documents, runs);
        uncovered = items.filter(i => i.scenarios.length === 0).length;
        out(coverageReport(items, lang));
        const outcomes = computeOutcomeCoverage(documents, runs);
        const folders = [...new Set(documents.map(d => path.dirname(URI.parse(d.uri).fsPath)))];
        const exemptions = folders.flatMap(readCoverageExemptions).map(e => ({ ...e, file: displayPath(URI.file(e.file).toString()) }));
        out(outcomeCoverageReport(outcomes, exemptions, lang));
        if (options.coverageMin !== undefined) {
            const t = tally(outcomes, exemptions);
            belowMinimum = !meetsMinimum(t, options.coverageMin);
            if (belowMinimum) out(lang === 'zh' ? `结果覆盖 ${percent(t)}% 低于 --coverage-min ${options.coverageMin}%` : `outcome coverage ${percent(t)}% is below --coverage-min ${options.coverageMin}%`);
        }
    }
    // The plain closing line CI and people read: "N passed, M failed".
    if (options.reporter === 'text' || options.output) out(`${passed} passed, ${failed} failed`);
    return failed > 0 || uncovered > 0 || belowMinimum ? 1 : 0;
}

