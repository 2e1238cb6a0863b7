import type { CompareOp, FactIR, Rational } from '@zeren/model';

/** One constraint on a number fact: `fact op value` (the facts of both sides of a refinement may differ). */
export interface NumberConstraint { fact: FactIR; op: CompareOp; value: Rational }

interface Bound { value: Rational; strict: boolean }

/**
 * A value meeting every constraint, within each fact's 范围 and whole when any is 整数, or
 * undefined when none exists. Bounds are exact rationals; a witness prefers a bound itself
 * (分 = 90 rather than 分 = 90.5) so that it reads like the rule.
 */
export function numberWitness(constraints: NumberConstraint[]): Rational | undefined {
    let lo: Bound | undefined;
    let hi: Bound | undefined;
    const raise = (b: Bound) => { if (!lo || b.value.compare(lo.value) > 0 || (b.value.equals(lo.value) && b.strict)) lo = b; };
    const lower = (b: Bound) => { if (!hi || b.value.compare(hi.value) < 0 || (b.value.equals(hi.value) && b.strict)) hi = b; };
    for (const fact of new Set(constraints.map(c => c.fact))) {
        // An inverted 范围 is reported as such (fact-range-order); it says nothing about the values.
        if (fact.min && fact.max && fact.min.compare(fact.max) > 0) continue;
        if (fact.min) raise({ value: fact.min, strict: false });
        if (fact.max) lower({ value: fact.max, strict: false });
    }
    const excluded: Rational[] = [];
    for (const { op, value } of constraints) {
        if (op === '>=' || op === '>' || op === '=') raise({ value, strict: op === '>' });
        if (op === '<=' || op === '<' || op === '=') lower({ value, strict: op === '<' });
        if (op === '!=') excluded.push(value);
    }
    const free = (v: Rational) => !excluded.some(x => x.equals(v));
    const whole = constraints.some(c => c.fact.type.kind === 'int');
    const l = lo as Bound | undefined;
    const h = hi as Bound | undefined;
    if (whole) {
        // Whole numbers: from the lowest whole value allowed upwards (or the highest downwards), past the excluded ones.
        const to = h ? wholeBelow(h) : undefined;
        let v = l ? wholeAbove(l) : to ? to.sub(excluded.length) : zeroLike(constraints);
        for (let i = 0; i <= excluded.length; i++, v = v.add(1)) {
            if (to && v.compare(to) > 0) return undefined;
            if (free(v)) return v;
        }
        return undefined;
    }
    if (l && h) {
        const c = l.value.compare(h.value);
        if (c > 0 || (c === 0 && (l.strict || h.strict))) return undefined;
        if (c === 0) return free(l.value) ? l.value : undefined;
    }
    if (l && !l.strict && free(l.value)) return l.value;
    if (h && !h.strict && free(h.value)) return h.value;
    // Strictly between the bounds (or past the only one): halve towards the lower end until clear of ≠.
    const step = (v: Rational, towards: Rational | undefined, away: number) => (towards ? v.add(towards).div(2) : v.add(away));
    let v = l && h ? l.value.add(h.value).div(2) : l ? l.value.add(1) : h ? h.value.sub(1) : zeroLike(constraints);
    for (let i = 0; i <= excluded.length; i++) {
        if (free(v)) return v;
        v = l ? step(v, l.value, 1) : step(v, undefined, -1);
    }
    return undefined;
}

function zeroLike(constraints: NumberConstraint[]): Rational {
    return constraints[0].value.sub(constraints[0].value);
}

function wholeAbove(b: Bound): Rational {
    const f = b.value.ceil();
    return b.strict && f.equals(b.value) ? f.add(1) : f;
}

function wholeBelow(b: Bound): Rational {
    const f = b.value.floor();
    return b.strict && f.equals(b.value) ? f.sub(1) : f;
}
