import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, DefaultNameProvider, DefaultReferences, EmptyFileSystem, GrammarAST, isLeafCstNode, URI } from 'langium';
import type { LangiumServices, SemanticTokenAcceptor } from 'langium/lsp';
import { DefaultDocumentSymbolProvider, DefaultFoldingRangeProvider } from 'langium/lsp';
import { beforeAll, describe, expect, it } from 'vitest';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { generateLargeRuleFile } from '../../bench/lib/large-file.js';
import { forEachChild, forEachLeaf } from '../../language/src/lsp/tree-walk.js';
import { createZerenServices, type ZerenLspServices } from '../../language/src/lsp/zeren-lsp-module.js';
import { BY_TYPE, ZerenSemanticTokenProvider } from '../../language/src/lsp/zeren-semantic-tokens.js';
import { ROOT } from './lsp-harness.js';

// The outline, folding and semantic tokens are requested after every keystroke, so Zeren answers
// them with faster code than Langium's (zeren-document-symbols.ts, zeren-folding.ts, tree-walk.ts,
// the name provider): each must give exactly what Langium's gives, on every example file and on a
// generated large rule file (the benchmark's).

let services: ZerenLspServices;
let documents: LangiumDocument[];

beforeAll(async () => {
    const created = createZerenServices({ ...EmptyFileSystem });
    services = created.Zeren;
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = created.shared.workspace;
    const examples = join(ROOT, 'examples');
    const files = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.zeren')).sort();
    const texts = files.map(f => [f, readFileSync(join(examples, f), 'utf8')] as const);
    const large = generateLargeRuleFile(4000);
    // No example has a block comment, which folds too.
    const commented = `/* 说明\n   第二行\n*/\n${large.replace('\n}\n', '\n}\n/* 一\n二\n三 */\n')}`;
    texts.push(['generated/large.zeren', large], ['generated/commented.zeren', commented]);
    documents = texts.map(([f, text]) => LangiumDocumentFactory.fromString(text, URI.file(`/ws/${f}`)));
    for (const document of documents) LangiumDocuments.addDocument(document);
    await DocumentBuilder.build(documents, { validation: true });
}, 120_000);

/** Langium's own name provider and reference service, for the providers to be compared against. */
function langiumReferences() {
    const NameProvider = new DefaultNameProvider();
    const References = new DefaultReferences({ ...partsOf(services), references: { NameProvider } } as unknown as LangiumServices);
    return { NameProvider, References };
}

function partsOf(s: ZerenLspServices) {
    return { Grammar: s.Grammar, shared: s.shared, workspace: s.workspace, parser: s.parser, lsp: s.lsp };
}

const params = (document: LangiumDocument) => ({ textDocument: { uri: document.uri.toString() } });

describe('editor views on every example and a generated large file', () => {
    it('has documents to compare, all of them parsed', () => {
        expect(documents.length).toBeGreaterThan(100);
        for (const document of documents) expect(document.parseResult.parserErrors, document.uri.path).toEqual([]);
    });

    it('walks the AST and the CST in the order of Langium\'s streams', () => {
        for (const document of documents) {
            const root = document.parseResult.value;
            for (const node of AstUtils.streamAst(root)) {
                const children: AstNode[] = [];
                forEachChild(node, child => children.push(child));
                expect(children).toEqual(AstUtils.streamContents(node).toArray());
            }
            const leaves: unknown[] = [];
            forEachLeaf(root.$cstNode!, leaf => leaves.push(leaf));
            expect(leaves).toEqual(CstUtils.flattenCst(root.$cstNode!).toArray());
        }
    });

    it('finds the name node of every node as Langium\'s name provider does', () => {
        const langium = new DefaultNameProvider();
        let named = 0;
        for (const document of documents) {
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                const expected = langium.getNameNode(node);
                expect(services.references.NameProvider.getNameNode(node)).toBe(expected);
                if (expected) named++;
            }
        }
        expect(named).toBeGreaterThan(1000);
    });

    it('gives Langium\'s outline', async () => {
        const langium = new DefaultDocumentSymbolProvider({ ...partsOf(services), references: langiumReferences() } as unknown as LangiumServices);
        for (const document of documents) {
            const expected = await langium.getSymbols(document, params(document));
            expect(await services.lsp.DocumentSymbolProvider!.getSymbols(document, params(document))).toEqual(expected);
        }
    });

    it('gives Langium\'s folding ranges', async () => {
        const langium = new DefaultFoldingRangeProvider(services);
        let comments = 0;
        for (const document of documents) {
            const expected = await langium.getFoldingRanges(document, params(document));
            comments += expected.filter(r => r.kind === 'comment').length;
            expect(await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, params(document))).toEqual(expected);
        }
        expect(comments).toBeGreaterThan(0);
    });

    it('gives the semantic tokens of the plain per-leaf classification with Langium\'s walk and references', async () => {
        const langium = new PlainSemanticTokens({ ...partsOf(services), references: langiumReferences() } as unknown as ZerenLspServices);
        for (const document of documents) {
            const expected = await langium.semanticHighlight(document, params(document));
            const actual = await services.lsp.SemanticTokenProvider!.semanticHighlight(document, params(document));
            expect(actual.data.length).toBeGreaterThan(0);
            expect(actual.data).toEqual(expected.data);
        }
    });
});

/** The classification before it was cached per keyword and token type: each leaf decided on its own. */
class PlainSemanticTokens extends ZerenSemanticTokenProvider {
    constructor(private readonly plain: ZerenLspServices) {
        super(plain);
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): 'prune' | void {
        if (node.$container || !node.$cstNode) return 'prune';
        for (const leaf of CstUtils.flattenCst(node.$cstNode)) {
            if (leaf.hidden) continue;
            const type = this.plainType(leaf);
            if (type) acceptor({ cst: leaf, type: type.type, modifier: type.modifier });
        }
        return 'prune';
    }

    private plainType(leaf: CstNode): { type: string; modifier?: string } | undefined {
        const source = leaf.grammarSource;
        const keywordAsName = GrammarAST.isKeyword(source) && AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name === 'KeywordName';
        if (GrammarAST.isKeyword(source) && !keywordAsName) {
            return /[\p{L}]/u.test(source.value) ? { type: SemanticTokenTypes.keyword } : { type: SemanticTokenTypes.operator };
        }
        const terminal = keywordAsName ? 'ID' : isLeafCstNode(leaf) ? leaf.tokenType?.name : undefined;
        if (terminal === 'CITATION') return { type: SemanticTokenTypes.decorator };
        if (terminal === 'STRING') return { type: SemanticTokenTypes.string };
        if (terminal === 'INT' || terminal === 'DECIMAL' || terminal === 'DATE') return { type: SemanticTokenTypes.number };
        if (terminal === 'CLAUSE_LABEL' || terminal === 'ID') {
            const target = this.plain.references.References.findDeclarations(leaf)[0];
            if (!target) return terminal === 'CLAUSE_LABEL' ? { type: SemanticTokenTypes.macro } : undefined;
            const type = BY_TYPE[target.$type];
            if (!type) return undefined;
            return { type, modifier: target === leaf.astNode ? SemanticTokenModifiers.declaration : undefined };
        }
        return undefined;
    }
}
