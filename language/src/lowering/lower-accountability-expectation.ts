import type { AstNode } from 'langium';
import type { AccountabilityExpectedIR, ExpectationIR, RuleIR, SubjectIR } from '@zeren/model';
import type { Expectation } from '../generated/ast.js';
import { isExpectedBoolean, isExpectedDate, isExpectedDeadline, isExpectedInterval, isExpectedLabel, isExpectedSet, isExpectedSince, isRestriction } from '../generated/ast.js';
import { isIsoDate } from '@zeren/time';
import { isAccountabilityNode } from './lower-accountability.js';
import type { LoweringContext } from './lowering-context.js';

/** Scenario expectations of a 情形, 追究方式, 认定, 影响 rule, or of one restriction of an 影响. */
export function isAccountabilityTarget(node: AstNode | undefined): boolean {
    return isRestriction(node) || isAccountabilityNode(node);
}

export function lowerAccountabilityExpectation(node: Expectation, subject: SubjectIR, ctx: LoweringContext): ExpectationIR | undefined {
    const target = node.target?.ref;
    const item = isRestriction(target) ? target.name : undefined;
    const rule = ctx.ir<RuleIR>(isRestriction(target) ? target.$container : target);
    if (!rule || rule.kind !== 'accountability') return undefined;
    if (rule.subject.name !== subject.name) {
        ctx.error(node, 'target', 'expectation-rule-subject', rule.name, rule.subject.name, subject.name);
        return undefined;
    }
    if (node.exceptions.length || (node.clauses.length && rule.form !== 'situations')) ctx.error(node, 'target', 'expectation-clauses');
    const mismatch = (expected: string): undefined => {
        ctx.error(node, 'value', 'expectation-type', item ?? rule.name, expected);
        return undefined;
    };
    const v = node.value;
    let value: AccountabilityExpectedIR | undefined;
    if (!v) value = undefined;
    else if (item) {
        if (isExpectedDate(v)) {
            if (!isIsoDate(v.value)) ctx.error(v, 'value', 'invalid-date', v.value);
            value = { kind: 'acc-until', item, value: v.value };
        } else if (isExpectedSince(v)) {
            if (!isIsoDate(v.from)) ctx.error(v, 'from', 'invalid-date', v.from);
            value = { kind: 'acc-since', item, value: v.from };
        } else if (isExpectedBoolean(v) && v.value === '否') value = { kind: 'acc-until', item, value: null };
        else value = mismatch('截止日期、日期 起 or 否 (a last day, a first day with no end, or does not apply)');
    } else if (rule.form === 'lookback' && isExpectedInterval(v)) {
        for (const d of [v.from, v.to]) if (!isIsoDate(d)) ctx.error(v, 'from', 'invalid-date', d);
        value = { kind: 'acc-interval', from: v.from, until: v.to };
    } else if (rule.form === 'determination') {
        // `= 不适用` is parsed as the status of a deadline; here it is the conclusion of that name.
        const notApplicableRow = isExpectedDeadline(v) && v.deadline === '不适用' && rule.rows.some(r => r.label === v.deadline);
        value = isExpectedLabel(v) ? { kind: 'acc-label', value: v.value?.ref?.name ?? v.value?.$refText }
            : notApplicableRow ? { kind: 'acc-label', value: v.deadline }
            : mismatch(`${rule.name}的结论 a conclusion`);
    } else if (rule.form === 'sanctions' && isExpectedSet(v)) {
        const known = new Set(rule.tables.flatMap(t => t.ladder?.values ?? []));
        for (const name of v.items) {
            if (!known.has(name)) ctx.error(v, 'items', 'acc-value-unknown', name, rule.name, [...known].join('、'));
        }
        value = { kind: 'acc-set', values: v.items };
    } else if (isExpectedBoolean(v)) {
        value = { kind: 'acc-bool', value: v.value === '是' };
    } else {
        value = mismatch(rule.form === 'sanctions' ? '[措施…] or 是/否' : rule.form === 'lookback' ? '日期 至 日期 or 否 (a window, or not due)' : '是/否 yes/no');
    }
    return { rule, value, clauses: node.clauses.map(c => c.ref?.name ?? c.$refText), exceptions: [], loc: ctx.loc(node) };
}
