import type { DeadlineIR, DeadlineSpecIR, ExprIR, FrequencyIR, PeriodKindIR, TimeDurationIR, TimeUnit } from '@zeren/model';
import type { BeforeDuration, Deadline, Frequency, WithinDuration } from '../generated/ast.js';
import { isIsoDate, isValidDateParts } from '@zeren/time';
import type { ExprScope } from './lower-expression.js';
import { expectBool, lowerExpression } from './lower-expression.js';
import type { LoweringContext } from './lowering-context.js';
import { smallWhole } from './numbers.js';

const WITHIN: Record<string, TimeUnit> = { 年内: 'year', 个月内: 'month', 日内: 'day', 个工作日内: 'workday', 小时内: 'hour' };
const BEFORE: Record<string, TimeUnit> = { 日前: 'day', 个工作日前: 'workday', 小时前: 'hour' };
const PERIODS: Record<string, PeriodKindIR> = { 年: 'year', 半年: 'half-year', 季度: 'quarter', 月: 'month', 任期: 'term' };

export function lowerDeadline(node: Deadline, ir: DeadlineIR, scope: ExprScope, ctx: LoweringContext): void {
    ir.condition = lowerCondition(node, scope, ctx);
    ir.spec = deadlineSpec(node, scope, ctx) ?? ir.spec;
    if (node.done) {
        ir.done = lowerExpression(node.done, scope, ctx);
        expectMoment(ir.done, node, 'done', ctx);
    }
}

function deadlineSpec(node: Deadline, scope: ExprScope, ctx: LoweringContext): DeadlineSpecIR | undefined {
    if (node.start && node.within) {
        const start = lowerExpression(node.start, scope, ctx);
        const chained = start.k === 'rule' && start.rule.kind === 'deadline';
        if (!chained) expectMoment(start, node, 'start', ctx);
        const duration = within(node.within, ctx);
        return duration && { kind: 'after', start, duration };
    }
    if (node.event && node.before) {
        const event = lowerExpression(node.event, scope, ctx);
        expectMoment(event, node, 'event', ctx);
        const duration = before(node.before, ctx);
        return duration && { kind: 'before', event, duration };
    }
    if (node.month !== undefined && (node.day !== undefined || node.monthEnd)) {
        const month = Number(node.month);
        const day = node.day === undefined ? undefined : Number(node.day);
        if (!validMonthDay(month, day)) {
            ctx.error(node, node.day !== undefined ? 'day' : 'month', 'invalid-date', `${node.month}月${node.day ?? ''}日`);
            return undefined;
        }
        return { kind: 'annual', month, day: node.monthEnd ? 'end' : day! };
    }
    if (node.date) {
        if (!isIsoDate(node.date)) {
            ctx.error(node, 'date', 'invalid-date', node.date);
            return undefined;
        }
        return { kind: 'absolute', date: node.date };
    }
    if (node.year !== undefined && node.endMonth !== undefined) {
        const year = Number(node.year);
        const month = Number(node.endMonth);
        if (!isValidDateParts(year, month, 1)) {
            ctx.error(node, 'endMonth', 'invalid-date', `${node.year}年${node.endMonth}月`);
            return undefined;
        }
        return { kind: 'month-end', year, month };
    }
    return undefined;
}

// Durations are whole numbers of at most 4 digits (the corpus has 2 个月, 48 小时, 3 年): a longer
// one is a typo, and would carry dates beyond the calendar years anyway.
// A unit the parser recovered without (`起 15 完成`) is a syntax error already reported: no duration.
function within(d: WithinDuration, ctx: LoweringContext): TimeDurationIR | undefined {
    if (d.halfMonth) return { amount: 1, unit: 'half-month' };
    const unit = d.unit && WITHIN[d.unit];
    return unit && { amount: wholeAmount(d, ctx), unit };
}

function before(d: BeforeDuration, ctx: LoweringContext): TimeDurationIR | undefined {
    const unit = d.unit && BEFORE[d.unit];
    return unit && { amount: wholeAmount(d, ctx), unit };
}

function wholeAmount(d: WithinDuration | BeforeDuration, ctx: LoweringContext): number {
    const text = String(d.amount ?? '0');
    if (!/^\d+$/.test(text)) {
        ctx.error(d, 'amount', 'expected-number', text);
        return 0;
    }
    return smallWhole(text, d, 'amount', ctx, 4) ?? 0;
}

/** An annual date must exist every year, so 2月29日 is rejected (the corpus never uses it). */
function validMonthDay(month: number, day: number | undefined): boolean {
    if (month < 1 || month > 12) return false;
    if (day === undefined) return true;
    const max = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return day >= 1 && day <= max;
}

function expectMoment(e: ExprIR, node: Deadline, property: string, ctx: LoweringContext): void {
    if (e.type.kind !== 'date' && e.type.kind !== 'datetime' && e.type.kind !== 'error') {
        ctx.error(node, property, 'expected-date', e.type.kind);
    }
}

/** `当 条件` of a deadline or frequency: a boolean over the subject's facts and other rules. */
function lowerCondition(node: Deadline | Frequency, scope: ExprScope, ctx: LoweringContext): ExprIR | undefined {
    if (!node.condition) return undefined;
    const condition = lowerExpression(node.condition, scope, ctx);
    expectBool(condition, node.condition, ctx);
    return condition;
}

export function lowerFrequency(node: Frequency, ir: FrequencyIR, scope: ExprScope, ctx: LoweringContext): void {
    ir.condition = lowerCondition(node, scope, ctx);
    ir.log = lowerExpression(node.log, scope, ctx);
    if (ir.log.type.kind !== 'log' && ir.log.type.kind !== 'error') ctx.error(node, 'log', 'expected-log', ir.log.type.kind);
    ir.per = PERIODS[node.per] ?? 'year';
    ir.unit = node.countUnit;
    if (node.plain !== undefined) {
        ir.min = smallWhole(node.plain, node, 'plain', ctx);
    } else {
        ir.min = smallWhole(node.min, node, 'min', ctx);
        ir.max = smallWhole(node.max, node, 'max', ctx);
    }
    if (ir.min !== undefined && ir.max !== undefined && ir.min > ir.max) ctx.error(node, 'max', 'frequency-range', ir.min, ir.max);
    if (node.termStart) {
        ir.termStart = lowerExpression(node.termStart, scope, ctx);
        ir.termEnd = node.termEnd ? lowerExpression(node.termEnd, scope, ctx) : undefined;
        for (const [e, p] of [[ir.termStart, 'termStart'], [ir.termEnd, 'termEnd']] as const) {
            if (e && e.type.kind !== 'date' && e.type.kind !== 'error') ctx.error(node, p, 'expected-date', e.type.kind);
        }
    }
    if (ir.per === 'term' && !node.termStart) ctx.error(node, 'per', 'term-without-dates');
}
