import type { FactIR, SubjectIR } from '@zeren/model';
import { DEFAULT_INT_LIMIT, MAX_LIST_ITEMS } from '@zeren/model';
import type { EvalContext, Frame } from '../frame.js';
import { encode } from '../frame.js';

/**
 * Frames straight from raw row values, for the common case of a batch row: plain decimals,
 * booleans, enum labels and lists of such records. Numbers go from their digits to the frame's
 * scaled integers without a Rational or a FactValue. Anything else — an unknown fact, a value out
 * of range, more digits than a double holds exactly, a type this path does not read — returns
 * undefined, and the row takes the full path (typeFacts + frameFor), which reports it exactly
 * as a single run does. The batch tests compare both paths on every scenario of the examples.
 */
type Plan =
    | { kind: 'number'; slot: number; places: number; integer: boolean; min: number; max: number }
    | { kind: 'bool'; slot: number }
    | { kind: 'enum'; slot: number; labels: Map<string, number>; optional: boolean }
    | { kind: 'list'; slot: number; item: SubjectPlan };

interface SubjectPlan {
    subject: SubjectIR;
    byName: Map<string, Plan>;
    /** Encoded defaults by slot; a fact without a default stays undefined (missing). */
    defaults: unknown[];
    /** A fact whose default this path cannot encode ahead (a list default). */
    unpreparedDefault: boolean;
}

const plans = new WeakMap<SubjectIR, SubjectPlan>();
const LIMIT = Number(DEFAULT_INT_LIMIT);
const DIGITS = /^(-?)(\d{1,15})(?:\.(\d{1,15}))?$/;
const ITEM_LABELS = new Set(['label', '姓名', '名称']);

function planOf(subject: SubjectIR): SubjectPlan {
    let plan = plans.get(subject);
    if (plan) return plan;
    plan = { subject, byName: new Map(), defaults: new Array(subject.facts.length), unpreparedDefault: false };
    plans.set(subject, plan);
    for (const fact of subject.facts) {
        const p = factPlan(fact);
        if (p) plan.byName.set(fact.name, p);
        if (fact.default) {
            if (fact.default.kind === 'list') plan.unpreparedDefault = true;
            else plan.defaults[fact.slot] = encode(fact, fact.default);
        }
    }
    return plan;
}

function factPlan(fact: FactIR): Plan | undefined {
    const t = fact.type;
    const slot = fact.slot;
    switch (t.kind) {
        case 'int':
        case 'dec': {
            const places = t.kind === 'dec' ? t.places : 0;
            const scale = 10 ** places;
            const bound = (r: FactIR['min'], fallback: number): number | undefined => {
                if (!r) return fallback * scale;
                const scaled = r.mul(scale);
                return BigInt(scaled.d) === 1n && Math.abs(scaled.valueOf()) <= Number.MAX_SAFE_INTEGER ? scaled.valueOf() : undefined;
            };
            const min = bound(fact.min, -LIMIT);
            const max = bound(fact.max, LIMIT);
            if (min === undefined || max === undefined || places > 6) return undefined;
            return { kind: 'number', slot, places, integer: t.kind === 'int', min, max };
        }
        case 'bool': return { kind: 'bool', slot };
        case 'enum': return { kind: 'enum', slot, labels: new Map(t.decl.values.map((v, i) => [v, i])), optional: t.optional };
        case 'list': return { kind: 'list', slot, item: planOf(t.subject) };
        default: return undefined;
    }
}

/** The frame of a row, or undefined when the row needs the full path. */
/** Exact source text of a number at a path (the reader's numberAt), when the reader kept it. */
export type NumberText = (path: (string | number)[]) => string | undefined;

export function fastFrame(subject: SubjectIR, raw: Record<string, unknown>, ctx: EvalContext, numberAt?: NumberText, where: (string | number)[] = [], label = '', item = false): Frame | undefined {
    const plan = planOf(subject);
    if (plan.unpreparedDefault) return undefined;
    const v = plan.defaults.slice();
    for (const name in raw) {
        if (item && ITEM_LABELS.has(name)) continue;
        const p = plan.byName.get(name);
        if (!p) return undefined;
        const value = raw[name];
        let encoded: unknown;
        switch (p.kind) {
            case 'number': encoded = typeof value === 'number' ? double(p, value, numberAt && (() => numberAt([...where, name]))) : number(p, value); break;
            case 'bool': encoded = value === true || value === '是' || value === 'true' || value === 'TRUE' ? true : value === false || value === '否' || value === 'false' || value === 'FALSE' ? false : undefined; break;
            case 'enum': encoded = typeof value === 'string' ? (value === '无' && p.optional ? -1 : p.labels.get(value)) : undefined; break;
            case 'list': encoded = list(p.item, value, ctx, numberAt, numberAt ? [...where, name] : where); break;
        }
        if (encoded === undefined) return undefined;
        v[p.slot] = encoded;
    }
    return { v, r: [], label, ctx };
}

const POWERS = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * A number as JSON.parse gives it: its exact source text when the reader kept one (so 0.1000001
 * written with more places than allowed is caught); else the double itself, which stands for a
 * decimal with at most `places` places exactly when scaling and rounding it gives it back — the
 * same test as its shortest text having at most that many places, without making the text.
 */
function double(p: Extract<Plan, { kind: 'number' }>, value: number, sourceText: (() => string | undefined) | undefined): number | undefined {
    const text = Number.isSafeInteger(value) ? undefined : sourceText?.();
    if (text !== undefined) return number(p, text);
    const scale = POWERS[p.places];
    const scaled = Math.round(value * scale);
    if (!Number.isSafeInteger(scaled) || scaled / scale !== value || (p.integer && !Number.isSafeInteger(value))) return undefined;
    // -0 is 0, as its text "0" is.
    return scaled < p.min || scaled > p.max ? undefined : scaled + 0;
}

function number(p: Extract<Plan, { kind: 'number' }>, value: unknown): number | undefined {
    let text: string;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number' && Number.isSafeInteger(value)) text = String(value);
    else return undefined;
    const m = DIGITS.exec(text);
    if (!m) return undefined;
    const fraction = m[3] ?? '';
    if (fraction.length > p.places || (p.integer && fraction.length > 0)) return undefined;
    const digits = m[2] + fraction.padEnd(p.places, '0');
    if (digits.length > 15) return undefined;
    const scaled = m[1] ? -Number(digits) : Number(digits);
    return scaled < p.min || scaled > p.max ? undefined : scaled;
}

function list(item: SubjectPlan, value: unknown, ctx: EvalContext, numberAt: NumberText | undefined, where: (string | number)[]): Frame[] | undefined {
    let items = value;
    if (typeof value === 'string') {
        try {
            items = JSON.parse(value);
        } catch {
            return undefined;
        }
    }
    if (!Array.isArray(items) || items.length > MAX_LIST_ITEMS) return undefined;
    const frames: Frame[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
        const rec = items[i];
        if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return undefined;
        const r = rec as Record<string, unknown>;
        // A JSON cell's objects have ordinary prototypes: a __proto__ key takes the full path.
        const proto = Object.getPrototypeOf(r);
        if (proto !== Object.prototype && proto !== null) return undefined;
        const label = String(r.label ?? r['姓名'] ?? r['名称'] ?? `#${i + 1}`);
        const itemNumbers = typeof value === 'string' ? undefined : numberAt;
        const frame = fastFrame(item.subject, r, ctx, itemNumbers, itemNumbers ? [...where, i] : where, label, true);
        if (!frame) return undefined;
        frames[i] = frame;
    }
    return frames;
}
