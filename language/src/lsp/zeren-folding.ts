import type { AstNode, LangiumDocument } from 'langium';
import type { FoldingRangeAcceptor } from 'langium/lsp';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';
import { forEachChild, forEachLeaf } from './tree-walk.js';

/**
 * Langium's folding ranges (every node spanning three lines or more, then multi-line comments),
 * walking the AST and the CST without its lazy streams: the same ranges in the same order.
 * Langium's shouldProcess and shouldProcessContent hooks are not overridden here, so not consulted.
 */
export class ZerenFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        const root = document.parseResult?.value;
        if (!root) return;
        const visit = (node: AstNode): void => {
            this.collectObjectFolding(document, node, acceptor);
            forEachChild(node, visit);
        };
        forEachChild(root, visit);
        this.collectCommentFolding(document, root, acceptor);
    }

    protected override collectCommentFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        if (!node.$cstNode) return;
        forEachLeaf(node.$cstNode, leaf => {
            if (!this.commentNames.includes(leaf.tokenType.name)) return;
            const range = this.toFoldingRange(document, leaf, FoldingRangeKind.Comment);
            if (range) acceptor(range);
        });
    }
}
