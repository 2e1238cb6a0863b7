import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { MessageCode, Severity, SourceLoc, ZerenDiagnostic } from '@zeren/model';
import { diag, NO_RANGE } from '@zeren/model';
import { findNodeForProperty } from './property-node.js';

/** What lowering one file needs: where its nodes are, and where to put what it finds. */
export class LoweringContext {
    readonly diagnostics: ZerenDiagnostic[] = [];
    /** AST node → the IR object lowered from it (facts, rules, clauses, values...). */
    readonly irOf = new Map<AstNode, unknown>();

    constructor(readonly uri: string, readonly lookupForeign: (node: AstNode) => unknown) {}

    loc(node: AstNode | undefined, property?: string, index?: number): SourceLoc {
        return locOf(node, property, index, this.uri);
    }

    report(severity: Severity, node: AstNode | undefined, property: string | undefined, code: MessageCode, ...args: (string | number)[]): ZerenDiagnostic {
        const d = diag(severity, this.loc(node, property), code, ...args);
        this.diagnostics.push(d);
        return d;
    }

    error(node: AstNode | undefined, property: string | undefined, code: MessageCode, ...args: (string | number)[]): ZerenDiagnostic {
        return this.report('error', node, property, code, ...args);
    }

    warning(node: AstNode | undefined, property: string | undefined, code: MessageCode, ...args: (string | number)[]): ZerenDiagnostic {
        return this.report('warning', node, property, code, ...args);
    }

    /** The IR of a node, from this file or (for scenarios) from the rule file it names. */
    ir<T>(node: AstNode | undefined): T | undefined {
        if (!node) return undefined;
        return (this.irOf.get(node) ?? this.lookupForeign(node)) as T | undefined;
    }
}

export function locOf(node: AstNode | undefined, property?: string, index?: number, fallbackUri = ''): SourceLoc {
    if (!node) return { uri: fallbackUri, range: NO_RANGE };
    let uri = fallbackUri;
    try {
        uri = AstUtils.getDocument(node).uri.toString();
    } catch {
        // nodes built outside a document (tests) keep the fallback
    }
    let cst: CstNode | undefined = node.$cstNode;
    if (property && cst) cst = findNodeForProperty(cst, property, index) ?? cst;
    return { uri, range: cst ? cst.range : NO_RANGE };
}

export function documentUri(doc: LangiumDocument): string {
    return doc.uri.toString();
}
