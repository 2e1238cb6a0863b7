import type { BoolFn, OrdFn } from './compile-expr.js';
import { slotReadOf, slotValue } from './slot-reads.js';
import { jsCompare, jsOf, lit, withJs } from './js-source.js';

/*
 * 且 / 或 / 非 with operands that are plain fact reads read the slots inline. Results are exactly
 * those of `l(f) && r(f)`: same short-circuit order, same value (a null 可无 fact stays null),
 * same MissingFact for the first fact missing.
 */

export function andOf(l: BoolFn, r: BoolFn): BoolFn {
    return withJs(andClosure(l, r), t => `(${jsOf(l, t)} && ${jsOf(r, t)})`);
}

export function orOf(l: BoolFn, r: BoolFn): BoolFn {
    return withJs(orClosure(l, r), t => `(${jsOf(l, t)} || ${jsOf(r, t)})`);
}

export function notOf(inner: BoolFn): BoolFn {
    return withJs(notClosure(inner), t => `(!${jsOf(inner, t)})`);
}

function andClosure(l: BoolFn, r: BoolFn): BoolFn {
    const a = slotReadOf(l), b = slotReadOf(r);
    if (a && b) {
        const { slot: sa, name: na } = a, { slot: sb, name: nb } = b;
        return f => (slotValue(f.v, sa, na) as boolean) && (slotValue(f.v, sb, nb) as boolean);
    }
    if (a) {
        const { slot, name } = a;
        return f => (slotValue(f.v, slot, name) as boolean) && r(f);
    }
    if (b) {
        const { slot, name } = b;
        return f => l(f) && (slotValue(f.v, slot, name) as boolean);
    }
    return f => l(f) && r(f);
}

function orClosure(l: BoolFn, r: BoolFn): BoolFn {
    const a = slotReadOf(l), b = slotReadOf(r);
    if (a && b) {
        const { slot: sa, name: na } = a, { slot: sb, name: nb } = b;
        return f => (slotValue(f.v, sa, na) as boolean) || (slotValue(f.v, sb, nb) as boolean);
    }
    if (a) {
        const { slot, name } = a;
        return f => (slotValue(f.v, slot, name) as boolean) || r(f);
    }
    if (b) {
        const { slot, name } = b;
        return f => l(f) || (slotValue(f.v, slot, name) as boolean);
    }
    return f => l(f) || r(f);
}

function notClosure(inner: BoolFn): BoolFn {
    const a = slotReadOf(inner);
    if (a) {
        const { slot, name } = a;
        return f => !slotValue(f.v, slot, name);
    }
    return f => !inner(f);
}

/**
 * Ordinal comparisons (enum scale values, grade bands, dates). An absent scale value (−1)
 * satisfies no ordering comparison when `absentAware`; a fact compared with a constant is read inline.
 */
export function compareOrd(l: OrdFn, r: OrdFn, op: string, absentAware: boolean, constant?: number): BoolFn {
    const sign = jsCompare(op);
    return withJs(compareOrdClosure(l, r, op, absentAware, constant), t => {
        const right = constant !== undefined ? lit(constant) : jsOf(r, t);
        if (!absentAware || op === '=' || op === '!=') return `(${jsOf(l, t)} ${sign} ${right})`;
        // As the closure: the right side is read only when the left is a value (not 无).
        const x = t.temp();
        return `((${x} = ${jsOf(l, t)}) >= 0 && ${x} ${sign} ${right})`;
    });
}

function compareOrdClosure(l: OrdFn, r: OrdFn, op: string, absentAware: boolean, constant?: number): BoolFn {
    const a = slotReadOf(l);
    if (a && constant !== undefined) {
        const { slot, name } = a;
        const c = constant;
        switch (op) {
            case '>=': return absentAware ? f => { const x = (slotValue(f.v, slot, name) as number); return x >= 0 && x >= c; } : f => (slotValue(f.v, slot, name) as number) >= c;
            case '>': return absentAware ? f => { const x = (slotValue(f.v, slot, name) as number); return x >= 0 && x > c; } : f => (slotValue(f.v, slot, name) as number) > c;
            case '<=': return absentAware ? f => { const x = (slotValue(f.v, slot, name) as number); return x >= 0 && x <= c; } : f => (slotValue(f.v, slot, name) as number) <= c;
            case '<': return absentAware ? f => { const x = (slotValue(f.v, slot, name) as number); return x >= 0 && x < c; } : f => (slotValue(f.v, slot, name) as number) < c;
            case '=': return f => (slotValue(f.v, slot, name) as number) === c;
            default: return f => (slotValue(f.v, slot, name) as number) !== c;
        }
    }
    switch (op) {
        case '>=': return absentAware ? f => { const x = l(f); return x >= 0 && x >= r(f); } : f => l(f) >= r(f);
        case '>': return absentAware ? f => { const x = l(f); return x >= 0 && x > r(f); } : f => l(f) > r(f);
        case '<=': return absentAware ? f => { const x = l(f); return x >= 0 && x <= r(f); } : f => l(f) <= r(f);
        case '<': return absentAware ? f => { const x = l(f); return x >= 0 && x < r(f); } : f => l(f) < r(f);
        case '=': return f => l(f) === r(f);
        default: return f => l(f) !== r(f);
    }
}
