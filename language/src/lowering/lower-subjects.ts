import type { DerivedIR, FactIR, SubjectIR, TypeDeclIR, TypeIR } from '@zeren/model';
import { DEFAULT_DECIMAL_PLACES, formatRational, parseCitation } from '@zeren/model';
import type { Enumeration, Fact, Scale, Subject, TypeRef } from '../generated/ast.js';
import { isEnumeration, isFact, isSubject, isTypeDecl } from '../generated/ast.js';
import type { LoweringContext } from './lowering-context.js';
import { lowerFactValue } from './lower-values.js';
import { lowerNumber } from './numbers.js';

export function lowerTypeDecl(decl: Enumeration | Scale, documentName: string, ctx: LoweringContext): TypeDeclIR {
    const ir: TypeDeclIR = {
        kind: isEnumeration(decl) ? 'enum' : 'scale',
        name: decl.name,
        values: decl.values.map(v => v.name),
        citation: decl.citation ? parseCitation(decl.citation) : undefined,
        sourceText: [],
        notes: [],
        loc: ctx.loc(decl, 'name'),
    };
    const seen = new Set<string>();
    decl.values.forEach((v, index) => {
        if (seen.has(v.name)) ctx.error(v, 'name', 'duplicate-name', v.name);
        seen.add(v.name);
        ctx.irOf.set(v, { decl: ir, index });
    });
    ctx.irOf.set(decl, ir);
    void documentName;
    return ir;
}

/** Subjects are lowered in two steps: facts first (so rules can point at them), derived values lazily. */
export function declareSubject(subject: Subject, documentName: string, ctx: LoweringContext): SubjectIR {
    const ir: SubjectIR = {
        name: subject.name,
        document: documentName,
        facts: [],
        derived: [],
        citation: subject.citation ? parseCitation(subject.citation) : undefined,
        sourceText: [],
        notes: [],
        loc: ctx.loc(subject, 'name'),
    };
    ctx.irOf.set(subject, ir);
    return ir;
}

export function lowerFacts(subject: Subject, ctx: LoweringContext): void {
    const ir = ctx.ir<SubjectIR>(subject)!;
    const names = new Set<string>();
    for (const member of subject.members) {
        if (names.has(member.name)) ctx.error(member, 'name', 'duplicate-name', member.name);
        names.add(member.name);
        if (!isFact(member)) continue;
        const fact: FactIR = {
            kind: 'fact',
            name: member.name,
            subject: subject.name,
            type: lowerTypeRef(member.type, ctx),
            optional: member.type?.optional ?? false,
            citation: member.citation ? parseCitation(member.citation) : undefined,
            sourceText: member.sourceText,
            notes: member.notes,
            loc: ctx.loc(member, 'name'),
            slot: ir.facts.length,
        };
        lowerRange(member, fact, ctx);
        ir.facts.push(fact);
        ctx.irOf.set(member, fact);
    }
}

/** Defaults are lowered after all facts exist, since a default may name an enum value. */
export function lowerFactDefaults(subject: Subject, ctx: LoweringContext): void {
    for (const member of subject.members) {
        if (!isFact(member) || !member.default) continue;
        const fact = ctx.ir<FactIR>(member)!;
        const value = lowerFactValue(member.default, fact, ctx);
        if (value) fact.default = value;
    }
}

export function lowerTypeRef(type: TypeRef, ctx: LoweringContext): TypeIR {
    if (type.primitive) {
        switch (type.primitive) {
            case '整数': return { kind: 'int' };
            case '小数': {
                // More than 12 places is no measure; it would also inflate every exact scale.
                const places = type.scale === undefined ? DEFAULT_DECIMAL_PLACES : Number(type.scale);
                if (places > 12) ctx.error(type, 'scale', 'number-too-long', type.scale!.slice(0, 12), 2);
                return { kind: 'dec', places: Math.min(places, 12) };
            }
            case '比例': return { kind: 'ratio' };
            case '布尔': return { kind: 'bool' };
            case '日期': return { kind: 'date' };
            case '日期时间': return { kind: 'datetime' };
            case '记录': return { kind: 'log' };
            case '文本': return { kind: 'text' };
        }
    }
    // A type's name is looked up among every declaration of the document (subjects, types, rules):
    // one of the wrong kind is an error here, never lowered as if it were the right one.
    if (type.listOf) {
        const subject = type.listOf?.ref;
        if (subject && !isSubject(subject)) ctx.error(type, 'listOf', 'type-list-not-subject', type.listOf.$refText);
        const ir = isSubject(subject) ? ctx.ir<SubjectIR>(subject) : undefined;
        return ir ? { kind: 'list', subject: ir } : { kind: 'error' };
    }
    const decl = type.named?.ref;
    if (decl && !isTypeDecl(decl)) {
        const name = type.named!.$refText;
        const subject = isSubject(decl);
        ctx.error(type, 'named', 'type-not-a-type', name, subject ? `：它是主体，其列表写作“列表 ${name}”` : '', subject ? `: it is a subject; a list of them is written '列表 ${name}'` : '');
        return { kind: 'error' };
    }
    const ir = decl ? ctx.ir<TypeDeclIR>(decl) : undefined;
    return ir ? { kind: 'enum', decl: ir, optional: type.optional } : { kind: 'error' };
}

function lowerRange(member: Fact, fact: FactIR, ctx: LoweringContext): void {
    fact.min = lowerNumber(member.min, member, 'min', ctx);
    fact.max = lowerNumber(member.max, member, 'max', ctx);
    if (fact.min && fact.max && fact.min.compare(fact.max) > 0) {
        ctx.error(member, 'max', 'fact-range-order', formatRational(fact.min), formatRational(fact.max));
    }
}

export function emptyDerived(name: string, subject: string, ctx: LoweringContext, node: Parameters<LoweringContext['loc']>[0]): DerivedIR {
    return {
        kind: 'derived', name, subject, expr: { k: 'error', type: { kind: 'error' }, loc: ctx.loc(node) }, type: { kind: 'error' },
        sourceText: [], notes: [], loc: ctx.loc(node, 'name'),
    };
}
