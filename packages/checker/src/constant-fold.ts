import type { ExprIR } from '@zeren/model';

/**
 * The truth value of a condition when it does not depend on any fact (是, 否, 1 > 2, 否 且 x),
 * undefined otherwise. Used to find clauses and exceptions that can never apply.
 */
export function constantTruth(e: ExprIR): boolean | undefined {
    switch (e.k) {
        case 'bool': return e.value;
        case 'not': {
            const v = constantTruth(e.operand);
            return v === undefined ? undefined : !v;
        }
        case 'logic': {
            const l = constantTruth(e.left);
            const r = constantTruth(e.right);
            if (e.op === 'and') return l === false || r === false ? false : l === true && r === true ? true : undefined;
            return l === true || r === true ? true : l === false && r === false ? false : undefined;
        }
        case 'compare': {
            if (e.left.k !== 'num' || e.right.k !== 'num') return undefined;
            const c = e.left.value.compare(e.right.value);
            switch (e.op) {
                case '>=': return c >= 0;
                case '<=': return c <= 0;
                case '>': return c > 0;
                case '<': return c < 0;
                case '=': return c === 0;
                case '!=': return c !== 0;
            }
            return undefined;
        }
        default:
            return undefined;
    }
}
