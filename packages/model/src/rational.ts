import Fraction from 'fraction.js';

/**
 * Exact rationals for compile-time work (weights, thresholds, constant folding) and for
 * rendering results. The evaluator's hot path uses scaled integers instead; see the
 * evaluator's numeric-plan.ts.
 */
export type Rational = Fraction;
export const Rational = Fraction;

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/**
 * Digits a number written in a rule, scenario or fact file may have: far more than any measure
 * needs, few enough that every compile-time scale and bound stays small.
 */
export const MAX_DIGITS = 30;

/** The exact value of a decimal literal ("89.50", "-3"), read digit by digit (no floating point). */
export function parseDecimal(text: string): Rational | undefined {
    const t = text.trim();
    if (!DECIMAL.test(t)) return undefined;
    const negative = t.startsWith('-');
    const [whole, fraction = ''] = t.replace(/^[+-]/, '').split('.');
    const n = BigInt(whole + fraction);
    return new Fraction(negative ? -n : n, 10n ** BigInt(fraction.length));
}

/** More significant digits than MAX_DIGITS (leading zeros do not count). */
export function tooManyDigits(text: string): boolean {
    return text.replace(/[^0-9]/g, '').replace(/^0+/, '').length > MAX_DIGITS;
}

/** Number of digits after the decimal point as written ("89.50" → 2). */
export function decimalPlaces(text: string): number {
    const dot = text.indexOf('.');
    return dot < 0 ? 0 : text.length - dot - 1;
}

export function gcd(a: bigint, b: bigint): bigint {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b) [a, b] = [b, a % b];
    return a;
}

export function lcm(a: bigint, b: bigint): bigint {
    return a === 0n || b === 0n ? 0n : (a / gcd(a, b)) * b;
}

export function numerator(r: Rational): bigint {
    return BigInt(r.s) * BigInt(r.n);
}

export function denominator(r: Rational): bigint {
    return BigInt(r.d);
}

/**
 * Exact decimal text when the value has a terminating expansion ("90", "89.95"), otherwise
 * the fraction with a rounded decimal beside it ("269/3 ≈ 89.6667").
 */
export function formatRational(r: Rational): string {
    let d = denominator(r);
    while (d % 2n === 0n) d /= 2n;
    while (d % 5n === 0n) d /= 5n;
    if (d === 1n) return trimDecimal(r.toString(20));
    return `${r.toFraction()} ≈ ${r.round(4).toString()}`;
}

function trimDecimal(s: string): string {
    return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** A percentage as written: 1/5 → "20%". */
export function formatPercent(r: Rational): string {
    return `${formatRational(r.mul(100))}%`;
}
