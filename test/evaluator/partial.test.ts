import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentIR, FactIR, FactValue, Outcome, RuleIR, ScenarioIR } from '@zeren/model';
import type { Program } from '@zeren/evaluator';
import { compileDocument, evaluate, factsNeededBy } from '@zeren/evaluator';
import { loadWorkspace } from '../../packages/cli/src/workspace-loader.js';
import { ROOT } from '../robustness/support/examples.js';

/**
 * Partial evaluation on the corpus: for every example document with scenarios, each complete
 * scenario's facts with one fact (of the subject, or of one list member) removed in turn. A rule
 * that does not depend on the fact keeps its whole result; one that does keeps the same decided
 * result (a decided operand decides) or becomes undetermined naming the fact; nothing else changes
 * (no errors appear, the assessment status stays). Facts with a default are not missing when left
 * out, so they are not removed.
 */

interface Doc { document: DocumentIR; program: Program; scenarios: ScenarioIR[] }

const docs = new Map<string, Doc>();

beforeAll(async () => {
    const ws = await loadWorkspace([path.join(ROOT, 'examples')]);
    for (const file of ws.documents) {
        for (const suite of ws.ir(file).suites) {
            const document = ws.services.model.Models.documentIR(suite.document);
            if (!document) continue;
            let doc = docs.get(document.name);
            if (!doc) docs.set(document.name, (doc = { document, program: compileDocument(document, { backend: 'closures' }), scenarios: [] }));
            doc.scenarios.push(...suite.scenarios);
        }
    }
}, 300_000);

/** Each rule's entry in the outcome (whatever its kind) and its status. */
function entries(o: Outcome): Map<string, { entry: unknown; status?: string; missing?: string[] }> {
    const out = new Map<string, { entry: unknown; status?: string; missing?: string[] }>();
    const lists: { rule: string }[][] = [o.scores, o.grades, o.vetoes, o.exclusions, o.consequences, o.requirements, o.deadlines, o.frequencies, o.accountability ?? []];
    for (const list of lists) for (const e of list) out.set(e.rule, { entry: e });
    for (const r of o.rules ?? []) {
        const e = out.get(r.rule) ?? { entry: undefined };
        out.set(r.rule, { ...e, status: r.status, missing: r.missing });
    }
    return out;
}

/** The decided value of an entry, without the detail a partial evaluation may leave out (other clauses, members). */
function decided(entry: unknown): unknown {
    const e = entry as Record<string, unknown> | undefined;
    if (!e) return undefined;
    for (const key of ['total', 'grade', 'vetoed', 'applies', 'complied']) if (key in e) return [key, e[key], e.status];
    if ('due' in e || 'window' in e) return [e.status, e.due ?? null];
    // After-effects echo their start date; what they decide is which restrictions apply, and when.
    if (e.form === 'restrictions') return (e.items as { name: string; applies: boolean; from: unknown; until: unknown }[]).map(i => [i.name, i.applies, i.from, i.until]);
    return JSON.stringify(e);
}

interface Removal { label: string; facts: Map<string, FactValue>; fact: FactIR }

/** The scenario's facts with each removable fact left out in turn: the subject's, then each list's first member's. */
function* removals(s: ScenarioIR): Generator<Removal> {
    const byName = new Map(s.subject.facts.map(f => [f.name, f]));
    for (const [name, value] of s.facts) {
        const fact = byName.get(name);
        if (!fact) continue;
        if (fact.default === undefined) {
            const facts = new Map(s.facts);
            facts.delete(name);
            yield { label: name, facts, fact };
        }
        if (value.kind === 'list' && fact.type.kind === 'list' && value.items.length) {
            const element = new Map(fact.type.subject.facts.map(f => [f.name, f]));
            const [first, ...rest] = value.items;
            for (const memberFact of first.values.keys()) {
                const f = element.get(memberFact);
                if (!f || f.default !== undefined) continue;
                const values = new Map(first.values);
                values.delete(memberFact);
                yield { label: `${name}[${first.label}].${memberFact}`, facts: new Map(s.facts).set(name, { kind: 'list', items: [{ label: first.label, values }, ...rest] }), fact: f };
            }
        }
    }
}

describe('removing one fact from complete scenario facts', () => {
    it('changes only the rules that depend on it, each to the same decided result or to undetermined naming the fact', () => {
        let documentsChecked = 0;
        let documentsWithComplete = 0;
        let removalsChecked = 0;
        let undeterminedSeen = 0;
        let decidedByOtherOperand = 0;
        const factsCovered = new Set<FactIR>();
        const factsSeen = new Set<FactIR>();
        for (const { document, program, scenarios } of docs.values()) {
            const needs = new Map<RuleIR, Set<FactIR>>(document.rules.map(r => [r, factsNeededBy(document, r)]));
            const rulesByName = new Map(document.rules.map(r => [r.name, r]));
            let checked = 0;
            let completeFound = false;
            for (const s of scenarios) {
                const options = { year: s.year, asOf: s.asOf };
                const base = evaluate(program, s.subject.name, s.facts, options);
                const complete = base.errors.length === 0 && (base.rules ?? []).every(r => r.status === 'decided' || r.status === 'not-evaluated');
                if (!complete) continue;
                completeFound = true;
                const before = entries(base);
                for (const removal of removals(s)) {
                    factsSeen.add(removal.fact);
                    const after = evaluate(program, s.subject.name, removal.facts, options);
                    const where = `${document.name} › ${s.name} without ${removal.label}`;
                    expect(after.errors, where).toEqual([]);
                    expect(after.status, where).toBe(base.status);
                    const now = entries(after);
                    expect([...now.keys()].sort(), where).toEqual([...before.keys()].sort());
                    for (const [rule, was] of before) {
                        const is = now.get(rule)!;
                        const ir = rulesByName.get(rule)!;
                        if (!needs.get(ir)!.has(removal.fact)) {
                            expect(is, `${where}: ${rule} does not read it`).toEqual(was);
                            continue;
                        }
                        if (is.status === 'undetermined') {
                            expect(is.missing, `${where}: ${rule}`).toContain(removal.fact.name);
                            undeterminedSeen++;
                        } else {
                            expect(is.status, `${where}: ${rule}`).toBe(was.status);
                            expect(decided(is.entry), `${where}: ${rule} keeps its decided result`).toEqual(decided(was.entry));
                            decidedByOtherOperand++;
                        }
                    }
                    factsCovered.add(removal.fact);
                    checked++;
                }
            }
            if (completeFound) documentsWithComplete++;
            if (checked) documentsChecked++;
            removalsChecked += checked;
        }
        // Every example document with scenarios has a complete scenario to take facts from, and every fact
        // met was removed (two documents have only facts with defaults, so nothing to remove).
        expect(documentsWithComplete).toBe([...docs.values()].filter(d => d.scenarios.length).length);
        expect(documentsChecked).toBeGreaterThanOrEqual(documentsWithComplete - 2);
        expect(factsCovered).toEqual(factsSeen);
        expect(removalsChecked).toBeGreaterThan(1_000);
        // Both outcomes really occur on the corpus.
        expect(undeterminedSeen).toBeGreaterThan(100);
        expect(decidedByOtherOperand).toBeGreaterThan(10);
    });
});
