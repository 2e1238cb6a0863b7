import type { Rational } from '@zeren/model';
import { denominator, gcd, lcm, numerator } from '@zeren/model';
import type { Frame } from './frame.js';

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
    return checked({ scale, bound: abs, fn: () => num, constant: value });
}

/** The same plan at a larger scale (target must be a multiple of plan.scale). */
export function rescale(plan: NumPlan, target: bigint): NumPlan {
    if (target === plan.scale) return plan;
    const factor = target / plan.scale;
    const k = Number(factor);
    const inner = plan.fn;
    return checked({ scale: target, bound: plan.bound * factor, fn: f => inner(f) * k, constant: plan.constant });
}

export function addPlans(a: NumPlan, b: NumPlan, subtract: boolean): NumPlan {
    const scale = lcm(a.scale, b.scale);
    const ra = rescale(a, scale);
    const rb = rescale(b, scale);
    const fa = ra.fn;
    const fb = rb.fn;
    return checked({ scale, bound: ra.bound + rb.bound, fn: subtract ? f => fa(f) - fb(f) : f => fa(f) + fb(f) });
}

export function mulPlans(a: NumPlan, b: NumPlan): NumPlan {
    const fa = a.fn;
    const fb = b.fn;
    return checked({ scale: a.scale * b.scale, bound: a.bound * b.bound, fn: f => fa(f) * fb(f) });
}

/** Multiplies by a constant rational p/q: n·p at scale·q (q folded away where it divides p·scale). */
export function scalePlan(a: NumPlan, factor: Rational): NumPlan {
    let p = numerator(factor);
    let q = denominator(factor);
    const g = gcd(p, a.scale);
    // Keep scales small: (n/scale)·(p/q) = (n·p/g) / (scale/g·q).
    p /= g;
    const scale = (a.scale / g) * q;
    q = 1n;
    const k = Number(p);
    const inner = a.fn;
    const absP = p < 0n ? -p : p;
    return checked({ scale, bound: a.bound * absP, fn: f => inner(f) * k });
}

export function minMaxPlans(plans: NumPlan[], max: boolean): NumPlan {
    const scale = plans.reduce((s, p) => lcm(s, p.scale), 1n);
    const scaled = plans.map(p => rescale(p, scale));
    const fns = scaled.map(p => p.fn);
    const bound = scaled.reduce((b, p) => (p.bound > b ? p.bound : b), 0n);
    return checked({
        scale,
        bound,
        fn: max
            ? f => { let m = fns[0](f); for (let i = 1; i < fns.length; i++) { const x = fns[i](f); if (x > m) m = x; } return m; }
            : f => { let m = fns[0](f); for (let i = 1; i < fns.length; i++) { const x = fns[i](f); if (x < m) m = x; } return m; },
    });
}

export type Cmp = (a: number, b: number) => boolean;

export const COMPARATORS: Record<string, Cmp> = {
    '>=': (a, b) => a >= b,
    '<=': (a, b) => a <= b,
    '>': (a, b) => a > b,
    '<': (a, b) => a < b,
    '=': (a, b) => a === b,
    '!=': (a, b) => a !== b,
};
