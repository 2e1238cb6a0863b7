import type { ExpectationIR, FactValue, Outcome, ScenarioIR, SourceLoc } from '@zeren/model';
import { formatRational, parseDecimal, Rational } from '@zeren/model';
import { frameFor } from './frame.js';
import { dayNumberOfIso } from '@zeren/time';
import { buildOutcome } from './outcome-builder.js';
import type { Program } from './program.js';
import { runSubject } from './program.js';
import { checkAccountabilityExpectation } from './accountability-expectations.js';
import { missingFactErrors } from './missing-facts.js';

export interface ScenarioFailure {
    expectation: string;
    expected: string;
    actual: string;
    loc: SourceLoc;
    zh: string;
    en: string;
}

export interface ScenarioResult {
    scenario: string;
    suite: string;
    passed: boolean;
    outcome: Outcome;
    failures: ScenarioFailure[];
    loc: SourceLoc;
}

/** Evaluates one subject's facts: the library API behind `zeren run` and the editor. */
export interface EvaluateOptions {
    explain?: boolean;
    /** The assessment year (annual deadlines, per-year frequencies). */
    year?: number;
    /** ISO date: evaluate as of this day (open deadlines, partial periods). */
    asOf?: string;
}

export function evaluate(program: Program, subjectName: string, facts: ReadonlyMap<string, FactValue>, options: EvaluateOptions = {}): Outcome {
    const sp = program.subjects.get(subjectName);
    if (!sp) throw new Error(`unknown subject ${subjectName}`);
    const asOf = options.asOf ? dayNumberOfIso(options.asOf) : undefined;
    const year = options.year ?? (options.asOf ? Number(options.asOf.slice(0, 4)) : undefined);
    const frame = frameFor(sp.subject, facts, '', { year, asOf });
    const run = runSubject(sp, frame);
    return buildOutcome(program, sp, frame, run, options.explain ?? false);
}

/** Runs a scenario and compares its expectations; any evaluation error fails it. */
export function runScenario(program: Program, scenario: ScenarioIR, options: { explain?: boolean } = {}): ScenarioResult {
    const outcome = evaluate(program, scenario.subject.name, scenario.facts, { ...options, year: scenario.year, asOf: scenario.asOf });
    const failures: ScenarioFailure[] = [];
    for (const error of [...outcome.errors, ...missingFactErrors(outcome)]) {
        failures.push({ expectation: '', expected: '', actual: error.code, loc: scenario.loc, zh: error.zh, en: error.en });
    }
    for (const e of scenario.expectations) failures.push(...checkExpectation(e, outcome));
    return { scenario: scenario.name, suite: scenario.suite, passed: failures.length === 0, outcome, failures, loc: scenario.loc };
}

