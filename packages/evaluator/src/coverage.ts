import type { DocumentIR, Outcome, RuleIR, ScenarioIR } from '@zeren/model';
import type { ScenarioResult } from './scenario-runner.js';

/** One encoded rule, veto clause or exception, and the scenarios that exercise it. */
export interface CoverageItem {
    document: string;
    rule: string;
    /** A clause label （四） or an exception name, for items inside a veto; 当（成立）/ 当（不成立） for a condition's sides. */
    part?: string;
    /** 'condition-true' / 'condition-false': one side of the 当 condition of a deadline or frequency. */
    kind: 'rule' | 'clause' | 'exception' | 'condition-true' | 'condition-false';
    scenarios: string[];
}

/**
 * A rule is exercised by a scenario that states an expectation about it. A veto clause is
 * exercised by a scenario that asserts the veto and in which the clause applied (or that names
 * it); an exception likewise when it switched a clause off. Only asserted outcomes count: a
 * scenario that merely evaluates a rule proves nothing about it.
 *
 * A deadline or frequency with a 当 condition is two more items, one per side: an asserting scenario
 * where it did not apply (不适用) exercises the false side, one where it applied (any other status)
 * the true side. Both are needed, as for a veto clause and the exception that switches it off: a
 * suite that only ever sees the obligation apply would not notice a condition that is always true,
 * and one that only sees 不适用 never checks the obligation itself.
 */
export function computeCoverage(documents: DocumentIR[], runs: { scenario: ScenarioIR; result: ScenarioResult }[]): CoverageItem[] {
    const items: CoverageItem[] = [];
    for (const doc of documents) {
        for (const rule of doc.rules) {
            const asserting = runs.filter(r => r.scenario.document === doc.name && r.scenario.expectations.some(e => e.rule.id === rule.id));
            const label = (r: { scenario: ScenarioIR }) => `${r.scenario.suite} › ${r.scenario.name}`;
            items.push({ document: doc.name, rule: rule.name, kind: 'rule', scenarios: asserting.map(label) });
            if ((rule.kind === 'deadline' || rule.kind === 'frequency') && rule.condition) {
                for (const holds of [true, false]) {
                    const scenarios = asserting.filter(r => appliedIn(r.result.outcome, rule) === holds).map(label);
                    items.push({ document: doc.name, rule: rule.name, part: holds ? '当（成立）' : '当（不成立）', kind: holds ? 'condition-true' : 'condition-false', scenarios });
                }
                continue;
            }
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

/** Whether a deadline or frequency applied in an outcome; undefined when it was not evaluated (an error). */
function appliedIn(outcome: Outcome, rule: RuleIR): boolean | undefined {
    const status = rule.kind === 'deadline' ? outcome.deadlines.find(d => d.rule === rule.name)?.status
        : outcome.frequencies.find(q => q.rule === rule.name)?.status;
    return status === undefined ? undefined : status !== 'not-applicable';
}
