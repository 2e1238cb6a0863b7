import type { DerivedIR, ExprIR, FactIR, RuleIR } from '@zeren/model';
import { lcm, Rational } from '@zeren/model';
import { EvalError, MissingFact } from './eval-error.js';
import type { Frame } from './frame.js';
import type { NumPlan, RatioPlan } from './numeric-plan.js';
import { addPlans, checked, constantPlan, factPlan, minMaxPlans, mulPlans, rescale } from './numeric-plan.js';
import { andOf, compareOrd, notOf, orOf } from './fuse-bool.js';
import { markSlotRead, slotValue } from './slot-reads.js';
import { jsCompare, jsOf, lit, readRuleJs, withJs } from './js-source.js';
import { dayNumberOfIso } from '@zeren/time';
import type { DateTime } from '@zeren/time';
import { civilDateOf } from '@zeren/time';
import { DEFAULT_INT_LIMIT, MAX_LIST_ITEMS } from '@zeren/model';

export type BoolFn = (f: Frame) => boolean;
export type OrdFn = (f: Frame) => number;

/** Marks a rule result that could not be computed; reading it fails the dependent rule too. */
export const FAILED = Symbol('failed');

/** Reads a fact from a frame; a fact that was not given fails the rule that needs it. */
export function readFact<T>(fact: FactIR): (f: Frame) => T {
    const slot = fact.slot;
    const name = fact.name;
    return markSlotRead(f => slotValue(f.v, slot, name) as T, slot, name);
}

/** An expression lowering already rejected (reported there as a type or reference error). */
export class Uncompilable extends Error {}

export class RuleFailed extends Error {
    constructor(readonly rule: string) {
        super(rule);
    }
}

export interface RuleSlots {
    index(rule: RuleIR): number;
    /** Scale of a score rule's result. */
    scoreScale(rule: RuleIR): bigint;
    scoreBound(rule: RuleIR): bigint;
}

/** Compiles typed IR expressions to closures over frames (see numeric-plan.ts for numbers). */
export class ExprCompiler {
    private readonly derivedNum = new Map<DerivedIR, NumPlan>();

    constructor(private readonly rules: RuleSlots) {}

    bool(e: ExprIR): BoolFn {
        switch (e.k) {
            case 'bool': {
                const v = e.value;
                return withJs(() => v, () => String(v));
            }
            case 'fact': {
                return readFact<boolean>(e.fact);
            }
            case 'derived': return this.bool(e.derived.expr);
            case 'rule': return this.ruleRead(e.rule) as BoolFn;
            case 'not': return notOf(this.bool(e.operand));
            case 'logic': {
                const l = this.bool(e.left);
                const r = this.bool(e.right);
                return e.op === 'and' ? andOf(l, r) : orOf(l, r);
            }
            case 'compare': return this.compare(e);
            case 'agg': {
                const items = this.list(e.collection);
                const body = e.body ? this.bool(e.body) : () => true;
                if (e.fn === 'any') return f => items(f).some(body);
                if (e.fn === 'all') return f => items(f).every(body);
                break;
            }
        }
        throw new Uncompilable(e.k);
    }

    num(e: ExprIR): NumPlan {
        switch (e.k) {
            case 'num': return constantPlan(e.value);
            case 'fact': {
                const t = e.fact.type;
                const places = t.kind === 'dec' ? t.places : 0;
                const scale = 10n ** BigInt(places);
                const slot = e.fact.slot;
                const name = e.fact.name;
                const max = maxAbs(e.fact.min, e.fact.max);
                // An absent value (无) is NaN: it satisfies no comparison, and arithmetic on it is
                // caught where a result is produced (scores) rather than read as 0.
                return factPlan(slot, name, scale, max ? ceilInt(max.mul(scale)) : DEFAULT_INT_LIMIT * scale);
            }
            case 'derived': {
                let plan = this.derivedNum.get(e.derived);
                if (!plan) {
                    plan = this.num(e.derived.expr);
                    this.derivedNum.set(e.derived, plan);
                }
                return plan;
            }
            case 'rule': {
                const read = this.ruleRead(e.rule) as (f: Frame) => number;
                return { scale: this.rules.scoreScale(e.rule), bound: this.rules.scoreBound(e.rule), fn: read };
            }
            case 'arith': {
                const a = this.num(e.left);
                const b = this.num(e.right);
                if (a.constant && b.constant) {
                    const v = e.op === '+' ? a.constant.add(b.constant) : e.op === '-' ? a.constant.sub(b.constant) : a.constant.mul(b.constant);
                    return constantPlan(v);
                }
                if (e.op === '*') return mulPlans(a, b);
                return addPlans(a, b, e.op === '-');
            }
            case 'call': return minMaxPlans(e.args.map(a => this.num(a)), e.fn === 'max');
            case 'agg': {
                const items = this.list(e.collection);
                if (e.fn === 'count') {
                    const body = e.body ? this.bool(e.body) : () => true;
                    return { scale: 1n, bound: DEFAULT_INT_LIMIT, fn: f => { let c = 0; for (const it of items(f)) if (body(it)) c++; return c; } };
                }
                if (e.fn === 'sum' && e.body) {
                    const body = this.num(e.body);
                    const g = body.fn;
                    return checked({ scale: body.scale, bound: body.bound * BigInt(MAX_LIST_ITEMS), fn: f => { let s = 0; for (const it of items(f)) s += g(it); return s; } });
                }
                break;
            }
        }
        throw new Uncompilable(e.k);
    }

