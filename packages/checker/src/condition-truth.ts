import type { CompareOp, ExprIR, FactIR, Rational, SourceLoc } from '@zeren/model';
import { formatRational } from '@zeren/model';

/**
 * Whether a condition is false (or true) for every possible fact value: a small decision
 * procedure over the comparisons drafters write. Conditions are put in disjunctive normal form;
 * each conjunction is satisfiable when, per fact, its bounds leave a value (numbers, within the
 * fact's 范围, whole for 整数), its enumeration values leave one (无 included when 可无), and its
 * yes/no atoms agree. Anything else (arithmetic, aggregates, dates, ratios) is an independent
 * unknown, so the answer is never wrong, only sometimes undefined. Exact: bounds are rationals.
 */
export function truthOf(e: ExprIR): boolean | undefined {
    const pos = dnf(e, true);
    if (pos && pos.every(c => !satisfiable(c))) return false;
    const neg = dnf(e, false);
    if (neg && neg.every(c => !satisfiable(c))) return true;
    return undefined;
}

/**
 * Why a condition that is a single conjunction (a chain of 且) can never hold: the fact whose
 * constraints clash, with those constraints as written and the fact's declaration.
 */
export function clashOf(e: ExprIR): { name: string; constraints: string[]; loc: SourceLoc } | undefined {
    const conjunctions = dnf(e, true);
    if (conjunctions?.length !== 1) return undefined;
    const key = failingKey(conjunctions[0]);
    const literals = conjunctions[0].filter(l => l.key === key);
    if (!key || !literals.length) return undefined;
    const first = literals[0];
    const constraints = literals.map(l => l.text);
    if (first.kind === 'num') {
        const { min, max } = first.fact;
        if (min && max) constraints.push(`范围 ${formatRational(min)}..${formatRational(max)}`);
        if (first.fact.type.kind === 'int') constraints.push('整数');
    }
    return { name: first.name, constraints: [...new Set(constraints)], loc: first.loc };
}

/** Both conditions hold together for some facts (undefined: cannot tell). */
export function jointlySatisfiable(a: ExprIR, b: ExprIR): boolean | undefined {
    const t = truthOf(conjunction([a, b]));
    return t === false ? false : undefined;
}

export function conjunction(parts: ExprIR[]): ExprIR {
    return parts.reduce((left, right) => ({ k: 'logic', op: 'and', left, right, type: { kind: 'bool' }, loc: left.loc }));
}

export function disjunction(parts: ExprIR[]): ExprIR {
    return parts.reduce((left, right) => ({ k: 'logic', op: 'or', left, right, type: { kind: 'bool' }, loc: left.loc }));
}

export function negation(operand: ExprIR): ExprIR {
    return { k: 'not', operand, type: { kind: 'bool' }, loc: operand.loc };
}

/** What the literal is about (name, declaration) and how it reads, for explaining a clash. */
interface Shown { name: string; loc: SourceLoc; text: string }

type Literal = Shown & (
    | { kind: 'num'; key: string; fact: FactIR; op: CompareOp; value: Rational }
    | { kind: 'enum'; key: string; allowed: Set<number> }
    | { kind: 'bool'; key: string; value: boolean });

type Conj = Literal[];

/** Past this many conjunctions the condition is too large to expand: no answer. */
const MAX_CONJUNCTIONS = 256;

const SYMBOL: Record<CompareOp, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=', '!=': '≠' };
const NEGATED: Record<CompareOp, CompareOp> = { '>=': '<', '<': '>=', '>': '<=', '<=': '>', '=': '!=', '!=': '=' };
const MIRRORED: Record<CompareOp, CompareOp> = { '>=': '<=', '<=': '>=', '>': '<', '<': '>', '=': '=', '!=': '!=' };

