import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentIR, FactValue, ScenarioIR } from '@zeren/model';
import { Rational } from '@zeren/model';
import type { Program, SubjectProgram } from '@zeren/evaluator';
import { compileDocument, evaluate, frameFor, runSubject } from '@zeren/evaluator';
import { loadWorkspace } from '../../packages/cli/src/workspace-loader.js';
import { ROOT } from '../robustness/support/examples.js';

/**
 * The generated functions (emit-subject.ts) must compute exactly what the closures compute:
 * every example scenario, and variants of its facts that take the error paths (a fact left
 * out, numbers set to 0 and to their negatives, scale values set to 无), give the same rule
 * results, the same errors and the same outcome under both backends.
 */

interface Case { label: string; program: Record<'closures' | 'generated', Program>; scenario: ScenarioIR; facts: Map<string, FactValue> }

const cases: Case[] = [];

beforeAll(async () => {
    const ws = await loadWorkspace([path.join(ROOT, 'examples')]);
    const programs = new Map<string, Record<'closures' | 'generated', Program>>();
    const compiled = (target: DocumentIR) => ({ closures: compileDocument(target, { backend: 'closures' }), generated: compileDocument(target, { backend: 'generated' }) });
    for (const doc of ws.documents) {
        for (const suite of ws.ir(doc).suites) {
            const target = ws.services.model.Models.documentIR(suite.document);
            if (!target) continue;
            let program = programs.get(suite.document);
            if (!program) programs.set(suite.document, (program = compiled(target)));
            for (const scenario of suite.scenarios) {
                for (const [label, facts] of variants(scenario.facts)) cases.push({ label: `${scenario.suite} › ${scenario.name} (${label})`, program, scenario, facts });
            }
        }
    }
}, 300_000);

/** The scenario's facts, then each fact left out, zeroed, negated or made 无 in turn. */
function* variants(facts: ReadonlyMap<string, FactValue>): Generator<[string, Map<string, FactValue>]> {
    yield ['as written', new Map(facts)];
    for (const [name, value] of facts) {
        const without = new Map(facts);
        without.delete(name);
        yield [`without ${name}`, without];
        const changed = (v: FactValue): Map<string, FactValue> => new Map(facts).set(name, v);
        if (value.kind === 'number') {
            yield [`${name} = 0`, changed({ kind: 'number', value: new Rational(0) })];
            yield [`${name} negated`, changed({ kind: 'number', value: value.value.neg() })];
        }
        if (value.kind === 'number' || value.kind === 'enum' || value.kind === 'date') yield [`${name} = 无`, changed({ kind: 'absent' })];
        if (value.kind === 'bool') yield [`${name} flipped`, changed({ kind: 'bool', value: !value.value })];
    }
}

/** Rule results and errors of the fast path, comparable across backends. */
function fastPath(sp: SubjectProgram, c: Case): unknown {
    const frame = frameFor(sp.subject, c.facts, '', { year: c.scenario.year });
    const run = runSubject(sp, frame);
    const errors = [...run.errors].map(([i, e]) => [i, (e as Error).constructor.name, (e as Error).message, JSON.stringify(e)]);
    return { assessed: run.assessed, r: frame.r.map(v => (typeof v === 'symbol' ? 'FAILED' : v)), errors };
}

describe('generated functions and closures agree', () => {
    it('on every example scenario and its error-path variants', () => {
        expect(cases.length).toBeGreaterThan(5_000);
        let compared = 0;
        for (const c of cases) {
            const subject = c.scenario.subject.name;
            const closures = c.program.closures.subjects.get(subject)!;
            const generated = c.program.generated.subjects.get(subject)!;
            expect(fastPath(generated, c), c.label).toEqual(fastPath(closures, c));
            const options = { year: c.scenario.year, asOf: c.scenario.asOf };
            expect(evaluate(c.program.generated, subject, c.facts, options), c.label).toEqual(evaluate(c.program.closures, subject, c.facts, options));
            compared++;
        }
        // The generated path really ran: each program emitted its subjects on first use.
        const emitted = cases.filter(c => c.program.generated.subjects.get(c.scenario.subject.name)?.prepared?.emitted).length;
        expect(emitted).toBe(compared);
    });
});
