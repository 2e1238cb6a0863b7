import type { ExprIR, RuleIR } from '@zeren/model';
import { Rational } from '@zeren/model';
import { printExpr } from './canonical-expr.js';
import { canonicalNumber, compareCodepoints } from './canonical-values.js';
import { RULE_ELEMENT } from './measure.js';
import type { MeasureSink } from './measure.js';

/**
 * Fallback for a rule kind without its own extractor (a kind added to the model after the
 * diff): each property becomes one measure holding a canonical rendering of its value. Coarser
 * than a dedicated extractor — a changed list shows as one old → new line — but never silent,
 * and still blind to source positions and formatting.
 */
const SKIP = new Set(['kind', 'id', 'name', 'document', 'subject', 'citation', 'sourceText', 'notes', 'loc', 'uri', 'weightLoc', 'type', 'slot']);

export function genericMeasures(rule: RuleIR, sink: MeasureSink): void {
    for (const key of Object.keys(rule).sort(compareCodepoints)) {
        if (SKIP.has(key)) continue;
        const value = canonical((rule as unknown as Record<string, unknown>)[key], 0);
        if (value !== undefined) sink.add(RULE_ELEMENT, key, value);
    }
}

function isExpr(v: object): v is ExprIR {
    return 'k' in v && 'type' in v && 'loc' in v;
}

/** Model objects referenced from a rule (subjects, other rules, declarations) print by name. */
function isNamedModelObject(v: object): v is { name: string } {
    return 'name' in v && typeof (v as { name: unknown }).name === 'string' && ('loc' in v) && ('facts' in v || 'id' in v || 'values' in v);
}

function canonical(v: unknown, depth: number): string | undefined {
    if (v === undefined || v === null) return undefined;
    if (depth > 8) return '…';
    if (v instanceof Rational) return canonicalNumber(v);
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
    if (Array.isArray(v)) return `[${v.map(x => canonical(x, depth + 1) ?? '').join('; ')}]`;
    if (v instanceof Map) return canonical(Object.fromEntries(v), depth);
    if (typeof v === 'object') {
        if (isExpr(v)) return printExpr(v);
        if (depth > 0 && isNamedModelObject(v)) return v.name;
        const parts: string[] = [];
        for (const key of Object.keys(v).sort(compareCodepoints)) {
            if (key === 'loc' || key === 'weightLoc' || key === 'uri') continue;
            const inner = canonical((v as Record<string, unknown>)[key], depth + 1);
            if (inner !== undefined) parts.push(`${key}: ${inner}`);
        }
        return `{${parts.join(', ')}}`;
    }
    return undefined;
}
