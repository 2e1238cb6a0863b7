import type { Lang, Outcome, RuleIR } from '@zeren/model';
import { label } from './hover-labels.js';
import { timeRuleValue } from './rule-text.js';

const same = (rule: RuleIR) => (o: { rule: string }) => o.rule === rule.name || o.rule === rule.id;

/** The evaluated result of one rule in an outcome, as a scenario would write it (89.5, 好, 是 （二）). */
export function ruleValue(outcome: Outcome, rule: RuleIR, lang: Lang): string | undefined {
    const yesNo = (b: boolean) => label(b ? 'yes' : 'no', lang);
    switch (rule.kind) {
        case 'score': {
            const s = outcome.scores.find(same(rule));
            if (!s) return outcome.status === 'not-assessed' ? label('notAssessed', lang) : undefined;
            return s.total ?? label('notAssessed', lang);
        }
        case 'grade': {
            const g = outcome.grades.find(same(rule));
            if (!g) return outcome.status === 'not-assessed' ? label('notAssessed', lang) : undefined;
            if (g.grade) return g.grade;
            return label(g.status === 'not-graded' ? 'notGraded' : 'notAssessed', lang);
        }
        case 'veto': {
            const v = outcome.vetoes.find(same(rule));
            if (!v) return undefined;
            const clauses = v.clauses.map(c => c.label).join('');
            return clauses ? `${yesNo(v.vetoed)} ${clauses}` : yesNo(v.vetoed);
        }
        case 'exclusion': {
            const e = outcome.exclusions.find(same(rule));
            return e ? yesNo(e.applies) : undefined;
        }
        case 'consequence': {
            const c = outcome.consequences.find(same(rule));
            return c ? yesNo(c.applies) : undefined;
        }
        default: return timeRuleValue(outcome, rule, lang);
    }
}
