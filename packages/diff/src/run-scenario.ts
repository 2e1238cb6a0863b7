import { compileDocument, evaluate, runScenario } from '@zeren/evaluator';
import type { Program, ScenarioResult } from '@zeren/evaluator';
import type { DocumentIR, Outcome, ScenarioIR } from '@zeren/model';

/** Each document compiled once, on first use; a document that cannot compile is its reason. */
export class Programs {
    private readonly cache = new Map<string, Program | string>();
    constructor(private readonly ir: (document: string) => DocumentIR | undefined) {}

    of(document: string): Program | string {
        if (!this.cache.has(document)) {
            const ir = this.ir(document);
            try {
                this.cache.set(document, ir ? compileDocument(ir) : `no document ${document}`);
            } catch (e) {
                this.cache.set(document, `cannot compile ${document}: ${(e as Error).message}`);
            }
        }
        return this.cache.get(document)!;
    }
}

/** The scenario's outcome under a program, with its 年度 and 截至; an evaluation error as text. */
export function outcomeOf(program: Program | string, scenario: ScenarioIR): Outcome | string {
    if (typeof program === 'string') return program;
    try {
        return evaluate(program, scenario.subject.name, scenario.facts, { year: scenario.year, asOf: scenario.asOf });
    } catch (e) {
        return (e as Error).message;
    }
}

/** The scenario run with its expectations checked (one evaluation gives both). */
export function checkedRun(program: Program | string, scenario: ScenarioIR): ScenarioResult | string {
    if (typeof program === 'string') return program;
    try {
        return runScenario(program, scenario);
    } catch (e) {
        return (e as Error).message;
    }
}
