import type { ExprIR, FactValue } from '@zeren/model';
import { numberWitness } from './condition-numbers.js';
import type { EnumLiteral, Literal, NumLiteral } from './condition-truth.js';
import { conjunctionsOf, satisfiable } from './condition-truth.js';

/**
 * Facts under which a condition holds (positive) or fails: one assignment per satisfiable
 * conjunction of its disjunctive form, from the same exact procedure that finds conditions
 * that can never hold and proves implications. Only facts the procedure reasons about are
 * assigned (yes/no facts, scale and enumeration facts, number facts against constants); an
 * assignment is a seed, to be verified by evaluating the rules, never a proof by itself.
 */
export function satisfyingFacts(e: ExprIR, positive: boolean, limit = 16): Map<string, FactValue>[] {
    const conjunctions = conjunctionsOf(e, positive, 'subject');
    if (!conjunctions) return [];
    const out: Map<string, FactValue>[] = [];
    for (const c of conjunctions.filter(satisfiable).slice(0, limit)) {
        const groups = new Map<string, Literal[]>();
        for (const l of c) if (l.key.startsWith('fact:')) groups.set(l.key, [...(groups.get(l.key) ?? []), l]);
        const facts = new Map<string, FactValue>();
        for (const literals of groups.values()) {
            const first = literals[0];
            if (first.kind === 'bool') facts.set(first.name, { kind: 'bool', value: first.value });
            if (first.kind === 'num') {
                const v = numberWitness(literals as NumLiteral[]);
                if (v) facts.set(first.name, { kind: 'number', value: v });
            }
            if (first.kind === 'enum') {
                const left = [...first.allowed].filter(i => (literals as EnumLiteral[]).every(l => l.allowed.has(i)));
                const i = left.length ? Math.max(...left) : undefined;
                if (i !== undefined) facts.set(first.name, i < 0 ? { kind: 'absent' } : { kind: 'enum', index: i, label: first.values[i] });
            }
        }
        out.push(facts);
    }
    return out;
}
