import type { Rational } from '@zeren/model';
import { denominator, lcm, numerator } from '@zeren/model';
import type { Frame } from './frame.js';
import { slotValue } from './slot-reads.js';
import { jsOf, lit, readNumberJs, withJs } from './js-source.js';

/**
 * Exact arithmetic without allocation: a numeric expression compiles to a closure returning an
 * integer n with value = n / scale, where `scale` is fixed at compile time. Sums bring both sides
 * to a common scale, products multiply scales, comparisons cross-multiply. `bound` is the largest
 * |n| the closure can return given the facts' ranges; plans whose bound exceeds 2^53 are rejected
 * at compile time, so every integer the closures produce is exact in a double.
 */
export interface NumPlan {
    scale: bigint;
    bound: bigint;
    fn: (f: Frame) => number;
    /** Set when the plan is a constant: the exact value. */
    constant?: Rational;
    /** Set when the plan is a sum of scaled fact reads and a constant (see `linearPlan`). */
    linear?: Linear;
}

/**
 * Σ ks[i]·fact(slots[i]) + c, kept alongside the closure so sums, rescalings and products with
 * constants stay one loop over slots instead of a tree of closures. Exact for the same reason
 * the closures are: every |term| and partial sum is within the plan's checked bound.
 */
export interface Linear {
    slots: number[];
    names: string[];
    ks: number[];
    c: number;
}

/** A quotient of two plans (only compared, never further computed). */
export interface RatioPlan {
    num: NumPlan;
    den: NumPlan;
}

export const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export class OverflowRisk extends Error {}

export function checked(plan: NumPlan): NumPlan {
    if (plan.bound > SAFE) throw new OverflowRisk();
    return plan;
}

export function constantPlan(value: Rational): NumPlan {
    const scale = denominator(value);
    const n = numerator(value);
    const num = Number(n);
    const abs = n < 0n ? -n : n;
    return checked({ scale, bound: abs, fn: withJs(() => num, () => lit(num)), constant: value, linear: { slots: [], names: [], ks: [], c: num } });
}

/** A numeric fact: its integer at `scale`; an absent value (无) reads as NaN (see compile-expr). */
export function factPlan(slot: number, name: string, scale: bigint, bound: bigint): NumPlan {
    const fn = withJs((f: Frame) => {
        const x = slotValue(f.v, slot, name);
        return x === null ? Number.NaN : (x as number);
    }, t => readNumberJs(slot, name, t));
    return checked({ scale, bound, fn, linear: { slots: [slot], names: [name], ks: [1], c: 0 } });
}

/** The closure of a linear plan: one loop over the slots, no calls. */
function linearFn(l: Linear): (f: Frame) => number {
    return withJs(linearClosure(l), t => {
        const terms = l.slots.map((slot, i) => `${readNumberJs(slot, l.names[i], t)} * ${lit(l.ks[i])}`);
        return `(${[lit(l.c), ...terms].join(' + ')})`;
    });
}

function linearClosure(l: Linear): (f: Frame) => number {
    const { slots, names, ks, c } = l;
    const n = slots.length;
    if (n === 1 && c === 0) {
        const [slot] = slots, [name] = names, [k] = ks;
        return f => {
            const x = slotValue(f.v, slot, name);
            return (x === null ? Number.NaN : (x as number)) * k;
        };
    }
    return f => {
        const v = f.v;
        let sum = c;
        for (let i = 0; i < n; i++) {
            const x = slotValue(v, slots[i], names[i]);
            sum += (x === null ? Number.NaN : (x as number)) * ks[i];
        }
        return sum;
    };
}

function scaleLinear(l: Linear, k: number): Linear {
    return { slots: l.slots, names: l.names, ks: l.ks.map(x => x * k), c: l.c * k };
}

/** The same plan at a larger scale (target must be a multiple of plan.scale). */
export function rescale(plan: NumPlan, target: bigint): NumPlan {
    if (target === plan.scale) return plan;
    const factor = target / plan.scale;
    const k = Number(factor);
    const bound = plan.bound * factor;
    if (plan.linear) {
        const linear = scaleLinear(plan.linear, k);
        return checked({ scale: target, bound, fn: plan.constant ? constantFn(linear.c) : linearFn(linear), constant: plan.constant, linear });
    }
    const inner = plan.fn;
    return checked({ scale: target, bound, fn: withJs((f: Frame) => inner(f) * k, t => `(${jsOf(inner, t)} * ${lit(k)})`), constant: plan.constant });
}

export function addPlans(a: NumPlan, b: NumPlan, subtract: boolean): NumPlan {
    const scale = lcm(a.scale, b.scale);
    const ra = rescale(a, scale);
    const rb = rescale(b, scale);
    const bound = ra.bound + rb.bound;
    if (ra.linear && rb.linear) {
        const lb = subtract ? scaleLinear(rb.linear, -1) : rb.linear;
        const linear = { slots: [...ra.linear.slots, ...lb.slots], names: [...ra.linear.names, ...lb.names], ks: [...ra.linear.ks, ...lb.ks], c: ra.linear.c + lb.c };
        return checked({ scale, bound, fn: linearFn(linear), linear });
    }
    const fa = ra.fn;
    const fb = rb.fn;
    const fn = subtract ? (f: Frame) => fa(f) - fb(f) : (f: Frame) => fa(f) + fb(f);
    return checked({ scale, bound, fn: withJs(fn, t => `(${jsOf(fa, t)} ${subtract ? '-' : '+'} ${jsOf(fb, t)})`) });
}

export function mulPlans(a: NumPlan, b: NumPlan): NumPlan {
    const scale = a.scale * b.scale;
    const bound = a.bound * b.bound;
    // A product with a constant stays linear (the constant is folded into the coefficients).
    const [k, other] = a.constant ? [a, b] : b.constant ? [b, a] : [undefined, undefined];
    if (k && other?.linear) {
        const linear = scaleLinear(other.linear, k.fn(undefined as never));
        return checked({ scale, bound, fn: other.constant ? constantFn(linear.c) : linearFn(linear), linear, constant: other.constant && k.constant!.mul(other.constant) });
    }
    const fa = a.fn;
    const fb = b.fn;
    return checked({ scale, bound, fn: withJs((f: Frame) => fa(f) * fb(f), t => `(${jsOf(fa, t)} * ${jsOf(fb, t)})`) });
}

function constantFn(n: number): (f: Frame) => number {
    return withJs(() => n, () => lit(n));
}

export function minMaxPlans(plans: NumPlan[], max: boolean): NumPlan {
    const scale = plans.reduce((s, p) => lcm(s, p.scale), 1n);
    const scaled = plans.map(p => rescale(p, scale));
    const fns = scaled.map(p => p.fn);
    const bound = scaled.reduce((b, p) => (p.bound > b ? p.bound : b), 0n);
    const fn = max
        ? (f: Frame) => { let m = fns[0](f); for (let i = 1; i < fns.length; i++) { const x = fns[i](f); if (x > m) m = x; } return m; }
        : (f: Frame) => { let m = fns[0](f); for (let i = 1; i < fns.length; i++) { const x = fns[i](f); if (x < m) m = x; } return m; };
    // mx/mn(m, x) keep m unless x is strictly larger/smaller, as the loop does (NaN included).
    return checked({ scale, bound, fn: withJs(fn, t => fns.slice(1).reduce((m, x) => `${max ? 'mx' : 'mn'}(${m}, ${jsOf(x, t)})`, jsOf(fns[0], t))) });
}
