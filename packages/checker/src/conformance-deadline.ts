import type { DeadlineIR, DeadlineSpecIR, ZerenDiagnostic } from '@zeren/model';
import type { RefinementPair } from './conformance-report.js';
import { cite, incomparable, loosening } from './conformance-report.js';
import { type Bilingual, deadlineWords } from '@zeren/time';
import { compareDurations, durationSource } from './duration-compare.js';
import { formatDate, monthEnd } from '@zeren/time';

/** The deadline as the rule file writes it, for the quick fix that puts the refined rule's deadline back. */
function deadlineSource(spec: DeadlineSpecIR): string {
    switch (spec.kind) {
        case 'after': return spec.duration.unit === 'half-month' ? '半个月内' : `${durationSource(spec.duration)}内`;
        case 'before': return `${durationSource(spec.duration)}前`;
        case 'annual': return spec.day === 'end' ? `每年 ${spec.month} 月底前` : `每年 ${spec.month} 月 ${spec.day} 日前`;
        case 'absolute': return `截止 ${spec.date}`;
        case 'month-end': return `截止 ${spec.year} 年 ${spec.month} 月底`;
        case 'invalid': return '？';
    }
}

/** The deadline in words (@zeren/time's wording, the one hovers and explanations use). */
function words(spec: DeadlineSpecIR): Bilingual {
    return spec.kind === 'invalid' ? { zh: '？', en: '?' } : deadlineWords(spec);
}

/** A fixed date: the last day of the month for 月底 (29 for February, the latest it can be). */
function annualKey(spec: Extract<DeadlineSpecIR, { kind: 'annual' }>): number {
    const last = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][spec.month - 1] ?? 31;
    return spec.month * 100 + (spec.day === 'end' ? last : spec.day);
}

function absoluteDate(spec: DeadlineSpecIR): string | undefined {
    if (spec.kind === 'absolute') return spec.date;
    if (spec.kind !== 'month-end') return undefined;
    return formatDate(monthEnd(spec.year, spec.month));
}

/**
 * Deadlines: the child may not fall due later. N 日内 after an event: a longer period loosens;
 * N 日前 before an event: a shorter lead loosens; fixed and absolute dates: a later date loosens.
 * Both rules are taken to count from the same event.
 */
export function checkDeadlineConformance(pair: RefinementPair, child: DeadlineIR, parent: DeadlineIR, out: ZerenDiagnostic[]): void {
    const c = child.spec;
    const p = parent.spec;
    if (c.kind === 'invalid' || p.kind === 'invalid') return; // a syntax error, reported on its file
    let later: boolean | 'unknown';
    if (c.kind === 'after' && p.kind === 'after') later = order(compareDurations(c.duration, p.duration));
    else if (c.kind === 'before' && p.kind === 'before') later = order(compareDurations(p.duration, c.duration));
    else if (c.kind === 'annual' && p.kind === 'annual') later = annualKey(c) > annualKey(p);
    else if (absoluteDate(c) && absoluteDate(p)) later = absoluteDate(c)! > absoluteDate(p)!;
    else {
        out.push(incomparable(pair, child.loc, `期限的形式不同（${words(c).zh}，${words(p).zh}）`, `the deadlines have different forms (${words(c).en}, ${words(p).en})`));
        return;
    }
    if (later === 'unknown') {
        out.push(incomparable(pair, child.loc, `${words(c).zh}与${words(p).zh}的长短取决于日历`, `whether ${words(c).en} is longer than ${words(p).en} depends on the calendar`));
    } else if (later) {
        out.push(loosening(pair, child.loc, 'loosen-deadline', [child.name, parent.name, cite(pair.parent), words(c).zh, words(p).zh],
            parent.loc, { replacement: deadlineSource(p) }));
    }
}

function order(o: ReturnType<typeof compareDurations>): boolean | 'unknown' {
    return o === 'unknown' ? 'unknown' : o === 'longer';
}
