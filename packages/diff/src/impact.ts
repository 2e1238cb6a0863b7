import { compileDocument, evaluate } from '@zeren/evaluator';
import type { Program } from '@zeren/evaluator';
import type { Outcome, ScenarioIR } from '@zeren/model';
import type { ImpactResult, ScenarioImpact } from './diff-schema.js';
import type { LoadedFile, LoadedSide, SideLoader, SourceFile } from './side.js';
import { outcomeDeltas } from './outcome-delta.js';

/**
 * Runs the new side's scenarios against both revisions of the rules. A scenario file is
 * lowered once per side, together with that side's rule files, so its facts are typed against
 * each side's own subjects (a fact renamed on one side makes the scenario invalid there, and
 * it is reported as skipped rather than silently evaluated with a default).
 */
export async function computeImpact(loadSide: SideLoader, oldSide: LoadedSide, oldFiles: SourceFile[], newSide: LoadedSide, newFiles: SourceFile[]): Promise<ImpactResult> {
    const scenarioFiles = newSide.files.filter(f => f.suites.length > 0 && f.documents.length === 0).map(f => f.path);
    const ruleFiles = oldSide.files.filter(f => f.documents.length > 0).map(f => f.path);
    const sources = [
        ...oldFiles.filter(f => ruleFiles.includes(f.path)),
        ...newFiles.filter(f => scenarioFiles.includes(f.path) && !ruleFiles.includes(f.path)),
    ];
    const oldWithScenarios = await loadSide(sources);
    const oldPrograms = programs(oldWithScenarios);
    const newPrograms = programs(newSide);
    const result: ImpactResult = { total: 0, changed: [], skipped: [] };
    for (const file of newSide.files) {
        for (const suite of file.suites) {
            for (const scenario of suite.scenarios) {
                const id = { file: file.path, suite: suite.name, scenario: scenario.name };
                const before = findScenario(oldWithScenarios, suite.name, scenario.name);
                const skip = (reason: string) => result.skipped.push({ ...id, reason });
                const newProblem = problemOf(file, scenario);
                if (newProblem) { skip(newProblem); continue; }
                if (!before) { skip('not on the old side / 旧版本中没有此场景'); continue; }
                const oldProblem = problemOf(before.file, before.scenario);
                if (oldProblem) { skip(`old side: ${oldProblem}`); continue; }
                const o = run(oldPrograms, suite.document, before.scenario);
                const n = run(newPrograms, suite.document, scenario);
                if (typeof o === 'string' || typeof n === 'string') { skip((typeof o === 'string' ? o : n) as string); continue; }
                result.total++;
                const changes = outcomeDeltas(o, n);
                if (changes.length) result.changed.push({ ...id, subject: scenario.subject.name, changes } satisfies ScenarioImpact);
            }
        }
    }
    return result;
}

function programs(side: LoadedSide): (document: string) => Program | string {
    const cache = new Map<string, Program | string>();
    return document => {
        if (!cache.has(document)) {
            const ir = side.documentIR(document);
            try {
                cache.set(document, ir ? compileDocument(ir) : `no document ${document}`);
            } catch (e) {
                cache.set(document, `cannot compile ${document}: ${(e as Error).message}`);
            }
        }
        return cache.get(document)!;
    };
}

function run(programOf: (d: string) => Program | string, document: string, scenario: ScenarioIR): Outcome | string {
    const program = programOf(document);
    if (typeof program === 'string') return program;
    try {
        return evaluate(program, scenario.subject.name, scenario.facts, { year: scenario.year, asOf: scenario.asOf });
    } catch (e) {
        return (e as Error).message;
    }
}

function findScenario(side: LoadedSide, suite: string, name: string): { file: LoadedFile; scenario: ScenarioIR } | undefined {
    for (const file of side.files) {
        for (const s of file.suites) {
            if (s.name !== suite) continue;
            const scenario = s.scenarios.find(x => x.name === name);
            if (scenario) return { file, scenario };
        }
    }
    return undefined;
}

/** The first error inside the scenario's own lines: its facts do not fit that side's rules. */
function problemOf(file: LoadedFile, scenario: ScenarioIR): string | undefined {
    const { start, end } = scenario.loc.range;
    const d = file.diagnostics.find(x => x.line - 1 >= start.line && x.line - 1 <= end.line);
    return d ? `${d.file}:${d.line}: ${d.message}` : undefined;
}