    /** A quotient: `a / b`, or a ratio fact ([num, den]), or any number (den = 1). */
    ratio(e: ExprIR): RatioPlan {
        if (e.k === 'arith' && e.op === '/') return { num: this.num(e.left), den: this.num(e.right) };
        if (e.k === 'derived') return this.ratio(e.derived.expr);
        if (e.k === 'fact' && e.fact.type.kind === 'ratio') {
            const slot = e.fact.slot;
            const name = e.fact.name;
            const read = (i: 0 | 1) => (f: Frame) => {
                const x = f.v[slot] as [number, number] | undefined;
                if (x === undefined) throw new MissingFact(name);
                return x[i];
            };
            return { num: { scale: 1n, bound: DEFAULT_INT_LIMIT, fn: read(0) }, den: { scale: 1n, bound: DEFAULT_INT_LIMIT, fn: read(1) } };
        }
        return { num: this.num(e), den: constantPlan(new Rational(1)) };
    }

    /** Enum ordinals, grade band indexes and dates: compared as small integers. */
    ord(e: ExprIR): OrdFn {
        switch (e.k) {
            case 'enumValue':
            case 'band':
            case 'date': {
                const i = ordConstant(e)!;
                return withJs(() => i, () => lit(i));
            }
            case 'fact': {
                const kind = e.fact.type.kind;
                if (kind !== 'date' && kind !== 'datetime') return readFact<number>(e.fact);
                // Dates compare as civil days (a date-time by its date in Beijing); 无 as NaN.
                const read = readFact<unknown>(e.fact);
                return f => {
                    const x = read(f);
                    if (x === null) return Number.NaN;
                    return typeof x === 'number' ? x : civilDateOf(x as DateTime);
                };
            }
            case 'derived': return this.ord(e.derived.expr);
            case 'rule': return this.ruleRead(e.rule) as OrdFn;
        }
        throw new Uncompilable(e.k);
    }

    list(e: ExprIR): (f: Frame) => Frame[] {
        if (e.k === 'fact') {
            return readFact<Frame[]>(e.fact);
        }
        if (e.k === 'derived') return this.list(e.derived.expr);
        throw new Uncompilable(e.k);
    }

    private ruleRead(rule: RuleIR): (f: Frame) => unknown {
        const i = this.rules.index(rule);
        const name = rule.name;
        return withJs((f: Frame) => {
            const x = f.r[i];
            if (x === FAILED || x === undefined) throw new RuleFailed(name);
            return x;
        }, t => readRuleJs(i, name, t));
    }

    private compare(e: Extract<ExprIR, { k: 'compare' }>): BoolFn {
        const { left, right, op } = e;
        const lt = left.type.kind;
        const rt = right.type.kind;
        if (lt === 'bool' || rt === 'bool') {
            return equality(this.bool(left), this.bool(right), op);
        }
        if (lt === 'text') return equality(this.textRead(left), this.textRead(right), op);
        if (lt === 'enum' || lt === 'grade' || lt === 'date') return compareOrd(this.ord(left), this.ord(right), op, lt === 'enum', ordConstant(right));
        if (lt === 'ratio' || rt === 'ratio') return compareRatios(this.ratio(left), this.ratio(right), op, e);
        return compareNums(this.num(left), this.num(right), op);
    }

    private textRead(e: ExprIR): (f: Frame) => string {
        if (e.k === 'fact') {
            return readFact<string>(e.fact);
        }
        throw new Uncompilable(e.k);
    }
}

function maxAbs(min?: Rational, max?: Rational): Rational | undefined {
    if (!min || !max) return undefined;
    return min.abs().compare(max.abs()) > 0 ? min.abs() : max.abs();
}

function ceilInt(r: Rational): bigint {
    return BigInt(r.ceil(0).toString());
}

function equality(l: (f: Frame) => unknown, r: (f: Frame) => unknown, op: string): BoolFn {
    return withJs(op === '=' ? f => l(f) === r(f) : f => l(f) !== r(f), t => `(${jsOf(l, t)} ${jsCompare(op)} ${jsOf(r, t)})`);
}

/** The value of an ordinal constant (scale value, band, date), to compare a fact with it inline. */
function ordConstant(e: ExprIR): number | undefined {
    if (e.k === 'enumValue' || e.k === 'band') return e.index;
    if (e.k === 'date') return dayNumberOfIso(e.value);
    return undefined;
}

