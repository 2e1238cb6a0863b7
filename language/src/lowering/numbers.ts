import type { AstNode } from 'langium';
import type { Rational } from '@zeren/model';
import { MAX_DIGITS, parseDecimal, tooManyDigits } from '@zeren/model';
import type { LoweringContext } from './lowering-context.js';

/**
 * A number as written in a rule or scenario, exactly from its text (the grammar keeps every number
 * a string); a number with more than MAX_DIGITS digits, or text that is no decimal, is reported
 * (and read as absent) rather than carried into compile-time arithmetic.
 */
export function lowerNumber(written: string | undefined, node: AstNode, property: string, ctx: LoweringContext): Rational | undefined {
    if (written === undefined) return undefined;
    if (tooManyDigits(written)) {
        ctx.error(node, property, 'number-too-long', written.slice(0, 12), MAX_DIGITS);
        return undefined;
    }
    const value = parseDecimal(written);
    if (value === undefined) ctx.error(node, property, 'expected-number', written.slice(0, 40));
    return value;
}

/** A count or duration amount: a whole number of at most `digits` digits. */
export function smallWhole(written: string | undefined, node: AstNode, property: string, ctx: LoweringContext, digits = 6): number | undefined {
    if (written === undefined) return undefined;
    if (!/^\d+$/.test(written)) {
        ctx.error(node, property, 'expected-number', written.slice(0, 40));
        return undefined;
    }
    if (written.replace(/^0+/, '').length > digits) {
        ctx.error(node, property, 'number-too-long', written.slice(0, 12), digits);
        return undefined;
    }
    return Number(written);
}
