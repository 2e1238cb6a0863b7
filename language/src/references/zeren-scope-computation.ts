import type { AstNode, AstNodeDescription, LangiumDocument } from 'langium';
import { DefaultScopeComputation } from 'langium';
import { isDocument, isScenarioSuite } from '../generated/ast.js';

/**
 * Only documents and scenario suites are visible across files. Everything else is reached
 * through a document (see zeren-scope-provider.ts), so two revisions of one rule set can sit
 * side by side without their rule names colliding.
 */
export class ZerenScopeComputation extends DefaultScopeComputation {
    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        if (isDocument(node) || isScenarioSuite(node)) super.addExportedSymbol(node, exports, document);
    }
}
