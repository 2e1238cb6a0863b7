import type { LookbackIR, RestrictionPeriodIR, RestrictionsIR, ZerenDiagnostic } from '@zeren/model';
import type { RefinementPair } from './conformance-report.js';
import { cite, incomparable, loosening } from './conformance-report.js';

/**
 * How long a restriction lasts, in months: [shortest, longest]. 当年 runs from the decision to
 * 31 December, so it is shorter than any full year and may be shorter or longer than a number of
 * months; a restriction without a period has no end.
 */
function monthsRange(period: RestrictionPeriodIR | undefined): [number, number] {
    if (!period) return [Infinity, Infinity];
    switch (period.kind) {
        case 'years': return [12 * period.amount, 12 * period.amount];
        case 'months': return [period.amount, period.amount];
        // Less than 12 months however early in the year the decision falls.
        case 'this-year': return [0, 12 - Number.EPSILON * 16];
    }
}

/** The period as written in a rule (the quick fix puts the refined rule's period back). */
export function periodSource(period: RestrictionPeriodIR | undefined): string {
    if (!period) return '无期限';
    switch (period.kind) {
        case 'years': return `${period.amount} 年内`;
        case 'months': return `${period.amount} 个月内`;
        case 'this-year': return '当年';
    }
}

function periodEnglish(period: RestrictionPeriodIR | undefined): string {
    if (!period) return 'no time limit';
    switch (period.kind) {
        case 'years': return `${period.amount} year${period.amount === 1 ? '' : 's'}`;
        case 'months': return `${period.amount} month${period.amount === 1 ? '' : 's'}`;
        case 'this-year': return 'the rest of the calendar year';
    }
}

/**
 * 影响: every restriction of the refined rule is kept (matched by name) and lasts at least as long.
 * Conditions are not compared: a narrower condition is found by the scenarios, not here.
 */
export function checkRestrictions(pair: RefinementPair, child: RestrictionsIR, parent: RestrictionsIR, out: ZerenDiagnostic[]): void {
    for (const p of parent.items) {
        const c = child.items.find(i => i.name === p.name);
        if (!c) {
            out.push(loosening(pair, child.loc, 'loosen-restriction-dropped', [parent.name, cite(parent), p.name, child.name], p.loc));
            continue;
        }
        const [clo, chi] = monthsRange(c.period);
        const [plo, phi] = monthsRange(p.period);
        if (chi < plo) {
            out.push(loosening(pair, c.loc, 'loosen-restriction-shorter',
                [child.name, c.name, periodSource(c.period), parent.name, cite(parent), periodSource(p.period), periodEnglish(c.period), periodEnglish(p.period)],
                p.loc, { replacement: periodSource(p.period) }));
        } else if (clo < phi && !(clo === plo && chi === phi)) {
            out.push(incomparable(pair, c.loc, `限制“${c.name}”的期限${periodSource(c.period)}与${periodSource(p.period)}孰长取决于决定日期`,
                `whether '${c.name}' (${periodEnglish(c.period)}) lasts as long as ${periodEnglish(p.period)} depends on the decision date`));
        }
    }
}

/** 追溯: the window starts no later than the refined rule's, with and without its extension. */
export function checkLookback(pair: RefinementPair, child: LookbackIR, parent: LookbackIR, out: ZerenDiagnostic[]): void {
    if (child.years < parent.years) {
        out.push(loosening(pair, child.loc, 'loosen-lookback', [child.name, child.years, parent.name, cite(parent), parent.years], parent.loc, { replacement: String(parent.years) }));
    }
    const reach = (l: LookbackIR) => Math.max(l.years, l.extended?.years ?? 0);
    if (parent.extended && reach(child) < parent.extended.years) {
        out.push(loosening(pair, child.extended?.loc ?? child.loc, 'loosen-lookback-extended', [child.name, reach(child), parent.name, cite(parent), parent.extended.years], parent.extended.loc));
    }
}
