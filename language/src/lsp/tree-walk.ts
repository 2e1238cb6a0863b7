import type { AstNode, CstNode, LeafCstNode } from 'langium';
import { isAstNode, isCompositeCstNode, isLeafCstNode } from 'langium';

// Plain recursive walks in the order of Langium's lazy streams, which allocate iterator state per
// node and per property: on a 20,000-line file the editor's outline, folding and colouring
// requests spent much of their time in them.

/** The direct children of an AST node, in AstUtils.streamContents order (properties in key order). */
export function forEachChild(node: AstNode, visit: (child: AstNode) => void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(node)) {
        if (property.charCodeAt(0) === DOLLAR) continue;
        const value = record[property];
        if (isAstNode(value)) visit(value);
        else if (Array.isArray(value)) for (const element of value) if (isAstNode(element)) visit(element);
    }
}

/** The leaves of a CST, hidden ones included, in CstUtils.flattenCst order. */
export function forEachLeaf(node: CstNode, visit: (leaf: LeafCstNode) => void): void {
    if (isCompositeCstNode(node)) for (const child of node.content) forEachLeaf(child, visit);
    else if (isLeafCstNode(node)) visit(node);
}

/** `$type`, `$container`, `$cstNode`…: Langium's own properties, never children. */
const DOLLAR = '$'.charCodeAt(0);
