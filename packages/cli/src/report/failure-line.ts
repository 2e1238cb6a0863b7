import type { DocumentIR, GradeIR, Lang, Outcome } from '@zeren/model';
import { formatRational, parseDecimal } from '@zeren/model';
import type { ScenarioFailure } from '@zeren/evaluator';

/**
 * A failing expectation as `zeren test` prints it: the rule with its article and the computed
 * value that decided — 县考核等次〔第九条〕：期望 好，实际 较好（91.8 < 92）; a deadline with its
 * due date; a clause set with the exception that removed a clause.
 */
export function failureLine(f: ScenarioFailure, outcome: Outcome, doc: DocumentIR | undefined, lang: Lang): string {
    const text = lang === 'zh' ? f.zh : f.en;
    if (!f.expectation) return text;
    const cite = citeOf(outcome, f.expectation);
    const head = `${f.expectation}${lang === 'zh' ? '：' : ':'}`;
    const withCite = cite && text.startsWith(head) ? `${f.expectation}〔${cite}〕${text.slice(f.expectation.length)}` : text;
    const detail = gradeDetail(f, outcome, doc) ?? deadlineDetail(f, outcome, lang) ?? vetoDetail(f, outcome, lang);
    return detail ? `${withCite}${lang === 'zh' ? `（${detail}）` : ` (${detail})`}` : withCite;
}

type Cited = { rule: string; cite?: { text: string } };

function citeOf(outcome: Outcome, rule: string): string | undefined {
    const lists: Cited[][] = [outcome.scores, outcome.grades, outcome.vetoes, outcome.exclusions, outcome.deadlines, outcome.frequencies, outcome.requirements, outcome.consequences] as Cited[][];
    for (const list of lists) {
        const hit = list?.find(x => x.rule === rule);
        if (hit?.cite) return hit.cite.text;
    }
    return undefined;
}

/** The score against the bound of the expected band (not reached) or of the band reached instead. */
function gradeDetail(f: ScenarioFailure, outcome: Outcome, doc: DocumentIR | undefined): string | undefined {
    const grade = doc?.rules.find((r): r is GradeIR => r.kind === 'grade' && r.name === f.expectation);
    if (!grade || grade.score.k !== 'rule') return undefined;
    const total = outcome.scores.find(s => s.rule === (grade.score as { rule: { name: string } }).rule.name)?.total;
    const value = total ? parseDecimal(total.split(' ≈ ')[0]) : undefined;
    if (!total || !value) return undefined;
    const shown = total.split(' ≈ ').pop()!;
    const expected = grade.bands.find(b => b.name === f.expected);
    if (expected?.bound && expected.op) {
        const reached = expected.op === '>=' ? value.compare(expected.bound) >= 0 : value.compare(expected.bound) > 0;
        if (!reached) return `${shown} ${expected.op === '>=' ? '<' : '≤'} ${formatRational(expected.bound)}`;
    }
    const actual = grade.bands.find(b => b.name === f.actual);
    if (actual?.bound && actual.op) return `${shown} ${actual.op === '>=' ? '≥' : '>'} ${formatRational(actual.bound)}`;
    return undefined;
}

function deadlineDetail(f: ScenarioFailure, outcome: Outcome, lang: Lang): string | undefined {
    const d = outcome.deadlines.find(x => x.rule === f.expectation);
    if (!d?.due) return undefined;
    const done = d.done ? (lang === 'zh' ? `，完成 ${d.done}` : `, done ${d.done}`) : '';
    return lang === 'zh' ? `期限 ${d.due}${done}` : `due ${d.due}${done}`;
}

/** Expected clauses that an exception removed. */
function vetoDetail(f: ScenarioFailure, outcome: Outcome, lang: Lang): string | undefined {
    const v = outcome.vetoes.find(x => x.rule === f.expectation);
    if (!v || !f.expected.startsWith('条款')) return undefined;
    const removed = v.exceptions.filter(x => x.clauses.some(c => f.expected.includes(c)));
    if (removed.length === 0) return undefined;
    return removed.map(x => (lang === 'zh' ? `例外 ${x.name} 排除了 ${x.clauses.join('')}` : `exception ${x.name} removed ${x.clauses.join('')}`)).join(lang === 'zh' ? '；' : '; ');
}