function checkExpectation(e: ExpectationIR, outcome: Outcome): ScenarioFailure[] {
    const out: ScenarioFailure[] = [];
    const fail = (expected: string, actual: string) => out.push({
        expectation: e.rule.name, expected, actual, loc: e.loc,
        zh: `${e.rule.name}：期望 ${expected}，实际 ${actual}`,
        en: `${e.rule.name}: expected ${expected}, got ${actual}`,
    });
    const rule = e.rule;
    if (e.value?.kind === 'status') {
        const actual = statusOf(outcome, rule.name, rule.kind);
        if (actual !== e.value.value) fail(statusText(e.value.value), statusText(actual));
        return out;
    }
    switch (rule.kind) {
        case 'score': {
            const s = outcome.scores.find(x => x.rule === rule.name);
            if (e.value?.kind === 'number') {
                const actual = s?.total ? exactOf(s.total) : undefined;
                if (!actual || !actual.equals(e.value.value)) fail(formatRational(e.value.value), s?.total ?? statusText(statusOf(outcome, rule.name, rule.kind)));
            }
            break;
        }
        case 'grade': {
            const g = outcome.grades.find(x => x.rule === rule.name);
            if (e.value?.kind === 'label' && g?.grade !== e.value.value) fail(e.value.value, g?.grade ?? statusText(g?.status ?? 'not-assessed'));
            break;
        }
        case 'veto': {
            const v = outcome.vetoes.find(x => x.rule === rule.name);
            if (e.value?.kind === 'bool' && v?.vetoed !== e.value.value) fail(e.value.value ? '否决' : '不否决', v?.vetoed ? '否决' : '不否决');
            const clauses = (v?.clauses ?? []).map(c => c.label);
            if (e.clauses.length && !sameSet(e.clauses, clauses)) fail(`条款 ${e.clauses.join('')}`, `条款 ${clauses.join('') || '无'}`);
            const exceptions = (v?.exceptions ?? []).map(x => x.name);
            if (e.exceptions.length && !sameSet(e.exceptions, exceptions)) fail(`例外 ${e.exceptions.join('、')}`, `例外 ${exceptions.join('、') || '无'}`);
            break;
        }
        case 'exclusion': {
            const x = outcome.exclusions.find(y => y.rule === rule.name);
            if (e.value?.kind === 'bool' && (x?.applies ?? false) !== e.value.value) fail(e.value.value ? '适用' : '不适用', x?.applies ? '适用' : '不适用');
            break;
        }
        case 'deadline': {
            const d = outcome.deadlines.find(y => y.rule === rule.name);
            if (e.value?.kind === 'deadline' && d?.status !== e.value.value) fail(DEADLINE_TEXT[e.value.value], d ? DEADLINE_TEXT[d.status] : '无法计算');
            if (e.value?.kind === 'bool') {
                const ok = d ? d.status === 'on-time' || d.status === 'open' || d.status === 'not-started' || d.status === 'not-applicable' : undefined;
                if (ok !== e.value.value) fail(e.value.value ? '未违反' : '违反', ok === undefined ? '无法计算' : ok ? '未违反' : '违反');
            }
            break;
        }
        case 'frequency': {
            const q = outcome.frequencies.find(y => y.rule === rule.name);
            // Only 不适用 is expected as a status of a frequency (lowering rejects the others).
            if (e.value?.kind === 'deadline' && q?.status !== 'not-applicable') fail('不适用', q ? FREQUENCY_TEXT[q.status] : '无法计算');
            const ok = q ? q.status !== 'unmet' : undefined;
            if (e.value?.kind === 'bool' && ok !== e.value.value) fail(e.value.value ? '达到要求' : '未达到要求', ok === undefined ? '无法计算' : ok ? '达到要求' : '未达到要求');
            break;
        }
        case 'accountability':
            out.push(...checkAccountabilityExpectation(e, outcome));
            break;
        case 'requirement': {
            const x = outcome.requirements.find(y => y.rule === rule.name);
            if (e.value?.kind === 'bool' && x?.complied !== e.value.value) fail(e.value.value ? '符合' : '违反', x === undefined ? '无法计算' : x.complied ? '符合' : '违反');
            break;
        }
        case 'consequence': {
            const x = outcome.consequences.find(y => y.rule === rule.name);
            if (e.value?.kind === 'bool' && (x?.applies ?? false) !== e.value.value) fail(e.value.value ? '适用' : '不适用', x?.applies ? '适用' : '不适用');
            break;
        }
    }
    return out;
}

const DEADLINE_TEXT = { 'on-time': '按时', late: '逾期', open: '未到期', overdue: '逾期未完成', 'not-started': '未开始', 'not-applicable': '不适用' } as const;
const FREQUENCY_TEXT = { met: '达到要求', unmet: '未达到要求', undetermined: '尚无法判定', 'not-applicable': '不适用' } as const;

function statusOf(outcome: Outcome, rule: string, kind: string): 'not-assessed' | 'not-graded' | 'assessed' {
    if (outcome.status === 'not-assessed') return 'not-assessed';
    if (kind === 'grade') return outcome.grades.find(g => g.rule === rule)?.status === 'not-graded' ? 'not-graded' : 'assessed';
    return 'assessed';
}

function statusText(s: string): string {
    return s === 'not-assessed' ? '不参加考核' : s === 'not-graded' ? '不确定等次' : '参加考核';
}

/** Outcome totals are exact decimals or "p/q ≈ x"; read back the exact part. */
function exactOf(text: string): Rational | undefined {
    const exact = text.split(' ≈ ')[0];
    if (exact.includes('/')) {
        const [p, q] = exact.split('/');
        return new Rational(BigInt(p), BigInt(q));
    }
    return parseDecimal(exact);
}

function sameSet(a: string[], b: string[]): boolean {
    return a.length === b.length && a.every(x => b.includes(x));
}
