import type { ExprIR, Rational, SubjectIR } from '@zeren/model';
import { denominator, formatRational } from '@zeren/model';
import { numberWitness } from './condition-numbers.js';
import type { Conj, EnumLiteral, Literal, NumLiteral } from './condition-truth.js';
import { conjunction, conjunctionsOf, negation, satisfiable } from './condition-truth.js';

export type Implication =
    | { holds: true }
    /** Facts (as `名称 = 值`) under which `a` holds and `b` does not. */
    | { holds: false; witness: string[] };

/**
 * Whether `a` implies `b` across a refinement (facts matched by name): proven, refuted with the
 * facts of a counterexample, or undefined. A counterexample is given only when it is certain: it
 * reads nothing but facts both levels declare (`shared`: a fact of one level only may be another's
 * under a new name), no arithmetic, aggregate, derived value or rule result (whose values the
 * procedure does not know), and every number in it fits its fact.
 */
export function implication(a: ExprIR, b: ExprIR, shared: ReadonlySet<string>): Implication | undefined {
    const conjunctions = conjunctionsOf(conjunction([a, negation(b)]), true, 'name');
    if (!conjunctions) return undefined;
    const open = conjunctions.filter(satisfiable);
    if (open.length === 0) return { holds: true };
    for (const c of open) {
        const witness = witnessOf(c, shared);
        if (witness) return { holds: false, witness };
    }
    return undefined;
}

/** The names of the facts both rules' subjects declare. */
export function sharedFacts(x: { subject: SubjectIR }, y: { subject: SubjectIR }): Set<string> {
    const names = new Set(y.subject.facts.map(f => f.name));
    return new Set(x.subject.facts.map(f => f.name).filter(n => names.has(n)));
}

function witnessOf(c: Conj, shared: ReadonlySet<string>): string[] | undefined {
    if (c.some(l => !l.key.startsWith('fact:') || !shared.has(l.name))) return undefined;
    const groups = new Map<string, Literal[]>();
    for (const l of c) groups.set(l.key, [...(groups.get(l.key) ?? []), l]);
    const out: string[] = [];
    for (const literals of groups.values()) {
        const first = literals[0];
        let value: string | undefined;
        if (first.kind === 'bool') value = (first as { value: boolean }).value ? '是' : '否';
        else if (first.kind === 'enum') value = enumValue(literals as EnumLiteral[]);
        else if (first.kind === 'num') value = numberText(literals as NumLiteral[]);
        if (value === undefined) return undefined;
        out.push(`${first.name} = ${value}`);
    }
    return out;
}

function enumValue(literals: EnumLiteral[]): string | undefined {
    const left = [...literals[0].allowed].filter(i => literals.every(l => l.allowed.has(i)));
    if (!left.length) return undefined;
    const i = Math.max(...left); // the heaviest value left reads most like a counterexample to a threshold
    return i < 0 ? '无' : literals[0].values[i];
}

/** A number that every fact of both sides can hold: within the decimal places of each. */
function numberText(literals: NumLiteral[]): string | undefined {
    const v = numberWitness(literals);
    if (!v) return undefined;
    const fits = (x: Rational) => literals.every(l => denominator(x.mul(10 ** (l.fact.type.kind === 'dec' ? l.fact.type.places : 0))) === 1n);
    return fits(v) ? formatRational(v) : undefined;
}
