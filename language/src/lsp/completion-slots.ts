import type { AstNode, AstNodeDescription } from 'langium';
import type { DerivedIR, FactIR, TypeIR } from '@zeren/model';
import { irOf } from './ir-lookup.js';
import type { ZerenServices } from '../zeren-module.js';

/**
 * What kind of value the cursor's slot in an expression takes, read from the text before it:
 * a weight's value and arithmetic operands are numbers; the right side of a comparison takes the
 * kind of its left side (a scale's levels after `所受党纪处分 ≥`); after 当 / 且 / 或 / 非 a
 * condition (a boolean, or the left side of a comparison).
 */
export type Slot = { kind: 'number' } | { kind: 'like'; left: string } | { kind: 'condition' } | { kind: 'any' };

const NAME = /([^\s()（）≥≤<>=≠!+\-*×/÷,，;；、{}]+)\s*$/u;

export function slotBefore(text: string): Slot {
    const t = text.replace(/\s+$/u, '');
    if (/占\s*[0-9.]+\s*[%％]\s*=$/u.test(t) || /[+\-*×/÷]$/u.test(t)) return { kind: 'number' };
    const cmp = /(≥|>=|≤|<=|>|<|=|≠|!=)$/u.exec(t);
    if (cmp) {
        if (/(派生\s+\S+|事实)\s*=$/u.test(t)) return { kind: 'any' };
        const left = NAME.exec(t.slice(0, t.length - cmp[1]!.length));
        return left ? { kind: 'like', left: left[1]!.split('.').pop()! } : { kind: 'any' };
    }
    if (/(当|且|或|非|\()$/u.test(t)) return { kind: 'condition' };
    return { kind: 'any' };
}

/** The kind of value a referenced element has: 'number', 'bool', 'date', 'enum:<type>', 'grade:<rule>', or 'none'. */
export function valueKind(services: ZerenServices, d: AstNodeDescription): string {
    const node = d.node as (AstNode & { name?: string; $container?: AstNode & { name?: string } }) | undefined;
    switch (d.type) {
        case 'Fact':
        case 'Derived': {
            const ir = irOf<FactIR | DerivedIR>(services, node);
            return ir ? typeKind(ir.type) : 'unknown';
        }
        case 'EnumValue': return `enum:${node?.$container?.name ?? ''}`;
        case 'Band': return `grade:${node?.$container?.name ?? ''}`;
        case 'Grade': return `grade:${d.name}`;
        case 'Score':
        case 'Component': return 'number';
        case 'Veto':
        case 'Exclusion':
        case 'Requirement':
        case 'Deadline':
        case 'Frequency': return 'bool';
        default: return 'none';
    }
}

function typeKind(t: TypeIR): string {
    switch (t.kind) {
        case 'int': case 'dec': case 'ratio': return 'number';
        case 'bool': return 'bool';
        case 'date': case 'datetime': return 'date';
        case 'enum': return `enum:${t.decl.name}`;
        case 'grade': return `grade:${t.grade.name}`;
        default: return t.kind;
    }
}

/** Scale and enumeration values and grade bands: literals, never a condition on their own. */
export const isLiteral = (d: AstNodeDescription) => d.type === 'EnumValue' || d.type === 'Band';

/**
 * A candidate's rank for a slot, or undefined when it does not fit: 0 the expected kind (after a
 * scaled fact's comparison, that scale's levels), 1 another fitting value (a fact of the same
 * scale; in a condition, a value that can start a comparison). Unknown kinds (the model not built
 * yet) are kept.
 */
export function rankFor(slot: Slot, kind: string, literal: boolean, leftKind: string | undefined): number | undefined {
    if (kind === 'unknown') return 1;
    switch (slot.kind) {
        case 'any': return 0;
        case 'number': return kind === 'number' ? 0 : undefined;
        case 'like':
            if (!leftKind || leftKind === 'unknown' || leftKind === 'none') return 0;
            if (kind !== leftKind) return undefined;
            return literal || leftKind === 'number' || leftKind === 'bool' || leftKind === 'date' ? 0 : 1;
        case 'condition':
            if (literal) return undefined;
            if (kind === 'bool') return 0;
            return kind === 'none' ? undefined : 1;
    }
}
