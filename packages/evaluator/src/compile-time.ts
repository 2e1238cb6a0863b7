import type { DeadlineIR, DocumentIR, FrequencyIR } from '@zeren/model';
import type { CalendarOverrides, DateTime, DeadlineResult, EventTime, WorkingCalendar } from '@zeren/time';
import {
    CalendarCoverageError, checkDeadline, checkFrequency, chineseDaysCalendar, computeDeadline, DeadlineInputError, durationOf, formatDate,
    civilDateOf, dayNumberOfIso, formatDateTime, fromDayNumber, withOverrides,
} from '@zeren/time';
import type { ExprCompiler } from './compile-expr.js';
import { Uncompilable, readFact } from './compile-expr.js';
import { EvalError, MissingFact, NeedsAsOf, outOfCalendar } from './eval-error.js';
import type { Frame } from './frame.js';

/** The national working-day calendar (State Council arrangements, 2004–2026), built once. */
let national: WorkingCalendar | undefined;
export function nationalCalendar(): WorkingCalendar {
    national ??= chineseDaysCalendar();
    return national;
}

/**
 * The calendar a document's deadlines use: the national one, with the document's own
 * 工作日历 (放假/上班) and then any overrides given from outside (a data file) laid on top.
 */
export function calendarFor(doc: DocumentIR, extra?: CalendarOverrides): WorkingCalendar {
    let cal = nationalCalendar();
    if (doc.calendar) {
        cal = withOverrides(cal, {
            source: doc.name,
            holidays: doc.calendar.holidays.map(d => dayNumberOfIso(d)),
            workdays: doc.calendar.workdays.map(d => dayNumberOfIso(d)),
        });
    }
    return extra ? withOverrides(cal, extra) : cal;
}

export type DeadlineStatus = 'on-time' | 'late' | 'open' | 'overdue' | 'not-started' | 'not-applicable';

export interface DeadlineDetail {
    /** Absent when the event the deadline runs from has not happened (未开始), or it does not apply (不适用). */
    due?: string;
    done?: string;
    status: DeadlineStatus;
    daysLate?: number;
    workingDaysLate?: number;
    /** Open because no as-of date was given to judge it by (its value is then undetermined). */
    undated?: boolean;
    steps: { zh: string; en: string }[];
    summary: { zh: string; en: string };
}

export interface CompiledDeadline {
    /** 是 unless the deadline was missed (late, or overdue as of the evaluation date); 是 when it does not apply. */
    value: (f: Frame) => boolean;
    /** Whether the obligation applies: its 当 condition holds, and a deadline it is chained to applies. */
    applies: (f: Frame) => boolean;
    detail: (f: Frame) => DeadlineDetail;
    /** The moment a chained deadline starts from: this one's completion, else its due date. */
    anchor: (f: Frame) => EventTime;
}

/** Errors of the time library (uncovered calendar years, hour periods from bare dates) become user-facing messages. */
function timeError(e: unknown): unknown {
    if (e instanceof CalendarCoverageError || e instanceof DeadlineInputError) {
        return new EvalError('time-error', (e as { zh: string }).zh, (e as { en: string }).en);
    }
    // Dates pushed past the civil calendar's range (year 9999) by huge facts: an input error too.
    if (e instanceof RangeError) return outOfCalendar(e, '日期超出可计算范围', 'date out of the computable range');
    return e;
}

function momentReader(compiler: ExprCompiler, e: DeadlineIR['done']): ((f: Frame) => EventTime | null) | undefined {
    if (!e) return undefined;
    if (e.k === 'fact') return readFact<EventTime | null>(e.fact);
    const ord = compiler.ord(e);
    return f => {
        const n = ord(f);
        return Number.isNaN(n) ? null : fromDayNumber(n);
    };
}

