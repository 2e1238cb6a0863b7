import type { AstNode, LeafCstNode } from 'langium';
import { AstUtils, GrammarAST } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { forEachLeaf } from './tree-walk.js';
import type { ZerenLspServices } from './zeren-lsp-module.js';

/** Token type of a declaration or of the target of a reference, by construct. */
export const BY_TYPE: Record<string, string> = {
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
        forEachLeaf(node.$cstNode, leaf => {
            if (leaf.hidden) return;
            const type = this.tokenType(leaf);
            if (type) acceptor({ cst: leaf, type: type.type, modifier: type.modifier });
        });
        return 'prune';
    }

    private tokenType(leaf: LeafCstNode): Highlight | undefined {
        const source = leaf.grammarSource;
        // What the grammar alone decides, looked up once per keyword or token type: the file has
        // tens of thousands of leaves but only a few hundred kinds of them.
        const kind = source && GrammarAST.isKeyword(source) ? keywordKind(source) : terminalKind(leaf.tokenType.name);
        if (kind !== 'ID' && kind !== 'CLAUSE_LABEL') return kind;
        const targets = this.zeren.references.References.findDeclarations(leaf);
        const target = targets[0];
        if (!target) return kind === 'CLAUSE_LABEL' ? { type: SemanticTokenTypes.macro } : undefined;
        const type = BY_TYPE[target.$type];
        if (!type) return undefined;
        const declaration = target === leaf.astNode;
        return { type, modifier: declaration ? SemanticTokenModifiers.declaration : undefined };
    }
}

interface Highlight { type: string; modifier?: string }
/** A fixed colour, none, or a name coloured by what it declares or refers to. */
type Kind = Highlight | 'ID' | 'CLAUSE_LABEL' | undefined;

const KEYWORD: Highlight = { type: SemanticTokenTypes.keyword };
const OPERATOR: Highlight = { type: SemanticTokenTypes.operator };
const BY_TERMINAL: Record<string, Kind> = {
    CITATION: { type: SemanticTokenTypes.decorator },
    STRING: { type: SemanticTokenTypes.string },
    INT: { type: SemanticTokenTypes.number },
    DECIMAL: { type: SemanticTokenTypes.number },
    DATE: { type: SemanticTokenTypes.number },
    ID: 'ID',
    CLAUSE_LABEL: 'CLAUSE_LABEL',
};

const keywordKinds = new WeakMap<GrammarAST.Keyword, NonNullable<Kind>>();

function keywordKind(keyword: GrammarAST.Keyword): Kind {
    let kind = keywordKinds.get(keyword);
    if (!kind) keywordKinds.set(keyword, (kind = isKeywordName(keyword) ? 'ID' : WORD.test(keyword.value) ? KEYWORD : OPERATOR));
    return kind;
}

function terminalKind(name: string): Kind {
    return Object.hasOwn(BY_TERMINAL, name) ? BY_TERMINAL[name] : undefined;
}

/** A keyword written where a name is (a 认定 conclusion called 不适用): coloured as the name it is. */
function isKeywordName(keyword: GrammarAST.Keyword): boolean {
    return AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name === 'KeywordName';
}


