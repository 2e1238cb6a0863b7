import type { AstNode } from 'langium';
import type { Rational } from '@zeren/model';
import { MAX_DIGITS, parseDecimal, tooManyDigits } from '@zeren/model';
import type { LoweringContext } from './lowering-context.js';

/**
 * A number as written in a rule or scenario, exactly; a number with more than MAX_DIGITS digits is
 * reported (and read as absent) rather than carried into compile-time arithmetic.
 */
export function lowerNumber(written: string | number | undefined, node: AstNode, property: string, ctx: LoweringContext): Rational | undefined {
    if (written === undefined) return undefined;
    const text = String(written);
    if (tooManyDigits(text)) {
        ctx.error(node, property, 'number-too-long', text.slice(0, 12), MAX_DIGITS);
        return undefined;
    }
    return parseDecimal(text);
}

/** A count or duration amount: a whole number of at most `digits` digits. */
export function smallWhole(text: string | number | undefined, node: AstNode, property: string, ctx: LoweringContext, digits = 6): number | undefined {
    if (text === undefined) return undefined;
    const s = String(text);
    if (s.replace(/^0+/, '').length > digits) {
        ctx.error(node, property, 'number-too-long', s.slice(0, 12), digits);
        return undefined;
    }
    return Number(s);
}