export function compileDeadline(
    rule: DeadlineIR, compiler: ExprCompiler, others: (r: DeadlineIR) => CompiledDeadline | undefined, calendar: WorkingCalendar,
): CompiledDeadline {
    const spec = rule.spec;
    if (spec.kind === 'invalid') throw new Uncompilable('deadline'); // lowering has reported the error
    const done = momentReader(compiler, rule.done);
    const condition = conditionOf(rule, compiler);
    let start: ((f: Frame) => EventTime | null) | undefined;
    // A deadline chained to one that does not apply does not apply either: there is nothing to follow up.
    let previousApplies: (f: Frame) => boolean = () => true;
    let previousName = '';
    if (spec.kind === 'after') {
        const s = spec.start;
        if (s.k === 'rule' && s.rule.kind === 'deadline') {
            const previous = others(s.rule);
            // Not compiled before this rule only when the chain loops back to it (a rule-cycle error on
            // the rule file); its scenarios still run, so fail this deadline as one that cannot be computed.
            start = previous ? f => previous.anchor(f) : () => { throw new EvalError('eval-dependency', s.rule.name, rule.name); };
            if (previous) previousApplies = previous.applies;
            previousName = s.rule.name;
        } else {
            start = momentReader(compiler, s);
        }
    } else if (spec.kind === 'before') {
        start = momentReader(compiler, spec.event);
    }

    const compute = (f: Frame): DeadlineResult => {
        const cal = calendar;
        try {
            switch (spec.kind) {
                case 'after':
                case 'before': {
                    const event = start!(f);
                    if (event === null) throw new EvalError('deadline-start-missing', rule.name, spec.kind === 'after' ? describe(spec.start) : describe(spec.event));
                    return computeDeadline({ kind: spec.kind, duration: durationOf(spec.duration) }, { event, calendar: cal });
                }
                case 'annual': {
                    const year = f.ctx.year;
                    if (year === undefined) throw new EvalError('period-no-year', rule.name);
                    return computeDeadline({ kind: 'annual', month: spec.month, day: spec.day }, { year, calendar: cal });
                }
                case 'absolute':
                    return computeDeadline({ kind: 'absolute', date: dayNumberOfIso(spec.date) }, { calendar: cal });
                case 'month-end':
                    return computeDeadline({ kind: 'month-end', year: spec.year, month: spec.month }, { calendar: cal });
            }
        } catch (e) {
            throw timeError(e);
        }
    };

    const applies = (f: Frame): boolean => condition(f) && previousApplies(f);

    const detail = (f: Frame): DeadlineDetail => {
        if (!condition(f)) return { status: 'not-applicable', steps: [], summary: notApplicableSummary(rule) };
        if (!previousApplies(f)) {
            return {
                status: 'not-applicable', steps: [],
                summary: { zh: `起算的期限“${previousName}”不适用，本期限也不适用`, en: `the deadline '${previousName}' it runs from does not apply, so neither does this one` },
            };
        }
        // A deadline that runs from an event that has not happened has not started: nothing is due yet.
        if ((spec.kind === 'after' || spec.kind === 'before') && start && start(f) === null) {
            const what = spec.kind === 'after' ? describe(spec.start) : describe(spec.event);
            return { status: 'not-started', steps: [], summary: { zh: `起算事件（${what}）尚未发生，期限未开始`, en: `the starting event (${what}) has not happened; the deadline has not started` } };
        }
        const result = compute(f);
        const actual = done ? done(f) : null;
        // Facts out of order (done before the event that starts the period) are an input error.
        if (spec.kind === 'after' && actual !== null && start) {
            const from = start(f);
            if (from !== null && dayOfMoment(actual) < dayOfMoment(from)) {
                throw new EvalError('deadline-done-before-start', rule.name, showMoment(actual), showMoment(from));
            }
        }
        const due = result.dueAt ? formatDateTime(result.dueAt) : formatDate(result.due);
        // Not done and no date to judge it by: open (未到期/未判定) with its due date, not an input error.
        if (actual === null && f.ctx.asOf === undefined) {
            return {
                due, status: 'open', undated: true,
                steps: result.steps.map(s => ({ zh: s.zh, en: s.en })),
                summary: {
                    zh: `${result.summary.zh}；尚未完成，没有截至日期无法判定是否逾期（用 --as-of 日期、事实文件的 asOf 或场景的 截至 给出）`,
                    en: `${result.summary.en}; not done, and without an as-of date it cannot be judged (give one with --as-of DATE, asOf in the fact file, or 截至 in a scenario)`,
                },
            };
        }
        try {
            const check = checkDeadline(result, {
                actual: actual ?? undefined,
                asOf: f.ctx.asOf === undefined ? undefined : fromDayNumber(f.ctx.asOf),
                calendar,
            });
            if (check.status === 'undetermined') throw new EvalError('time-error', check.summary.zh, check.summary.en);
            return {
                due,
                done: actual === null ? undefined : typeof actual === 'number' ? formatDate(actual) : formatDateTime(actual as DateTime),
                status: check.status as DeadlineStatus,
                daysLate: check.daysLate,
                workingDaysLate: check.workingDaysLate,
                steps: result.steps.map(s => ({ zh: s.zh, en: s.en })),
                summary: { zh: `${result.summary.zh}；${check.summary.zh}`, en: `${result.summary.en}; ${check.summary.en}` },
            };
        } catch (e) {
            throw timeError(e);
        }
    };

    return {
        value: f => {
            const d = detail(f);
            if (d.undated) throw new NeedsAsOf(rule.name, d.due!);
            const s = d.status;
            return s === 'on-time' || s === 'open' || s === 'not-started' || s === 'not-applicable';
        },
        applies,
        detail,
        anchor: f => (done ? done(f) : null) ?? compute(f).dueAt ?? compute(f).due,
    };
}

