import type { AstNode } from 'langium';
import type { DerivedIR, DocumentIR, FileIR, RuleIR, SubjectIR, ZerenDiagnostic } from '@zeren/model';
import { parseCitation } from '@zeren/model';
import type { Derived, Model, Rule } from '../generated/ast.js';
import { isDerived, isDocument, isEnumeration, isRule, isScale, isScenarioSuite, isSubject } from '../generated/ast.js';
import { LoweringContext } from './lowering-context.js';
import { lowerDocument } from './lower-document.js';
import type { ExprScope } from './lower-expression.js';
import { lowerExpression } from './lower-expression.js';
import { declareRule, lowerRuleBody } from './lower-rules.js';
import { lowerSuite } from './lower-scenario.js';
import { declareSubject, emptyDerived, lowerFactDefaults, lowerFacts, lowerTypeDecl } from './lower-subjects.js';

export interface LoweredFile {
    ir: FileIR;
    diagnostics: ZerenDiagnostic[];
    irOf: Map<AstNode, unknown>;
}

/**
 * Lowers one file's AST to the semantic model. Declarations first (documents, types, subjects,
 * facts, rule shells), then bodies, so references never depend on declaration order.
 * `lookupForeign` finds the IR of nodes in other files (a scenario's rule file).
 */
export function lowerFile(model: Model, uri: string, lookupForeign: (node: AstNode) => unknown, hasSyntaxErrors = false): LoweredFile {
    const ctx = new LoweringContext(uri, lookupForeign);
    // After a syntax error the parser recovers with partial nodes (missing names, numbers,
    // references); the syntax error is what the user needs to see, so parts that cannot be
    // lowered are skipped. Without syntax errors, a failure here is a defect and must surface.
    const guard = <T>(fn: () => T): T | undefined => {
        try {
            return fn();
        } catch (e) {
            if (hasSyntaxErrors) return undefined;
            throw e;
        }
    };
    const documents = model.parts.filter(isDocument);
    const declarations = model.parts.filter(p => !isDocument(p) && !isScenarioSuite(p));
    documents.slice(1).forEach(d => ctx.error(d, 'name', 'multiple-documents'));
    const docNode = documents[0];
    if (!docNode && declarations.length) ctx.error(declarations[0], 'name', 'rules-without-document');
    const doc: DocumentIR | undefined = docNode ? guard(() => lowerDocument(docNode, ctx)) : undefined;
    const docName = doc?.name ?? '';

    guard(() => reportDuplicateNames(model, ctx));
    for (const part of declarations) {
        guard(() => {
            if (isEnumeration(part) || isScale(part)) doc?.types.push(lowerTypeDecl(part, docName, ctx));
            else if (isSubject(part)) { const subject = declareSubject(part, docName, ctx); doc?.subjects.push(subject); }
        });
    }
    // Facts before defaults: a list fact's type names a subject declared anywhere in the file.
    for (const part of declarations) if (isSubject(part)) guard(() => lowerFacts(part, ctx));
    for (const part of declarations) if (isSubject(part)) guard(() => lowerFactDefaults(part, ctx));
    const rules: RuleIR[] = [];
    // A rule's 对 is looked up among every declaration: a type or rule named there is an error, not a subject.
    const subjectOf = (part: Rule) => (isSubject(part.subject?.ref) ? ctx.ir<SubjectIR>(part.subject.ref) : undefined);
    for (const part of declarations) {
        if (!isRule(part)) continue;
        if (part.subject?.ref && !isSubject(part.subject.ref)) ctx.error(part, 'subject', 'rule-subject-not-subject', part.subject.$refText);
        const subject = subjectOf(part);
        const rule = subject ? guard(() => declareRule(part, docName, subject, ctx)) : undefined;
        if (rule) rules.push(rule);
    }
    const resolveDerived = derivedResolver(ctx);
    for (const part of declarations) {
        if (isSubject(part)) for (const m of part.members) if (isDerived(m)) guard(() => resolveDerived(m));
    }
    for (const part of declarations) {
        if (!isRule(part)) continue;
        const subject = subjectOf(part);
        guard(() => lowerRuleBody(part, { subject, resolveDerived }, ctx));
    }
    doc?.rules.push(...rules);
    const suites = model.parts.filter(isScenarioSuite).flatMap(s => guard(() => lowerSuite(s, ctx)) ?? []);
    return { ir: { uri, documents: doc ? [doc] : [], suites }, diagnostics: ctx.diagnostics, irOf: ctx.irOf };
}

