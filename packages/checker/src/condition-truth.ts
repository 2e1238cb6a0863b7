import type { CompareOp, ExprIR, FactIR, Rational, SourceLoc } from '@zeren/model';
import { formatRational } from '@zeren/model';
import { numberWitness } from './condition-numbers.js';

/**
 * Whether a condition is false (or true) for every possible fact value: a small decision
 * procedure over the comparisons drafters write. Conditions are put in disjunctive normal form;
 * each conjunction is satisfiable when, per fact, its bounds leave a value (numbers, within the
 * fact's 范围, whole for 整数), its enumeration values leave one (无 included when 可无), and its
 * yes/no atoms agree. Anything else (arithmetic, aggregates, dates, ratios) is an independent
 * unknown, so the answer is never wrong, only sometimes undefined. Exact: bounds are rationals.
 */
export function truthOf(e: ExprIR): boolean | undefined {
    const pos = conjunctionsOf(e, true);
    if (pos && pos.every(c => !satisfiable(c))) return false;
    const neg = conjunctionsOf(e, false);
    if (neg && neg.every(c => !satisfiable(c))) return true;
    return undefined;
}

/**
 * Why a condition that is a single conjunction (a chain of 且) can never hold: the fact whose
 * constraints clash, with those constraints as written and the fact's declaration.
 */
export function clashOf(e: ExprIR): { name: string; constraints: string[]; loc: SourceLoc } | undefined {
    const conjunctions = conjunctionsOf(e, true);
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

export type NumLiteral = Shown & { kind: 'num'; key: string; fact: FactIR; op: CompareOp; value: Rational };
export type EnumLiteral = Shown & { kind: 'enum'; key: string; allowed: Set<number>; values: string[] };
export type Literal = NumLiteral | EnumLiteral
    | Shown & { kind: 'bool'; key: string; value: boolean }
    /** An atom not reasoned about: it constrains nothing, and makes a satisfying assignment unsure. */
    | Shown & { kind: 'unknown'; key: string };

export type Conj = Literal[];

/**
 * How facts are told apart: within one file by subject and name; across a refinement by name
 * (the child's 次数 is the parent's 次数), enumeration facts also by their values, so that two
 * scales that differ are not taken for one.
 */
export type FactKeys = 'subject' | 'name';

let unknowns = 0;

/** Past this many conjunctions the condition is too large to expand: no answer. */
const MAX_CONJUNCTIONS = 256;

const SYMBOL: Record<CompareOp, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=', '!=': '≠' };
const NEGATED: Record<CompareOp, CompareOp> = { '>=': '<', '<': '>=', '>': '<=', '<=': '>', '=': '!=', '!=': '=' };
const MIRRORED: Record<CompareOp, CompareOp> = { '>=': '<=', '<=': '>=', '>': '<', '<': '>', '=': '=', '!=': '!=' };

/** The conjunctions of `e` (or of its negation), or undefined when there would be too many. */
export function conjunctionsOf(e: ExprIR, positive: boolean, keys: FactKeys = 'subject'): Conj[] | undefined {
    switch (e.k) {
        case 'bool': return e.value === positive ? [[]] : [];
        case 'not': return conjunctionsOf(e.operand, !positive, keys);
        case 'logic': {
            const l = conjunctionsOf(e.left, positive, keys);
            const r = conjunctionsOf(e.right, positive, keys);
            if (!l || !r) return undefined;
            // 且 stays a conjunction when positive; 或 becomes one when negated (De Morgan).
            if ((e.op === 'and') === positive) {
                if (l.length * r.length > MAX_CONJUNCTIONS) return undefined;
                return l.flatMap(a => r.map(b => [...a, ...b]));
            }
            return l.length + r.length > MAX_CONJUNCTIONS ? undefined : [...l, ...r];
        }
        default: {
            const literal = literalOf(e, positive, keys);
            if (literal === true || literal === false) return literal ? [[]] : [];
            // An unknown atom constrains nothing: either value is possible.
            return [[literal ?? { kind: 'unknown', key: `unknown:${unknowns++}`, name: '', loc: e.loc, text: '' }]];
        }
    }
}

/** A literal, a constant, or undefined for an atom this procedure does not reason about. */
function literalOf(e: ExprIR, positive: boolean, keys: FactKeys): Literal | boolean | undefined {
    const factKey = (f: FactIR) => (keys === 'name' ? `fact:${f.name}` : `fact:${f.subject}.${f.name}`);
    if (e.type.kind === 'bool' && e.k !== 'compare') {
        const atom = boolAtom(e, factKey);
        return atom ? { kind: 'bool', ...atom, value: positive, text: positive ? atom.name : `非 ${atom.name}` } : undefined;
    }
    if (e.k !== 'compare') return undefined;
    const { left, right } = e;
    const op = positive ? e.op : NEGATED[e.op];
    if (left.k === 'num' && right.k === 'num') return holds(left.value.compare(right.value), op);
    if (left.type.kind === 'bool' && right.k === 'bool') {
        const atom = boolAtom(left, factKey);
        if (!atom || (op !== '=' && op !== '!=')) return undefined;
        const value = (op === '=') === right.value;
        return { kind: 'bool', ...atom, value, text: value ? atom.name : `非 ${atom.name}` };
    }
    // A number fact against a constant, on either side.
    const [fact, value, factOp] = right.k === 'num' ? [numericFact(left), right.value, op]
        : left.k === 'num' ? [numericFact(right), left.value, MIRRORED[op]] : [undefined, undefined, op];
    if (fact && value) {
        return { kind: 'num', key: factKey(fact), fact, op: factOp, value, name: fact.name, loc: fact.loc, text: `${fact.name} ${SYMBOL[factOp]} ${formatRational(value)}` };
    }
    if (left.k === 'fact' && left.fact.type.kind === 'enum' && right.k === 'enumValue') {
        const t = left.fact.type;
        // Ordering an unordered enumeration is a type error (unordered-compare), not a constraint.
        if (t.decl.kind !== 'scale' && e.op !== '=' && e.op !== '!=') return undefined;
        // 无 reads as -1: it satisfies no ordering comparison and no equality, and every ≠; so a
        // negation is the complement of the values that satisfy the comparison, not the opposite comparison.
        const optional = t.optional || left.fact.optional;
        const domain = [...(optional ? [-1] : []), ...t.decl.values.map((_, i) => i)];
        const allowed = new Set(domain.filter(i => (i < 0 ? e.op === '!=' : holds(i - right.index, e.op)) === positive));
        const written = `${left.fact.name} ${SYMBOL[e.op]} ${t.decl.values[right.index]}`;
        const key = `${factKey(left.fact)}:${optional ? '无|' : ''}${t.decl.values.join('<')}`;
        return { kind: 'enum', key, allowed, values: t.decl.values, name: left.fact.name, loc: left.fact.loc, text: positive ? written : `非 (${written})` };
    }
    return undefined;
}

/** Yes/no values that are the same in every part of one evaluation. */
function boolAtom(e: ExprIR, factKey: (f: FactIR) => string): { key: string; name: string; loc: SourceLoc } | undefined {
    if (e.k === 'fact' && !e.fact.optional) return { key: factKey(e.fact), name: e.fact.name, loc: e.fact.loc };
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

export function satisfiable(conj: Conj): boolean {
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
        if (first.kind === 'num' && !numberWitness(literals as NumLiteral[])) return key;
    }
    return undefined;
}
