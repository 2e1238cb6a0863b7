import type { FactIR, FactValue } from './ir.js';
import type { Message } from './messages.js';
import { message } from './messages.js';
import { denominator, formatRational, Rational } from './rational.js';
import { factTypeText } from './fact-schema.js';
import { writtenType } from './written-type.js';

/**
 * Bounds on facts without a declared 范围. They keep every scaled-integer computation of the
 * evaluator exact (far below 2^53); a rule that needs larger values declares a range.
 */
export const DEFAULT_INT_LIMIT = 1_000_000_000n;

/** Members in one list fact; bounds sums over lists the same way. */
export const MAX_LIST_ITEMS = 10_000;

/** Validates a typed value against its fact; the same check for scenario files and fact files. */
export function checkFactValue(fact: FactIR, value: FactValue): Message | undefined {
    const t = fact.type;
    const wrong = () => message('fact-type', fact.name, writtenType(t), valueKindName(value), factTypeText(fact, 'en'));
    if (value.kind === 'absent' && fact.optional) return undefined;
    switch (t.kind) {
        case 'int':
        case 'dec': {
            if (value.kind !== 'number') return wrong();
            if (t.kind === 'int' && denominator(value.value) !== 1n) return wrong();
            if (t.kind === 'dec') {
                const places = decimalPlacesOf(value.value);
                if (places === undefined || places > t.places) {
                    return message('fact-precision', fact.name, t.places, places === undefined ? formatRational(value.value) : places);
                }
            }
            return checkRange(fact, value.value);
        }
        case 'ratio':
            if (value.kind === 'ratio') {
                if (value.den === 0n) return message('ratio-zero-denominator', fact.name);
                const big = (x: bigint) => x > DEFAULT_INT_LIMIT || x < -DEFAULT_INT_LIMIT;
                return big(value.num) || big(value.den) ? message('fact-too-large', fact.name, `${value.num}/${value.den}`, DEFAULT_INT_LIMIT.toString()) : undefined;
            }
            if (value.kind === 'number') return undefined;
            return wrong();
        case 'bool':
            return value.kind === 'bool' ? undefined : wrong();
        case 'date':
            return value.kind === 'date' ? undefined : wrong();
        case 'datetime':
            return value.kind === 'datetime' || value.kind === 'date' ? undefined : wrong();
        case 'log':
            if (value.kind !== 'log') return wrong();
            return value.items.length > MAX_LIST_ITEMS ? message('fact-too-large', fact.name, value.items.length, MAX_LIST_ITEMS) : undefined;
        case 'text':
            return value.kind === 'text' ? undefined : wrong();
        case 'enum':
            if (value.kind === 'absent') return t.optional ? undefined : wrong();
            if (value.kind !== 'enum') return wrong();
            return value.index >= 0 && value.index < t.decl.values.length ? undefined : message('value-not-in-type', value.label, t.decl.name);
        case 'list':
            if (value.kind !== 'list') return wrong();
            return value.items.length > MAX_LIST_ITEMS ? message('fact-too-large', fact.name, value.items.length, MAX_LIST_ITEMS) : undefined;
        default:
            return undefined;
    }
}

function checkRange(fact: FactIR, v: Rational): Message | undefined {
    if (fact.min && v.compare(fact.min) < 0 || fact.max && v.compare(fact.max) > 0) {
        const range = `${fact.min ? formatRational(fact.min) : '−∞'}..${fact.max ? formatRational(fact.max) : '+∞'}`;
        return message('fact-range', fact.name, formatRational(v), range);
    }
    const limit = new Rational(DEFAULT_INT_LIMIT);
    if (!fact.min && v.compare(limit.neg()) < 0 || !fact.max && v.compare(limit) > 0) {
        return message('fact-too-large', fact.name, formatRational(v), DEFAULT_INT_LIMIT.toString());
    }
    return undefined;
}

/** Decimal places of an exact value, or undefined when its expansion does not terminate. */
export function decimalPlacesOf(v: Rational): number | undefined {
    // A terminating decimal has a denominator 2^a·5^b and needs max(a, b) places.
    let d = denominator(v);
    let twos = 0;
    let fives = 0;
    while (d % 2n === 0n) { d /= 2n; twos++; }
    while (d % 5n === 0n) { d /= 5n; fives++; }
    return d === 1n ? Math.max(twos, fives) : undefined;
}

function valueKindName(v: FactValue): string {
    switch (v.kind) {
        case 'number': return formatRational(v.value);
        case 'ratio': return `${v.num}/${v.den}`;
        case 'bool': return v.value ? '是' : '否';
        case 'date': return v.value;
        case 'datetime': return v.value;
        case 'log': return `[${v.items.join(', ')}]`;
        case 'text': return `"${v.value}"`;
        case 'enum': return v.label;
        case 'absent': return '无';
        case 'list': return '[…]';
    }
}
