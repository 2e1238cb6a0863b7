import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { Document, Fact, Model, Subject, TopLevel, TypeRef, VetoClause } from '../generated/ast.js';
import {
    isAggregate, isDerived, isDocument, isFact, isGrade, isModel, isRef, isRule, isScale, isEnumeration, isSubject,
    isTypeDecl, isVeto, isVetoClause, isVetoException, isDetermination,
} from '../generated/ast.js';

/** The file a node belongs to. */
export function modelOf(node: AstNode): Model | undefined {
    const root = AstUtils.findRootNode(node);
    return isModel(root) ? root : undefined;
}

/** The rule document declared in a file (a file declares at most one). */
export function documentOfModel(model: Model | undefined): Document | undefined {
    return model?.parts.find(isDocument);
}

/** Declarations of the file that holds `doc`: its subjects, types and rules. */
export function declarationsOf(doc: Document | undefined): TopLevel[] {
    const model = doc ? modelOf(doc) : undefined;
    return model ? model.parts.filter(p => !isDocument(p)) : [];
}

export function subjectMembers(subject: Subject | undefined): AstNode[] {
    return subject?.members ?? [];
}

/** The element subject of a list-typed fact (成员: 列表 领导干部 → 领导干部). */
export function listElementSubject(node: AstNode | undefined): Subject | undefined {
    if (isRef(node)) {
        const target = node.member?.ref ?? node.target?.ref;
        if (isFact(target)) return target.type?.listOf?.ref;
    }
    return undefined;
}

/** The subject whose facts a rule or derived value reads. */
export function contextSubject(node: AstNode): Subject | undefined {
    const rule = AstUtils.getContainerOfType(node, isRule);
    if (rule) return rule.subject?.ref;
    const derived = AstUtils.getContainerOfType(node, isDerived);
    if (derived) return derived.$container;
    return undefined;
}

/** Binder subjects that enclose a node, innermost first (任一 成员 …, 计数(成员 当 …)). */
export function enclosingElementSubjects(node: AstNode): Subject[] {
    const result: Subject[] = [];
    let child: AstNode | undefined = node;
    let current = node.$container;
    while (current) {
        if (isAggregate(current) && current.body === child) {
            const s = listElementSubject(current.collection);
            if (s) result.push(s);
        } else if (isVetoClause(current) && current.condition === child) {
            const s = listElementSubject(current.over);
            if (s) result.push(s);
        } else if (isVetoException(current) && current.condition === child) {
            const s = exceptionElementSubject(current.targets.map(t => t?.ref));
            if (s) result.push(s);
        }
        child = current;
        current = current.$container;
    }
    return result;
}

export function exceptionElementSubject(targets: (VetoClause | undefined)[]): Subject | undefined {
    for (const clause of targets) {
        const s = clause ? listElementSubject(clause.over) : undefined;
        if (s) return s;
    }
    return undefined;
}

/** The values a typed thing can take: enum/scale values, or a grade's band labels. */
export function valuesOf(node: AstNode | undefined): AstNode[] {
    if (isFact(node)) return valuesOfType(node.type);
    if (isEnumeration(node) || isScale(node)) return node.values;
    if (isGrade(node)) return node.bands;
    if (isDetermination(node)) return node.rows;
    return [];
}

export function valuesOfType(type: TypeRef | undefined): AstNode[] {
    const decl = type?.named?.ref;
    return isTypeDecl(decl) ? decl.values : [];
}

export function factsOf(subject: Subject | undefined): Fact[] {
    return subject?.members?.filter(isFact) ?? [];
}

export function vetoOf(node: AstNode): AstNode | undefined {
    return AstUtils.getContainerOfType(node, isVeto);
}

export function isSubjectNode(node: AstNode | undefined): node is Subject {
    return isSubject(node);
}
