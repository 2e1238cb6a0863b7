import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { DefaultScopeComputation, MultiMap } from 'langium';
import { isDocument, isModel, isScenarioSuite } from '../generated/ast.js';

/**
 * Only documents and scenario suites are visible across files. Everything else is reached
 * through a document (see zeren-scope-provider.ts), so two revisions of one rule set can sit
 * side by side without their rule names colliding.
 */
export class ZerenScopeComputation extends DefaultScopeComputation {
    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        if (isDocument(node) || isScenarioSuite(node)) super.addExportedSymbol(node, exports, document);
    }

    /**
     * Langium's local symbols are read only by the references the scope provider hands to
     * Langium: references to a 文件 document, which is declared at the top of a file. Describing
     * every named node of the file instead (Langium's default) cost a fifth of a parse per
     * keystroke on a 20,000-line file.
     */
    override async collectLocalSymbols(document: LangiumDocument): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const root = document.parseResult.value;
        if (isModel(root)) {
            for (const part of root.parts) if (isDocument(part)) this.addLocalSymbol(part, document, symbols);
        }
        return symbols;
    }
}