/** The 当 condition of a deadline or frequency; a missing fact in it fails the rule like any other. */
function conditionOf(rule: DeadlineIR | FrequencyIR, compiler: ExprCompiler): (f: Frame) => boolean {
    return rule.condition ? compiler.bool(rule.condition) : () => true;
}

function notApplicableSummary(rule: DeadlineIR | FrequencyIR): { zh: string; en: string } {
    return { zh: `适用条件不成立，“${rule.name}”不适用`, en: `the condition does not hold: '${rule.name}' does not apply` };
}

function dayOfMoment(m: EventTime): number {
    return typeof m === 'number' ? m : civilDateOf(m as DateTime);
}

function showMoment(m: EventTime): string {
    return typeof m === 'number' ? formatDate(m) : formatDateTime(m as DateTime);
}

function describe(e: { k: string; fact?: { name: string } }): string {
    return e.k === 'fact' && e.fact ? e.fact.name : '—';
}

export interface FrequencyDetail {
    status: 'met' | 'unmet' | 'undetermined' | 'not-applicable';
    /** Absent when the obligation does not apply: its term dates may then be unknown. */
    window?: { from: string; to: string };
    periods: { label: string; from: string; to: string; count: number; status: string; shortfall: number; excess: number }[];
    summary: { zh: string; en: string };
}

export interface CompiledFrequency {
    /** 是 unless some period is definitely unmet (是 when the obligation does not apply). */
    value: (f: Frame) => boolean;
    detail: (f: Frame) => FrequencyDetail;
}

export function compileFrequency(rule: FrequencyIR, compiler: ExprCompiler): CompiledFrequency {
    const log = rule.log.k === 'fact' ? rule.log.fact : undefined;
    const termStart = rule.termStart ? compiler.ord(rule.termStart) : undefined;
    const termEnd = rule.termEnd ? compiler.ord(rule.termEnd) : undefined;
    const condition = conditionOf(rule, compiler);
    const detail = (f: Frame): FrequencyDetail => {
        if (!condition(f)) return { status: 'not-applicable', periods: [], summary: notApplicableSummary(rule) };
        if (!log) throw new EvalError('expected-log', rule.log.type.kind);
        const events = f.v[log.slot] as EventTime[] | undefined;
        if (events === undefined) throw new MissingFact(log.name);
        let from: number;
        let to: number;
        if (rule.per === 'term' && termStart && termEnd) {
            from = termStart(f);
            to = termEnd(f);
        } else {
            const year = f.ctx.year;
            if (year === undefined) throw new EvalError('period-no-year', rule.name);
            from = dayNumberOfIso(`${year}-01-01`);
            to = dayNumberOfIso(`${year}-12-31`);
        }
        // A date-time counts on its date in Beijing, whatever offset it was written with (as deadlines do).
        const dates = events.map(dayOfMoment);
        try {
            const result = checkFrequency({
                rule: { per: rule.per, min: rule.min, max: rule.max, unit: rule.unit },
                window: { from: fromDayNumber(from), to: fromDayNumber(to) },
                events: dates.map(fromDayNumber),
                asOf: f.ctx.asOf === undefined ? undefined : fromDayNumber(f.ctx.asOf),
            });
            return {
                status: result.status,
                window: { from: formatDate(fromDayNumber(from)), to: formatDate(fromDayNumber(to)) },
                periods: result.periods.map(p => ({
                    label: p.period.label.zh, from: formatDate(p.from), to: formatDate(p.to), count: p.count, status: p.status, shortfall: p.shortfall, excess: p.excess,
                })),
                summary: result.summary,
            };
        } catch (e) {
            if (e instanceof RangeError) throw outOfCalendar(e, '频次期间超出可计算范围', 'frequency window out of the computable range');
            throw timeError(e);
        }
    };
    return { value: f => detail(f).status !== 'unmet', detail };
}
