import type { AstNode, CstNode } from 'langium';
import { DefaultNameProvider } from 'langium';
import { findNodeForProperty } from '../lowering/property-node.js';

/**
 * Langium's name provider with a faster search for the name's CST node (same result as
 * GrammarUtils.findNodeForProperty). The outline, semantic tokens and reference lookups ask for
 * the name node of nearly every declaration; Langium's search costs most of their time on large files.
 */
export class ZerenNameProvider extends DefaultNameProvider {
    override getNameNode(node: AstNode): CstNode | undefined {
        return node.$cstNode ? findNodeForProperty(node.$cstNode, 'name') : undefined;
    }
}