/**
 * Derived values built on derived values this deep are no measure (the corpus has two levels); the
 * lowering and the evaluator follow such chains recursively, so a longer one is rejected here.
 */
export const MAX_DERIVED_DEPTH = 100;

/** Derived values are lowered on first use, with cycle detection and a bound on chain depth. */
function derivedResolver(ctx: LoweringContext): (node: AstNode) => DerivedIR | undefined {
    const inProgress: Derived[] = [];
    /** Length of the longest chain of derived values each one rests on (itself included). */
    const depth = new Map<AstNode, number>();
    /** The deepest derived value read so far by each value in progress. */
    const deepestRead: number[] = [];
    const used = (node: AstNode, ir: DerivedIR | undefined): DerivedIR | undefined => {
        if (deepestRead.length > 0) deepestRead[deepestRead.length - 1] = Math.max(deepestRead[deepestRead.length - 1], depth.get(node) ?? 1);
        return ir;
    };
    const resolve = (node: AstNode): DerivedIR | undefined => {
        if (!isDerived(node)) return undefined;
        const done = ctx.irOf.get(node) as DerivedIR | undefined;
        if (done) return used(node, depth.get(node)! > MAX_DERIVED_DEPTH ? undefined : done);
        const foreign = ctx.lookupForeign(node) as DerivedIR | undefined;
        if (foreign) return foreign;
        if (inProgress.includes(node)) {
            const cycle = [...inProgress.slice(inProgress.indexOf(node)), node].map(d => d.name).join(' → ');
            ctx.error(node, 'name', 'derived-cycle', cycle);
            return undefined;
        }
        if (inProgress.length >= MAX_DERIVED_DEPTH) {
            ctx.error(node, 'name', 'derived-too-deep', node.name, MAX_DERIVED_DEPTH);
            return undefined;
        }
        inProgress.push(node);
        deepestRead.push(0);
        const subject = ctx.ir<SubjectIR>(node.$container);
        const scope: ExprScope = { subject, resolveDerived: resolve };
        const expr = lowerExpression(node.expr, scope, ctx);
        inProgress.pop();
        depth.set(node, deepestRead.pop()! + 1);
        const ir: DerivedIR = {
            ...emptyDerived(node.name, node.$container.name, ctx, node),
            expr,
            type: expr.type,
            citation: node.citation ? parseCitation(node.citation) : undefined,
            sourceText: node.sourceText,
            notes: node.notes,
        };
        ctx.irOf.set(node, ir);
        if (depth.get(node)! > MAX_DERIVED_DEPTH) {
            // Reported once, at the first value beyond the bound; values built on it are not used either.
            if (depth.get(node) === MAX_DERIVED_DEPTH + 1) ctx.error(node, 'name', 'derived-too-deep', node.name, MAX_DERIVED_DEPTH);
            return used(node, undefined);
        }
        subject?.derived.push(ir);
        return used(node, ir);
    };
    return resolve;
}

function reportDuplicateNames(model: Model, ctx: LoweringContext): void {
    const seen = new Map<string, AstNode>();
    for (const part of model.parts) {
        if (isDocument(part) || isScenarioSuite(part)) continue;
        if (seen.has(part.name)) ctx.error(part, 'name', 'duplicate-name', part.name);
        else seen.set(part.name, part);
    }
    // In a rule's conditions a fact of its subject hides a rule of the same name, so `非 公车`
    // would silently read the fact: such a rule name is an error.
    for (const part of model.parts) {
        if (!isRule(part)) continue;
        const subject = part.subject?.ref;
        const member = subject?.members?.find(m => m.name === part.name);
        if (member) ctx.error(part, 'name', 'rule-shadowed', part.name, subject!.name);
    }
}