/** The conjunctions of `e` (or of its negation), or undefined when there would be too many. */
function dnf(e: ExprIR, positive: boolean): Conj[] | undefined {
    switch (e.k) {
        case 'bool': return e.value === positive ? [[]] : [];
        case 'not': return dnf(e.operand, !positive);
        case 'logic': {
            const l = dnf(e.left, positive);
            const r = dnf(e.right, positive);
            if (!l || !r) return undefined;
            // 且 stays a conjunction when positive; 或 becomes one when negated (De Morgan).
            if ((e.op === 'and') === positive) {
                if (l.length * r.length > MAX_CONJUNCTIONS) return undefined;
                return l.flatMap(a => r.map(b => [...a, ...b]));
            }
            return l.length + r.length > MAX_CONJUNCTIONS ? undefined : [...l, ...r];
        }
        default: {
            const literal = literalOf(e, positive);
            if (literal === true || literal === false) return literal ? [[]] : [];
            // An unknown atom constrains nothing: either value is possible.
            return literal ? [[literal]] : [[]];
        }
    }
}

/** A literal, a constant, or undefined for an atom this procedure does not reason about. */
function literalOf(e: ExprIR, positive: boolean): Literal | boolean | undefined {
    if (e.type.kind === 'bool' && e.k !== 'compare') {
        const atom = boolAtom(e);
        return atom ? { kind: 'bool', ...atom, value: positive, text: positive ? atom.name : `非 ${atom.name}` } : undefined;
    }
    if (e.k !== 'compare') return undefined;
    const { left, right } = e;
    const op = positive ? e.op : NEGATED[e.op];
    if (left.k === 'num' && right.k === 'num') return holds(left.value.compare(right.value), op);
    if (left.type.kind === 'bool' && right.k === 'bool') {
        const atom = boolAtom(left);
        if (!atom || (op !== '=' && op !== '!=')) return undefined;
        const value = (op === '=') === right.value;
        return { kind: 'bool', ...atom, value, text: value ? atom.name : `非 ${atom.name}` };
    }
    // A number fact against a constant, on either side.
    const [fact, value, factOp] = right.k === 'num' ? [numericFact(left), right.value, op]
        : left.k === 'num' ? [numericFact(right), left.value, MIRRORED[op]] : [undefined, undefined, op];
    if (fact && value) {
        return { kind: 'num', key: `fact:${fact.subject}.${fact.name}`, fact, op: factOp, value, name: fact.name, loc: fact.loc, text: `${fact.name} ${SYMBOL[factOp]} ${formatRational(value)}` };
    }
    if (left.k === 'fact' && left.fact.type.kind === 'enum' && right.k === 'enumValue') {
        const t = left.fact.type;
        // Ordering an unordered enumeration is a type error (unordered-compare), not a constraint.
        if (t.decl.kind !== 'scale' && e.op !== '=' && e.op !== '!=') return undefined;
        // 无 reads as -1: it satisfies no ordering comparison and no equality, and every ≠; so a
        // negation is the complement of the values that satisfy the comparison, not the opposite comparison.
        const domain = [...(t.optional || left.fact.optional ? [-1] : []), ...t.decl.values.map((_, i) => i)];
        const allowed = new Set(domain.filter(i => (i < 0 ? e.op === '!=' : holds(i - right.index, e.op)) === positive));
        const written = `${left.fact.name} ${SYMBOL[e.op]} ${t.decl.values[right.index]}`;
        return { kind: 'enum', key: `fact:${left.fact.subject}.${left.fact.name}`, allowed, name: left.fact.name, loc: left.fact.loc, text: positive ? written : `非 (${written})` };
    }
    return undefined;
}

/** Yes/no values that are the same in every part of one evaluation. */
function boolAtom(e: ExprIR): { key: string; name: string; loc: SourceLoc } | undefined {
    if (e.k === 'fact' && !e.fact.optional) return { key: `fact:${e.fact.subject}.${e.fact.name}`, name: e.fact.name, loc: e.fact.loc };
    if (e.k === 'derived') return { key: `derived:${e.derived.subject}.${e.derived.name}`, name: e.derived.name, loc: e.derived.loc };
    if (e.k === 'rule') return { key: `rule:${e.rule.id}`, name: e.rule.name, loc: e.rule.loc };
    return undefined;
}

