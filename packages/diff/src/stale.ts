import type { ScenarioResult } from '@zeren/evaluator';
import type { ExpectationIR, Outcome, ScenarioIR } from '@zeren/model';
import type { StaleExpectation } from './diff-schema.js';

/**
 * Expectations that held on the old side and fail on the new one, each with the text that
 * would make it hold again (in the scenario file's own syntax), for the reviewer to accept
 * (`zeren diff --suggest`). An expectation the tool cannot rewrite (an accountability result)
 * is listed without a suggestion.
 */
export function staleExpectations(file: string, before: ScenarioResult, after: ScenarioResult, newScenario: ScenarioIR): StaleExpectation[] {
    const key = (line: number, expectation: string) => `${line}\u0000${expectation}`;
    const heldBefore = new Set(before.failures.map(f => key(f.loc.range.start.line, f.expectation)));
    const out: StaleExpectation[] = [];
    const seen = new Set<string>();
    for (const f of after.failures) {
        const k = key(f.loc.range.start.line, f.expectation);
        if (!f.expectation || heldBefore.has(k) || seen.has(k)) continue;
        seen.add(k);
        const e = newScenario.expectations.find(x => x.loc.range.start.line === f.loc.range.start.line && x.loc.range.start.character === f.loc.range.start.character);
        out.push({
            file, line: f.loc.range.start.line + 1, suite: newScenario.suite, scenario: newScenario.name, rule: f.expectation, expected: f.expected, actual: f.actual,
            range: e ? { start: e.loc.range.start, end: e.loc.range.end } : undefined,
            suggestion: e ? suggestion(e, after.outcome) : undefined,
        });
    }
    return out;
}

/** The expectation rewritten to what the new rules give: 领导班子否决 = 是 条款 （一）（三）. */
function suggestion(e: ExpectationIR, o: Outcome): string | undefined {
    const rule = e.rule;
    const yes = (b: boolean | undefined) => (b ? '是' : '否');
    const status = o.status === 'not-assessed' ? '不参加考核' : undefined;
    switch (rule.kind) {
        case 'score': {
            const total = o.scores.find(x => x.rule === rule.name)?.total;
            const value = status ?? (total && !total.includes('≈') ? total : undefined);
            return value ? `${rule.name} = ${value}` : undefined;
        }
        case 'grade': {
            const g = o.grades.find(x => x.rule === rule.name);
            const value = status ?? g?.grade ?? (g?.status === 'not-graded' ? '不确定等次' : undefined);
            return value ? `${rule.name} = ${value}` : undefined;
        }
        case 'veto': {
            const v = o.vetoes.find(x => x.rule === rule.name);
            const parts = [`${rule.name} = ${yes(v?.vetoed)}`];
            if (e.clauses.length && v?.clauses.length) parts.push(`条款 ${v.clauses.map(c => c.label).join('')}`);
            if (e.exceptions.length && v?.exceptions.length) parts.push(`例外 ${v.exceptions.map(x => x.name).join('、')}`);
            return parts.join(' ');
        }
        case 'exclusion': return `${rule.name} = ${yes(o.exclusions.find(x => x.rule === rule.name)?.applies)}`;
        case 'consequence': return `${rule.name} = ${yes(o.consequences.find(x => x.rule === rule.name)?.applies)}`;
        case 'requirement': return `${rule.name} = ${yes(o.requirements.find(x => x.rule === rule.name)?.complied)}`;
        case 'deadline': {
            const d = o.deadlines.find(x => x.rule === rule.name);
            if (!d) return undefined;
            if (e.value?.kind === 'bool') return `${rule.name} = ${yes(['on-time', 'open', 'not-started', 'not-applicable'].includes(d.status))}`;
            return `${rule.name} = ${DEADLINE_WORD[d.status]}`;
        }
        case 'frequency': {
            const q = o.frequencies.find(x => x.rule === rule.name);
            if (!q) return undefined;
            if (q.status === 'not-applicable') return `${rule.name} = 不适用`;
            return q.status === 'undetermined' ? undefined : `${rule.name} = ${yes(q.status === 'met')}`;
        }
        default:
            return undefined;
    }
}

const DEADLINE_WORD: Record<string, string> = { 'on-time': '按时', late: '逾期', open: '未到期', overdue: '逾期未完成', 'not-started': '未开始', 'not-applicable': '不适用' };
