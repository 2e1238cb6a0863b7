import type { Rational } from '@zeren/model';
import { parseDecimal, Rational as R } from '@zeren/model';

/** Exponents a number in a fact file may carry (9.5e1): far beyond any measure, small enough to stay exact and cheap. */
export const MAX_EXPONENT = 30;

export type ExactNumber = { ok: true; value: Rational } | { ok: false; problem: 'not-finite' | 'exponent' | 'not-a-number' };

const EXPONENT_FORM = /^\s*([+-]?\d+(?:\.\d+)?)[eE]([+-]?\d+)\s*$/;
const NOT_FINITE = /^\s*[+-]?(\.nan|\.inf|nan|inf|infinity)\s*$/i;

/** A number as written ("89.50", "9.5e1" = 95 exactly, ".nan"), read from its text, never through a float. */
export function readExactNumber(text: string): ExactNumber {
    const plain = parseDecimal(text);
    if (plain) return { ok: true, value: plain };
    if (NOT_FINITE.test(text)) return { ok: false, problem: 'not-finite' };
    const m = EXPONENT_FORM.exec(text);
    if (!m) return { ok: false, problem: 'not-a-number' };
    const exponent = Number(m[2]);
    if (Math.abs(exponent) > MAX_EXPONENT) return { ok: false, problem: 'exponent' };
    const mantissa = parseDecimal(m[1])!;
    const power = new R(10n ** BigInt(Math.abs(exponent)));
    return { ok: true, value: exponent >= 0 ? mantissa.mul(power) : mantissa.div(power) };
}