/** A number fact that always has a value (可无 ones read as NaN, which no bound describes). */
function numericFact(e: ExprIR): FactIR | undefined {
    if (e.k !== 'fact' || e.fact.optional) return undefined;
    const kind = e.fact.type.kind;
    return kind === 'int' || kind === 'dec' ? e.fact : undefined;
}

function holds(sign: number, op: CompareOp): boolean {
    switch (op) {
        case '>=': return sign >= 0;
        case '>': return sign > 0;
        case '<=': return sign <= 0;
        case '<': return sign < 0;
        case '=': return sign === 0;
        case '!=': return sign !== 0;
    }
}

function satisfiable(conj: Conj): boolean {
    return failingKey(conj) === undefined;
}

/** The first fact (or yes/no atom) whose constraints in the conjunction leave no value. */
function failingKey(conj: Conj): string | undefined {
    const groups = new Map<string, Literal[]>();
    for (const l of conj) groups.set(l.key, [...(groups.get(l.key) ?? []), l]);
    for (const [key, literals] of groups) {
        const first = literals[0];
        if (first.kind === 'bool' && new Set(literals.map(l => (l as { value: boolean }).value)).size > 1) return key;
        if (first.kind === 'enum') {
            const left = literals.reduce((acc, l) => new Set([...acc].filter(i => (l as { allowed: Set<number> }).allowed.has(i))), first.allowed);
            if (left.size === 0) return key;
        }
        if (first.kind === 'num' && !numbersSatisfiable(first.fact, literals as Extract<Literal, { kind: 'num' }>[])) return key;
    }
    return undefined;
}

interface Bound { value: Rational; strict: boolean }

/** Bounds from the literals and the fact's 范围; whole numbers for 整数; points excluded by ≠. */
function numbersSatisfiable(fact: FactIR, literals: Extract<Literal, { kind: 'num' }>[]): boolean {
    // An inverted 范围 is reported as such (fact-range-order); it says nothing about the values.
    const range: { min?: Rational; max?: Rational } = fact.min && fact.max && fact.min.compare(fact.max) > 0 ? {} : fact;
    let lo: Bound | undefined = range.min ? { value: range.min, strict: false } : undefined;
    let hi: Bound | undefined = range.max ? { value: range.max, strict: false } : undefined;
    const excluded: Rational[] = [];
    const raise = (b: Bound) => { if (!lo || b.value.compare(lo.value) > 0 || (b.value.equals(lo.value) && b.strict)) lo = b; };
    const lower = (b: Bound) => { if (!hi || b.value.compare(hi.value) < 0 || (b.value.equals(hi.value) && b.strict)) hi = b; };
    for (const { op, value } of literals) {
        if (op === '>=' || op === '>' || op === '=') raise({ value, strict: op === '>' });
        if (op === '<=' || op === '<' || op === '=') lower({ value, strict: op === '<' });
        if (op === '!=') excluded.push(value);
    }
    if (fact.type.kind === 'int') {
        // Whole numbers: tighten to the nearest whole bound and check what is left, point by point if few.
        const from = lo ? wholeAbove(lo) : undefined;
        const to = hi ? wholeBelow(hi) : undefined;
        if (from !== undefined && to !== undefined) {
            if (from.compare(to) > 0) return false;
            const count = to.sub(from).add(1);
            if (count.compare(excluded.length) > 0) return true;
            for (let v = from; v.compare(to) <= 0; v = v.add(1)) if (!excluded.some(x => x.equals(v))) return true;
            return false;
        }
        return true;
    }
    if (lo && hi) {
        const c = lo.value.compare(hi.value);
        if (c > 0 || (c === 0 && (lo.strict || hi.strict))) return false;
        // A single point left: excluded by ≠ or not.
        if (c === 0) return !excluded.some(x => x.equals(lo!.value));
    }
    return true;
}

function wholeAbove(b: Bound): Rational {
    const f = b.value.ceil();
    return b.strict && f.equals(b.value) ? f.add(1) : f;
}

function wholeBelow(b: Bound): Rational {
    const f = b.value.floor();
    return b.strict && f.equals(b.value) ? f.sub(1) : f;
}

