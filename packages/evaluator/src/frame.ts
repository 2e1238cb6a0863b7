import type { FactIR, FactValue, SubjectIR } from '@zeren/model';
import { decimalPlacesOf } from '@zeren/model';
import { parseDateTime } from '@zeren/time';
import { dayNumberOfIso } from '@zeren/time';

/**
 * The facts of one subject, prepared once for evaluation: `v[slot]` holds each fact in the
 * representation the compiled closures read without conversion —
 * integers and decimals as integers scaled by 10^places, booleans, enum ordinals (−1 = 无),
 * dates as day numbers, ratios as [numerator, denominator], lists as frames.
 * `undefined` marks a fact that was not given (read → MissingFact).
 */
/** What an evaluation is about beyond the facts: the assessment year and the as-of date. */
export interface EvalContext {
    year?: number;
    /** Day number of the as-of date. */
    asOf?: number;
}

export interface Frame {
    v: unknown[];
    ctx: EvalContext;
    /** Rule results of this evaluation, by rule index. */
    r: unknown[];
    label: string;
}

export function frameFor(subject: SubjectIR, values: ReadonlyMap<string, FactValue>, label = '', ctx: EvalContext = {}): Frame {
    const v = new Array<unknown>(subject.facts.length);
    for (const fact of subject.facts) {
        const value = values.get(fact.name) ?? fact.default;
        v[fact.slot] = value === undefined ? undefined : encode(fact, value, ctx);
    }
    return { v, r: [], label, ctx };
}

/** Dates as day numbers (the time library's CivilDate); date-times as instants with their offset. */
function moment(text: string): unknown {
    if (!text.includes('T')) return dayNumberOfIso(text);
    const parsed = parseDateTime(text);
    return parsed.ok ? parsed.value : null;
}

export function encode(fact: FactIR, value: FactValue, ctx: EvalContext = {}): unknown {
    const t = fact.type;
    switch (value.kind) {
        case 'number': {
            if (t.kind === 'ratio') return [Number(value.value.s * value.value.n), Number(value.value.d)];
            const places = t.kind === 'dec' ? t.places : (decimalPlacesOf(value.value) ?? 0);
            return Number(value.value.mul(10n ** BigInt(places)).round(0).valueOf());
        }
        case 'ratio': return [Number(value.num), Number(value.den)];
        case 'bool': return value.value;
        case 'date': return dayNumberOfIso(value.value);
        case 'datetime': return moment(value.value);
        case 'log': return value.items.map(moment);
        case 'text': return value.value;
        case 'enum': return value.index;
        case 'absent': return t.kind === 'enum' ? -1 : null;
        case 'list': {
            if (t.kind !== 'list') return [];
            return value.items.map(item => frameFor(t.subject, item.values, item.label, ctx));
        }
    }
}
