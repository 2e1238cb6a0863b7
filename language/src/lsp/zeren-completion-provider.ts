import type { AstNode, MaybePromise, TextDocument } from 'langium';
import { AstUtils, GrammarAST } from 'langium';
import type { CompletionAcceptor, CompletionContext, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import { isRecordValue, isScenario } from '../generated/ast.js';
import { firstTooDeep } from '../parser/guarded-parser.js';

/** Real rule files nest a few levels; the completion parser overflows the stack past about a hundred. */
const COMPLETION_MAX_NESTING = 64;

/**
 * Langium builds a synthetic node for a reference that does not exist yet and hangs it under the
 * node before the cursor — inside a scenario's 事实 block that is often the previous fact
 * value, not the scenario. The scope provider finds a fact's subject through its container,
 * so the synthetic fact value is re-hung under the enclosing scenario (or list record).
 */
export class ZerenCompletionProvider extends DefaultCompletionProvider {
    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (next.type === 'FactValue' && context.node) {
            const owner = enclosingFactOwner(context.node);
            if (owner && owner !== context.node) return super.completionForCrossReference({ ...context, node: owner }, next, acceptor);
        }
        return super.completionForCrossReference(context, next, acceptor);
    }

    /**
     * 不适用 is offered where it is a keyword (a scenario status), not where the grammar merely lets
     * a label be called so (the KeywordName rule): there the user is naming something.
     */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return super.filterKeyword(context, keyword) && AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name !== 'KeywordName';
    }

    /**
     * Langium re-parses the text before the cursor with a second parser, which the parser guard
     * (parser/guarded-parser.ts) does not wrap and which recurses deeper per bracket than the main
     * parser: a hundred-odd nested brackets overflow the stack (an InternalError, found by the LSP
     * fuzzer), and where the limit is hit decides which RangeError surfaces. A position nested
     * deeper than any real rule file gets no completions without parsing; a RangeError from the
     * parser anywhere else gives none either. The completion parser resets its state at the start
     * of every parse, so later requests are unaffected.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        if (firstTooDeep(document.getText().slice(0, offset), COMPLETION_MAX_NESTING) !== undefined) return [];
        try {
            return super.findFeaturesAt(document, offset);
        } catch (e) {
            if (e instanceof RangeError) return [];
            throw e;
        }
    }
}

function enclosingFactOwner(node: AstNode): AstNode | undefined {
    for (let n: AstNode | undefined = node; n; n = n.$container) {
        if (isScenario(n) || isRecordValue(n)) return n;
    }
    return undefined;
}
