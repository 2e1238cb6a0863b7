import type { Lang } from '@zeren/model';
import type { ScenarioIR } from '@zeren/model';
import type { CalendarOverrides } from '@zeren/time';
import { compileDocument, computeCoverage, runScenario } from '@zeren/evaluator';
import type { Program, ScenarioResult } from '@zeren/evaluator';
import { coverageReport } from '../report/coverage.js';
import { displayPath, loadWorkspace } from '../workspace-loader.js';
import { junitReport } from '../report/junit.js';
import { visibleLine } from '../report/visible-text.js';
import { CliError } from '../cli-error.js';
import { writeAtomically } from '../write-output.js';

export interface TestOptions {
    reporter: 'text' | 'junit' | 'json';
    output?: string;
    explain?: boolean;
    /** Report which encoded rules, clauses and exceptions no scenario exercises; any such item fails the run. */
    coverage?: boolean;
    calendar?: CalendarOverrides;
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
    const results: { file: string; result: ScenarioResult }[] = [];
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
                const result = runScenario(program, scenario, { explain: options.explain });
                results.push({ file: displayPath(doc.uri.toString()), result });
                runs.push({ scenario, result });
            }
        }
    }
    const passed = results.filter(r => r.result.passed).length;
    const failed = results.length - passed;
    if (options.reporter === 'text') {
        for (const { file, result } of results) {
            const mark = result.passed ? '✓' : '✗';
            out(visibleLine(`${mark} ${file} › ${result.suite} › ${result.scenario}`));
            for (const f of result.failures) out(visibleLine(`    ${file}:${f.loc.range.start.line + 1}: ${lang === 'zh' ? f.zh : f.en}`));
        }
    } else {
        const report = options.reporter === 'junit' ? junitReport(results, lang) : JSON.stringify(results.map(r => ({ file: r.file, suite: r.result.suite, scenario: r.result.scenario, passed: r.result.passed, failures: r.result.failures, outcome: r.result.outcome })), null, 2);
        if (options.output) writeAtomically(options.output, report);
        else out(report);
    }
    let uncovered = 0;
    if (options.coverage) {
        const documents = ws.documents.flatMap(d => ws.ir(d).documents).filter(d => !d.referenceOnly && d.rules.length > 0);
        const items = computeCoverage(documents, runs);
        uncovered = items.filter(i => i.scenarios.length === 0).length;
        out(coverageReport(items, lang));
    }
    // The plain closing line CI and people read: "N passed, M failed".
    if (options.reporter === 'text' || options.output) out(`${passed} passed, ${failed} failed`);
    return failed > 0 || uncovered > 0 ? 1 : 0;
}

