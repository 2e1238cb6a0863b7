import type { ExpectationIR, ExpectedIR, RuleIR, ScenarioIR, ScenarioSuiteIR, SubjectIR } from '@zeren/model';
import type { Expectation, Scenario, ScenarioSuite } from '../generated/ast.js';
import { isExpectedBoolean, isExpectedDeadline, isExpectedLabel, isExpectedNumber, isExpectedStatus, isRule } from '../generated/ast.js';
import type { LoweringContext } from './lowering-context.js';
import { isIsoDate } from '@zeren/time';
import { lowerFactAssignments } from './lower-values.js';
import { isAccountabilityTarget, lowerAccountabilityExpectation } from './lower-accountability-expectation.js';
import { lowerNumber, smallWhole } from './numbers.js';

export function lowerSuite(suite: ScenarioSuite, ctx: LoweringContext): ScenarioSuiteIR {
    const documentName = suite.document?.ref?.name ?? suite.document?.$refText;
    const ir: ScenarioSuiteIR = { name: suite.name, document: documentName, scenarios: [], loc: ctx.loc(suite, 'name'), uri: ctx.uri };
    const names = new Set<string>();
    for (const scenario of suite.scenarios) {
        const subject = scenario.subject?.ref ? ctx.ir<SubjectIR>(scenario.subject?.ref) : undefined;
        if (names.has(scenario.name)) ctx.error(scenario, 'name', 'duplicate-name', scenario.name);
        names.add(scenario.name);
        if (!subject) continue;
        // An impossible 截至 date is reported and not used (the scenario is not evaluated as of it).
        const asOfValid = !scenario.asOf || isIsoDate(scenario.asOf);
        if (!asOfValid) ctx.error(scenario, 'asOf', 'invalid-date', scenario.asOf!);
        const factLocs = new Map<string, ReturnType<LoweringContext['loc']>>();
        const s: ScenarioIR = {
            name: scenario.name,
            suite: suite.name,
            document: documentName,
            subject,
            year: scenarioYear(scenario.year, scenario, ctx),
            asOf: asOfValid ? scenario.asOf : undefined,
            facts: lowerFactAssignments(scenario.facts, subject, ctx, factLocs),
            factLocs,
            written: new Set(scenario.facts.map(f => f.fact?.$refText ?? '')),
            expectations: scenario.expectations.map(e => lowerExpectation(e, subject, ctx)).filter(e => e !== undefined),
            loc: ctx.loc(scenario, 'name'),
        };
        ir.scenarios.push(s);
    }
    return ir;
}

function lowerExpectation(node: Expectation, subject: SubjectIR, ctx: LoweringContext): ExpectationIR | undefined {
    const target = node.target?.ref;
    if (isAccountabilityTarget(target)) return lowerAccountabilityExpectation(node, subject, ctx);
    if (!isRule(target)) return undefined;
    const rule = ctx.ir<RuleIR>(target);
    if (!rule) return undefined;
    if (rule.subject.name !== subject.name) {
        ctx.error(node, 'target', 'expectation-rule-subject', rule.name, rule.subject.name, subject.name);
        return undefined;
    }
    if ((node.clauses.length || node.exceptions.length) && rule.kind !== 'veto') {
        ctx.error(node, 'target', 'expectation-clauses');
    }
    const value = node.value ? lowerExpected(node, rule, ctx) : undefined;
    return {
        rule,
        value,
        clauses: node.clauses.map(c => c.ref?.name ?? c.$refText),
        exceptions: node.exceptions.map(e => e.ref?.name ?? e.$refText),
        loc: ctx.loc(node),
    };
}

function lowerExpected(node: Expectation, rule: RuleIR, ctx: LoweringContext): ExpectedIR | undefined {
    const v = node.value!;
    const mismatch = (expected: string) => {
        ctx.error(node, 'value', 'expectation-type', rule.name, expected);
        return undefined;
    };
    if (isExpectedDeadline(v)) {
        const map = { 按时: 'on-time', 逾期: 'late', 未到期: 'open', 逾期未完成: 'overdue', 未开始: 'not-started', 不适用: 'not-applicable' } as const;
        const value = map[v.deadline as keyof typeof map];
        if (rule.kind === 'deadline' || (rule.kind === 'frequency' && value === 'not-applicable')) return { kind: 'deadline', value };
        // `= 不适用` is parsed as the status; for a grade it names the band so called.
        if (value === 'not-applicable' && rule.kind === 'grade' && rule.bands.some(b => b.name === v.deadline)) return { kind: 'label', value: v.deadline };
        return mismatch(expectedKind(rule));
    }
    if (isExpectedStatus(v)) {
        if (v.status === '不确定等次' && rule.kind !== 'grade') return mismatch('等次 grade');
        return { kind: 'status', value: v.status === '不参加考核' ? 'not-assessed' : 'not-graded' };
    }
    if (isExpectedNumber(v)) {
        if (rule.kind !== 'score') return mismatch(expectedKind(rule));
        const n = lowerNumber(v.value, v, 'value', ctx);
        const d = v.denominator !== undefined ? lowerNumber(v.denominator, v, 'denominator', ctx) : undefined;
        if (!n || (v.denominator !== undefined && (!d || d.equals(0)))) return undefined;
        return { kind: 'number', value: d ? n.div(d) : n };
    }
    if (isExpectedBoolean(v)) {
        if (rule.kind === 'score' || rule.kind === 'grade') return mismatch(expectedKind(rule));
        return { kind: 'bool', value: v.value === '是' };
    }
    if (isExpectedLabel(v)) {
        if (rule.kind !== 'grade') return mismatch(expectedKind(rule));
        return { kind: 'label', value: v.value?.ref?.name ?? v.value?.$refText };
    }
    return undefined;
}

/** What may be written after `=` for this rule, in the scenario language's own words (the same in zh and en messages). */
function expectedKind(rule: RuleIR): string {
    switch (rule.kind) {
        case 'score': return '90 / 89.5';
        case 'grade': return `${rule.bands.map(b => b.name).join('/')}`;
        case 'deadline': return '按时/逾期/未到期/逾期未完成/未开始/不适用/是/否';
        case 'frequency': return '是/否/不适用';
        default: return '是/否';
    }
}

/** A scenario's 年度: a calendar year the date module can represent (0001–9999). */
function scenarioYear(written: string | undefined, scenario: Scenario, ctx: LoweringContext): number | undefined {
    const year = smallWhole(written, scenario, 'year', ctx, 4);
    if (year === undefined) return undefined;
    if (year < 1) {
        ctx.error(scenario, 'year', 'invalid-date', `${written}年`);
        return undefined;
    }
    return year;
}
