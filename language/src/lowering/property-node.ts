import type { AstNode, CstNode, GrammarAST } from 'langium';
import { AstUtils, GrammarAST as Grammar, isCompositeCstNode } from 'langium';

/**
 * The CST node of a property of an AST node, as Langium's GrammarUtils.findNodeForProperty finds
 * it (the index-th node assigned to the property, the last if there are fewer), faster: the
 * assignment a grammar element belongs to is looked up once per grammar element rather than once
 * per CST node visited, and the search stops at the node wanted. Lowering asks for the location
 * of almost every name and value it lowers.
 */
export function findNodeForProperty(node: CstNode, property: string, index = 0): CstNode | undefined {
    const found: CstNode[] = [];
    const wanted = Math.max(0, index);
    collect(node, property, node.astNode, true, found, wanted);
    return found.length ? found[Math.min(wanted, found.length - 1)] : undefined;
}

/** Grammar element → the feature of the assignment containing it (null: none). */
const featureOf = new WeakMap<GrammarAST.AbstractElement, string | null>();

function assignedFeature(source: GrammarAST.AbstractElement | undefined): string | null {
    if (!source) return null;
    let feature = featureOf.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, Grammar.isAssignment)?.feature ?? null;
        featureOf.set(source, feature);
    }
    return feature;
}

/** Depth-first like Langium's search; returns true once the wanted node is found. */
function collect(node: CstNode, property: string, owner: AstNode, first: boolean, found: CstNode[], wanted: number): boolean {
    if (!first && assignedFeature(node.grammarSource) === property) {
        found.push(node);
        return found.length > wanted;
    }
    if (isCompositeCstNode(node) && node.astNode === owner) {
        for (const child of node.content) if (collect(child, property, owner, false, found, wanted)) return true;
    }
    return false;
}
