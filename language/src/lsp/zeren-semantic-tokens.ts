import type { AstNode, CstNode } from 'langium';
import { CstUtils, GrammarAST, isLeafCstNode } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { ZerenLspServices } from './zeren-lsp-module.js';

/** Token type of a declaration or of the target of a reference, by construct. */
const BY_TYPE: Record<string, string> = {
    Document: SemanticTokenTypes.namespace,
    Subject: SemanticTokenTypes.class,
    Fact: SemanticTokenTypes.property,
    Derived: SemanticTokenTypes.property,
    Enumeration: SemanticTokenTypes.enum,
    Scale: SemanticTokenTypes.enum,
    EnumValue: SemanticTokenTypes.enumMember,
    Band: SemanticTokenTypes.enumMember,
    Score: SemanticTokenTypes.function,
    Grade: SemanticTokenTypes.function,
    Veto: SemanticTokenTypes.function,
    Exclusion: SemanticTokenTypes.function,
    Consequence: SemanticTokenTypes.function,
    Component: SemanticTokenTypes.variable,
    BonusGroup: SemanticTokenTypes.variable,
    BonusItem: SemanticTokenTypes.variable,
    VetoClause: SemanticTokenTypes.macro,
    VetoException: SemanticTokenTypes.macro,
    ScenarioSuite: SemanticTokenTypes.namespace,
};

const WORD = /[\p{L}]/u;

/**
 * Colours every token from the parse tree, so Chinese keywords and identifiers get the same
 * colours as ASCII ones (TextMate grammars match by regex and cannot tell 好 the band from 好 in
 * a string). One pass over the CST leaves, in document order as the builder requires.
 */
export class ZerenSemanticTokenProvider extends AbstractSemanticTokenProvider {
    constructor(private readonly zeren: ZerenLspServices) {
        super(zeren);
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): 'prune' | void {
        if (node.$container || !node.$cstNode) return 'prune';
        for (const leaf of CstUtils.flattenCst(node.$cstNode)) {
            if (leaf.hidden) continue;
            const type = this.tokenType(leaf);
            if (type) acceptor({ cst: leaf, type: type.type, modifier: type.modifier });
        }
        return 'prune';
    }

    private tokenType(leaf: CstNode): { type: string; modifier?: string } | undefined {
        const source = leaf.grammarSource;
        if (GrammarAST.isKeyword(source)) {
            return WORD.test(source.value) ? { type: SemanticTokenTypes.keyword } : { type: SemanticTokenTypes.operator };
        }
        const terminal = terminalName(leaf);
        if (terminal === 'CITATION') return { type: SemanticTokenTypes.decorator };
        if (terminal === 'STRING') return { type: SemanticTokenTypes.string };
        if (terminal === 'INT' || terminal === 'DECIMAL' || terminal === 'DATE') return { type: SemanticTokenTypes.number };
        if (terminal === 'CLAUSE_LABEL' || terminal === 'ID') {
            const targets = this.zeren.references.References.findDeclarations(leaf);
            const target = targets[0];
            if (!target) return terminal === 'CLAUSE_LABEL' ? { type: SemanticTokenTypes.macro } : undefined;
            const type = BY_TYPE[target.$type];
            if (!type) return undefined;
            const declaration = target === leaf.astNode;
            return { type, modifier: declaration ? SemanticTokenModifiers.declaration : undefined };
        }
        return undefined;
    }
}

function terminalName(leaf: CstNode): string | undefined {
    if (!isLeafCstNode(leaf)) return undefined;
    const tokenType = leaf.tokenType?.name;
    return tokenType;
}


