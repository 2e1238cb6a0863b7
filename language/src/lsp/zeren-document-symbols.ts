import type { AstNode, LangiumDocument } from 'langium';
import type { DocumentSymbol } from 'vscode-languageserver';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import { forEachChild } from './tree-walk.js';

/**
 * Langium's outline, walking the tree without its lazy streams (the name nodes come from the
 * fast ZerenNameProvider): the same symbols. The editor asks for it after every keystroke, and a
 * 20,000-line file has some 30,000 nodes to walk.
 */
export class ZerenDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override getChildSymbols(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] | undefined {
        const children: DocumentSymbol[] = [];
        forEachChild(astNode, child => {
            for (const symbol of this.getSymbol(document, child)) children.push(symbol);
        });
        return children.length > 0 ? children : undefined;
    }
}
