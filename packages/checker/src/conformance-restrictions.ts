import type { LookbackIR, RestrictionPeriodIR, RestrictionsIR, ZerenDiagnostic } from '@zeren/model';
import { restrictionPeriodSource } from '@zeren/model';
import type { RefinementPair } from './conformance-report.js';
import { cite, incomparable, loosening } from './conformance-report.js';

/**
 * When a restriction is in force, in months after its start date: it begins between from[0] and
 * from[1] and ends between until[0] and until[1], depending on the date. 当年 ends on 31 December,
 * so within 12 months however early the decision falls; 次月起 begins on the 1st of the next
 * month (within a month, never on the start date itself); no period, or 次月起, never ends.
 */
interface Span { from: [number, number]; until: [number, number] }

const SOON = Number.EPSILON * 16;

function span(period: RestrictionPeriodIR | undefined): Span {
    if (!period) return { from: [0, 0], until: [Infinity, Infinity] };
    switch (period.kind) {
        case 'years': return { from: [0, 0], until: [12 * period.amount, 12 * period.amount] };
        case 'months': return { from: [0, 0], until: [period.amount, period.amount] };
        case 'this-year': return { from: [0, 0], until: [0, 12 - SOON] };
        case 'from-next-month': return { from: [SOON, 1], until: [Infinity, Infinity] };
    }
}

const sameSpan = (a: Span, b: Span) => [0, 1].every(i => a.from[i] === b.from[i] && a.until[i] === b.until[i]);

/** The period as written in a rule (the quick fix puts the refined rule's period back). */
export function periodSource(period: RestrictionPeriodIR | undefined): string {
    return period ? restrictionPeriodSource(period) : '无期限';
}

function periodEnglish(period: RestrictionPeriodIR | undefined): string {
    if (!period) return 'no time limit';
    switch (period.kind) {
        case 'years': return `${period.amount} year${period.amount === 1 ? '' : 's'}`;
        case 'months': return `${period.amount} month${period.amount === 1 ? '' : 's'}`;
        case 'this-year': return 'the rest of the calendar year';
        case 'from-next-month': return 'from the next month on';
    }
}

/**
 * 影响: every restriction of the refined rule is kept (matched by name), begins no later and lasts
 * at least as long. Conditions are not compared: a narrower condition is found by the scenarios.
 */
export function checkRestrictions(pair: RefinementPair, child: RestrictionsIR, parent: RestrictionsIR, out: ZerenDiagnostic[]): void {
    for (const p of parent.items) {
        const c = child.items.find(i => i.name === p.name);
        if (!c) {
            out.push(loosening(pair, child.loc, 'loosen-restriction-dropped', [parent.name, cite(parent), p.name, child.name], p.loc));
            continue;
        }
        const cs = span(c.period);
        const ps = span(p.period);
        const args = [child.name, c.name, periodSource(c.period), parent.name, cite(parent), periodSource(p.period), periodEnglish(c.period), periodEnglish(p.period)];
        // A refined rule with no period: no quick fix (there is no period text to put back).
        const fix = p.period ? { replacement: periodSource(p.period) } : undefined;
        if (cs.until[1] < ps.until[0]) {
            out.push(loosening(pair, c.loc, 'loosen-restriction-shorter', args, p.loc, fix));
        } else if (cs.from[0] > ps.from[1]) {
            out.push(loosening(pair, c.loc, 'loosen-restriction-later', args, p.loc, fix));
        } else if (!sameSpan(cs, ps) && (cs.from[1] > ps.from[0] || cs.until[0] < ps.until[1])) {
            out.push(incomparable(pair, c.loc, `限制“${c.name}”的期限${periodSource(c.period)}与${periodSource(p.period)}是否覆盖取决于决定日期`,
                `whether '${c.name}' (${periodEnglish(c.period)}) covers ${periodEnglish(p.period)} depends on the decision date`));
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
