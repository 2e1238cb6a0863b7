import type { DocRefIR, DurationIR, FactValue, Rational } from '@zeren/model';
import { formatRational } from '@zeren/model';
import { formatDurationZh } from '@zeren/time';

/**
 * Canonical text of the values a measure can hold. Everything is rendered in the rules' own
 * surface syntax so that a reviewer reads a change the way the rule is written.
 */

/** Exact: "90", "89.95", or "2/3" — never the "≈" approximation, which would hide a change. */
export function canonicalNumber(r: Rational): string {
    return formatRational(r).split(' ≈ ')[0];
}

export function canonicalPercent(r: Rational): string {
    return `${canonicalNumber(r.mul(100))}%`;
}

export function quote(text: string): string {
    return `"${text}"`;
}

export function canonicalDocRef(ref: DocRefIR): string {
    return ref.document ?? quote(ref.text ?? '');
}

/** A list whose order carries no meaning (根据, 废止, exception targets): sorted. */
export function unorderedList(items: string[], sep = '、'): string {
    return [...items].sort(compareCodepoints).join(sep);
}

/** Locale-independent ordering: results must not depend on the machine's locale. */
export function compareCodepoints(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

export function canonicalDuration(d: DurationIR): string {
    return formatDurationZh({ unit: d.unit, amount: canonicalNumber(d.amount) });
}

export function canonicalFactValue(v: FactValue): string {
    switch (v.kind) {
        case 'number': return canonicalNumber(v.value);
        case 'ratio': return `${v.num}/${v.den}`;
        case 'bool': return v.value ? '是' : '否';
        case 'date': return v.value;
        case 'text': return quote(v.value);
        case 'enum': return v.label;
        case 'absent': return '无';
        case 'datetime': return (v as { value: string }).value;
        case 'log': return `[${(v as unknown as { items: string[] }).items.join(', ')}]`;
        case 'list': return `[${v.items.map(item => `${item.label} { ${[...item.values].sort(([a], [b]) => compareCodepoints(a, b)).map(([k, x]) => `${k} = ${canonicalFactValue(x)}`).join('; ')} }`).join(' ')}]`;
    }
}