/** a/sa op b/sb  ⇔  a·(L/sa) op b·(L/sb). Constants are folded into the right-hand side. */
export function compareNums(a: NumPlan, b: NumPlan, op: string): BoolFn {
    const scale = lcm(a.scale, b.scale);
    const ra = rescale(a, scale);
    const rb = rescale(b, scale);
    const fa = ra.fn;
    const fb = rb.fn;
    const c = rb.constant !== undefined ? fb(undefined as never) : undefined;
    return withJs(compareNumsClosure(fa, fb, op, c), t => `(${jsOf(fa, t)} ${jsCompare(op)} ${c !== undefined ? lit(c) : jsOf(fb, t)})`);
}

/** Constants are folded into the right-hand side. */
function compareNumsClosure(fa: (f: Frame) => number, fb: (f: Frame) => number, op: string, c: number | undefined): BoolFn {
    if (c !== undefined) {
        switch (op) {
            case '>=': return f => fa(f) >= c;
            case '>': return f => fa(f) > c;
            case '<=': return f => fa(f) <= c;
            case '<': return f => fa(f) < c;
            case '=': return f => fa(f) === c;
            default: return f => fa(f) !== c;
        }
    }
    switch (op) {
        case '>=': return f => fa(f) >= fb(f);
        case '>': return f => fa(f) > fb(f);
        case '<=': return f => fa(f) <= fb(f);
        case '<': return f => fa(f) < fb(f);
        case '=': return f => fa(f) === fb(f);
        default: return f => fa(f) !== fb(f);
    }
}

/**
 * (n1/d1) op (n2/d2) with scaled parts, by cross-multiplication: with value_a = na·sda / (da·sna),
 * compare na·db·(sda·snb) with nb·da·(sdb·sna); a negative product of denominators reverses the
 * order. Each part is evaluated once. A zero denominator is an evaluation error, not a silent false.
 */
function compareRatios(a: RatioPlan, b: RatioPlan, op: string, e: ExprIR): BoolFn {
    const where = describeLoc(e);
    return withJs(compareRatiosClosure(a, b, op, where), t => {
        const KL = lit(Number(a.den.scale * b.num.scale)), KR = lit(Number(b.den.scale * a.num.scale));
        const x = t.temp(), y = t.temp(), sign = jsCompare(op);
        const l = `(${jsOf(a.num.fn, t)} * ${y} * ${KL})`, r = `(${jsOf(b.num.fn, t)} * ${x} * ${KR})`;
        return `((${x} = ${jsOf(a.den.fn, t)}, ${y} = ${jsOf(b.den.fn, t)}, ${x} === 0 || ${y} === 0) ? dz(${t.ref(where)}) : `
            + `(${x} < 0) !== (${y} < 0) ? ${r} ${sign} ${l} : ${l} ${sign} ${r})`;
    });
}

function compareRatiosClosure(a: RatioPlan, b: RatioPlan, op: string, where: string): BoolFn {
    const kl = a.den.scale * b.num.scale;
    const kr = b.den.scale * a.num.scale;
    // Both cross products must stay exact in a double.
    checked({ scale: 1n, bound: a.num.bound * b.den.bound * kl, fn: () => 0 });
    checked({ scale: 1n, bound: b.num.bound * a.den.bound * kr, fn: () => 0 });
    const KL = Number(kl), KR = Number(kr);
    const na = a.num.fn, da = a.den.fn, nb = b.num.fn, db = b.den.fn;
    const holds = ORDER[op] ?? ORDER['!='];
    if (b.num.constant && b.den.constant) {
        // The usual shape (… / 总票数 ≤ 2/3): the right side folds into constants.
        const y = db(undefined as never);
        if (y === 0) {
            return f => {
                da(f);
                throw new EvalError('eval-division-by-zero', where);
            };
        }
        const NB = nb(undefined as never) * KR;
        return f => {
            const x = da(f);
            if (x === 0) throw new EvalError('eval-division-by-zero', where);
            const l = na(f) * y * KL, r = NB * x;
            return (x < 0) !== (y < 0) ? holds(r, l) : holds(l, r);
        };
    }
    return f => {
        const x = da(f);
        const y = db(f);
        if (x === 0 || y === 0) throw new EvalError('eval-division-by-zero', where);
        const l = na(f) * y * KL, r = nb(f) * x * KR;
        return (x < 0) !== (y < 0) ? holds(r, l) : holds(l, r);
    };
}

/** Swapping the sides of an order comparison reverses it; = and ≠ are symmetric. */
const ORDER: Record<string, (l: number, r: number) => boolean> = {
    '>=': (l, r) => l >= r,
    '>': (l, r) => l > r,
    '<=': (l, r) => l <= r,
    '<': (l, r) => l < r,
    '=': (l, r) => l === r,
    '!=': (l, r) => l !== r,
};

function describeLoc(e: ExprIR): string {
    return `${e.loc.range.start.line + 1}:${e.loc.range.start.character + 1}`;
}
