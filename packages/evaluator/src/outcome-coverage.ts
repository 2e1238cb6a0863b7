import type { DocumentIR, Outcome, RuleIR, ScenarioIR } from '@zeren/model';
import type { ScenarioResult } from './scenario-runner.js';

/**
 * One outcome a rule can produce — a grade band, a veto clause holding or not, a deadline status,
 * a sanction option — and the asserting scenarios in which it occurred. Like branch coverage: a
 * suite that only ever sees a veto clause hold never checks that it can fail to hold.
 */
export interface OutcomeItem {
    document: string;
    rule: string;
    /** The outcome as a scenario would write it: `好`, `（三） 成立`, `逾期`, `情节较重：通报批评`, `否`. */
    outcome: string;
    scenarios: string[];
}

type Run = { scenario: ScenarioIR; result: ScenarioResult };
/** Which outcomes of one rule occurred in one evaluated outcome (undefined: not evaluated, e.g. an error). */
type Seen = (outcome: Outcome) => string[] | undefined;

const DEADLINE_STATUS: Record<string, string> = { 'on-time': '按时', late: '逾期', open: '未到期', overdue: '逾期未完成', 'not-started': '未开始', 'not-applicable': '不适用' };
const yesNo = (b: boolean): string => (b ? '是' : '否');

/** The outcomes a rule can produce, and a reader of the ones an evaluated outcome shows. */
export function ruleOutcomes(rule: RuleIR): { outcomes: string[]; seen: Seen } {
    const conditionSides = (applied: boolean | undefined) => applied === undefined ? [] : [applied ? '当 成立' : '当 不成立'];
    switch (rule.kind) {
        case 'score':
            return { outcomes: ['得分'], seen: o => o.scores.some(s => s.rule === rule.name && s.total !== null) ? ['得分'] : undefined };
        case 'grade':
            return {
                outcomes: rule.bands.map(b => b.name),
                seen: o => { const g = o.grades.find(x => x.rule === rule.name); return g?.grade ? [g.grade] : undefined; },
            };
        case 'veto': {
            const outcomes = [
                ...rule.clauses.flatMap(c => [`${c.label} 成立`, `${c.label} 不成立`]),
                ...rule.exceptions.flatMap(e => [`例外 ${e.name} 适用`, `例外 ${e.name} 不适用`]),
            ];
            return {
                outcomes,
                seen: o => {
                    const v = o.vetoes.find(x => x.rule === rule.name);
                    if (!v) return undefined;
                    return [
                        ...rule.clauses.map(c => `${c.label} ${v.clauses.some(x => x.label === c.label) ? '成立' : '不成立'}`),
                        ...rule.exceptions.map(e => `例外 ${e.name} ${v.exceptions.some(x => x.name === e.name) ? '适用' : '不适用'}`),
                    ];
                },
            };
        }
        case 'exclusion':
            return { outcomes: ['是', '否'], seen: o => { const x = o.exclusions.find(e => e.rule === rule.name); return x ? [yesNo(x.applies)] : undefined; } };
        case 'consequence':
            return { outcomes: ['是', '否'], seen: o => { const x = o.consequences.find(e => e.rule === rule.name); return x ? [yesNo(x.applies)] : undefined; } };
        case 'requirement':
            return { outcomes: ['是', '否'], seen: o => { const x = o.requirements.find(e => e.rule === rule.name); return x ? [yesNo(x.complied)] : undefined; } };
        case 'deadline': {
            // 按时/逾期 need a completion; 未到期/逾期未完成 occur only when it may be absent (可无).
            const done = rule.done;
            const mayBeAbsent = done?.k === 'fact' && done.fact.optional;
            const statuses = [...(done ? ['按时', '逾期'] : []), ...(!done || mayBeAbsent ? ['未到期', '逾期未完成'] : [])];
            return {
                outcomes: [...statuses, ...(rule.condition ? ['当 成立', '当 不成立'] : [])],
                seen: o => {
                    const d = o.deadlines.find(x => x.rule === rule.name);
                    if (!d) return undefined;
                    const applied = rule.condition ? d.status !== 'not-applicable' : undefined;
                    return [DEADLINE_STATUS[d.status], ...conditionSides(applied)];
                },
            };
        }
        case 'frequency':
            return {
                outcomes: ['是', '否', ...(rule.condition ? ['当 成立', '当 不成立'] : [])],
                seen: o => {
                    const q = o.frequencies.find(x => x.rule === rule.name);
                    if (!q || q.status === 'undetermined') return undefined;
                    const applied = rule.condition ? q.status !== 'not-applicable' : undefined;
                    return [...(q.status === 'met' ? ['是'] : q.status === 'unmet' ? ['否'] : []), ...conditionSides(applied)];
                },
            };
        case 'accountability':
            return accountabilityOutcomes(rule);
        default:
            return { outcomes: [], seen: () => undefined };
    }
}

