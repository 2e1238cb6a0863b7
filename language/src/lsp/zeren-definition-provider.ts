import type { LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import { DefaultDefinitionProvider } from 'langium/lsp';
import type { DefinitionParams } from 'vscode-languageserver';
import { LocationLink } from 'vscode-languageserver';
import { isDetermination, isExpectation, isExpectedDeadline, isGrade } from '../generated/ast.js';

/**
 * `期望 { 兼职程序 = 不适用 }` parses 不适用 as a deadline status (a keyword), so it is no reference
 * and Langium cannot follow it. When the expected rule is a 认定 or 等次 with a row or band of that
 * name (lowering reads it so), go to that row or band.
 */
export class ZerenDefinitionProvider extends DefaultDefinitionProvider {
    override getDefinition(document: LangiumDocument, params: DefinitionParams): ReturnType<DefaultDefinitionProvider['getDefinition']> {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const value = leaf?.astNode;
        if (leaf && isExpectedDeadline(value) && value.deadline === '不适用' && isExpectation(value.$container)) {
            const rule = value.$container.target?.ref;
            const named = isDetermination(rule) ? rule.rows : isGrade(rule) ? rule.bands : [];
            const target = named.find(n => n.name === value.deadline);
            const name = target && GrammarUtils.findNodeForProperty(target.$cstNode, 'name');
            if (target && name) {
                const targetDocument = AstUtils.getDocument(target);
                return [LocationLink.create(targetDocument.textDocument.uri, target.$cstNode!.range, name.range, leaf.range)];
            }
        }
        return super.getDefinition(document, params);
    }
}
