import type { DocumentIR, Outcome, ScenarioIR } from '@zeren/model';
import type { ScenarioResult } from './scenario-runner.js';

/** One encoded rule, veto clause or exception, and the scenarios that exercise it. */
export interface CoverageItem {
    document: string;
    rule: string;
    /** A clause label （四） or an exception name, for items inside a veto. */
    part?: string;
    kind: 'rule' | 'clause' | 'exception';
    scenarios: string[];
}

/**
 * A rule is exercised by a scenario that states an expectation about it. A veto clause is
 * exercised by a scenario that asserts the veto and in which the clause applied (or that names
 * it); an exception likewise when it switched a clause off. Only asserted outcomes count: a
 * scenario that merely evaluates a rule proves nothing about it.
 */
export function computeCoverage(documents: DocumentIR[], runs: { scenario: ScenarioIR; result: ScenarioResult }[]): CoverageItem[] {
    const items: CoverageItem[] = [];
    for (const doc of documents) {
        for (const rule of doc.rules) {
            const asserting = runs.filter(r => r.scenario.document === doc.name && r.scenario.expectations.some(e => e.rule.id === rule.id));
            const label = (r: { scenario: ScenarioIR }) => `${r.scenario.suite} › ${r.scenario.name}`;
            items.push({ document: doc.name, rule: rule.name, kind: 'rule', scenarios: asserting.map(label) });
            if (rule.kind === 'accountability' && rule.form === 'situations') {
                // A situation (第五条（一）) is exercised where an asserting scenario found it or names it.
                for (const situation of rule.situations) {
                    const scenarios = asserting.filter(r => {
                        const named = r.scenario.expectations.some(e => e.rule.id === rule.id && e.clauses.includes(situation.label));
                        const found = r.result.outcome.accountability?.some(a => a.form === 'situations' && a.rule === rule.name && a.situations.some(x => x.label === situation.label));
                        return named || !!found;
                    }).map(label);
                    items.push({ document: doc.name, rule: rule.name, part: situation.label, kind: 'clause', scenarios });
                }
                continue;
            }
            if (rule.kind !== 'veto') continue;
            // A part is exercised where it applied in an asserting scenario, or the scenario names it.
            const exercising = (part: string, key: 'clauses' | 'exceptions', applied: (v: Outcome['vetoes'][number]) => boolean) =>
                asserting.filter(r => {
                    const v = r.result.outcome.vetoes.find(x => x.rule === rule.name);
                    const named = r.scenario.expectations.some(e => e.rule.id === rule.id && e[key].includes(part));
                    return named || (!!v && applied(v));
                }).map(label);
            for (const clause of rule.clauses) {
                const scenarios = exercising(clause.label, 'clauses', v => v.clauses.some(c => c.label === clause.label));
                items.push({ document: doc.name, rule: rule.name, part: clause.label, kind: 'clause', scenarios });
            }
            for (const exc of rule.exceptions) {
                const scenarios = exercising(exc.name, 'exceptions', v => v.exceptions.some(x => x.name === exc.name));
                items.push({ document: doc.name, rule: rule.name, part: exc.name, kind: 'exception', scenarios });
            }
        }
    }
    return items;
}