function accountabilityOutcomes(rule: Extract<RuleIR, { kind: 'accountability' }>): { outcomes: string[]; seen: Seen } {
    const entryOf = (o: Outcome) => o.accountability?.find(a => a.rule === rule.name);
    switch (rule.form) {
        case 'situations':
            return {
                outcomes: [...rule.situations.map(s => s.label), '否'],
                seen: o => {
                    const e = entryOf(o);
                    if (e?.form !== 'situations') return undefined;
                    return e.applies ? e.situations.map(s => s.label) : ['否'];
                },
            };
        case 'sanctions': {
            // Each permitted option of each table and level, and the measure not being due.
            const optionKey = (level: string, names: string[]) => `${level}：${names.join('并')}`;
            const outcomes = [...new Set(rule.tables.flatMap(t => t.levels.flatMap(l => l.options.map(op => optionKey(l.levelName, op.names))))), '否'];
            return {
                outcomes,
                seen: o => {
                    const e = entryOf(o);
                    if (e?.form !== 'sanctions') return undefined;
                    if (!e.due) return ['否'];
                    const table = rule.tables.find(t => e.kind !== undefined && t.kinds.names.includes(e.kind));
                    if (!table) return [];
                    return table.levels.filter(l => e.levels.includes(l.levelName))
                        .flatMap(l => l.options.filter(op => e.options.some(x => x.join('并') === op.names.join('并'))).map(op => optionKey(l.levelName, op.names)));
                },
            };
        }
        case 'determination':
            return {
                outcomes: [...new Set(rule.rows.map(r => r.label))],
                seen: o => { const e = entryOf(o); return e?.form === 'determination' && e.result !== null ? [e.result] : undefined; },
            };
        case 'restrictions':
            return {
                outcomes: rule.items.flatMap(i => [`${i.name} 适用`, `${i.name} 不适用`]),
                seen: o => {
                    const e = entryOf(o);
                    if (e?.form !== 'restrictions') return undefined;
                    return e.items.map(i => `${i.name} ${i.applies ? '适用' : '不适用'}`);
                },
            };
        case 'lookback':
            return {
                outcomes: ['是', '否', ...(rule.extended ? ['延长'] : [])],
                seen: o => {
                    const e = entryOf(o);
                    if (e?.form !== 'lookback') return undefined;
                    return [yesNo(e.applies), ...(e.applies && e.extended ? ['延长'] : [])];
                },
            };
    }
}

/**
 * Per rule of the given documents, each outcome it can produce and the asserting scenarios in
 * which it occurred. Only asserting scenarios count (one that states an expectation about the
 * rule): a scenario that merely evaluates a rule proves nothing about it.
 */
export function computeOutcomeCoverage(documents: DocumentIR[], runs: Run[]): OutcomeItem[] {
    const items: OutcomeItem[] = [];
    const label = (r: Run) => `${r.scenario.suite} › ${r.scenario.name}`;
    for (const doc of documents) {
        for (const rule of doc.rules) {
            const { outcomes, seen } = ruleOutcomes(rule);
            const asserting = runs.filter(r => r.scenario.document === doc.name && r.scenario.expectations.some(e => e.rule.id === rule.id));
            const occurred = asserting.map(r => ({ run: r, outcomes: new Set(seen(r.result.outcome) ?? []) }));
            for (const outcome of outcomes) {
                items.push({ document: doc.name, rule: rule.name, outcome, scenarios: occurred.filter(x => x.outcomes.has(outcome)).map(x => label(x.run)) });
            }
        }
    }
    return items;
}
