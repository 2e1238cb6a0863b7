import type { AstNode, AstNodeDescription, MaybePromise, TextDocument } from 'langium';
import { AstUtils, GrammarAST } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionValueItem, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import { isRecordValue, isScenario, isSubject } from '../generated/ast.js';
import type { ZerenServices } from '../zeren-module.js';
import type { ZerenLspServices } from './zeren-lsp-module.js';
import { isLiteral, rankFor, slotBefore, valueKind } from './completion-slots.js';
import { irOf } from './ir-lookup.js';
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
    constructor(private readonly services: ZerenLspServices) {
        super(services);
    }

    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (next.type === 'FactValue' && context.node) {
            const owner = enclosingFactOwner(context.node);
            if (owner && owner !== context.node) return super.completionForCrossReference({ ...context, node: owner }, next, acceptor);
        }
        if (next.property !== 'target') return super.completionForCrossReference(context, next, acceptor);
        // Collect the candidates in scope, then keep those that fit the slot and rank them.
        const offered: [CompletionContext, CompletionValueItem][] = [];
        const done = super.completionForCrossReference(context, next, (c, item) => offered.push([c, item]));
        const rank = () => this.typedAndRanked(context, offered).forEach(([c, item]) => acceptor(c, item));
        return done instanceof Promise ? done.then(rank) : rank();
    }

    /** Candidates that fit the expected type of the slot, same-subject facts first (sortText). */
    private typedAndRanked(context: CompletionContext, offered: [CompletionContext, CompletionValueItem][]): [CompletionContext, CompletionValueItem][] {
        const slot = slotBefore(context.textDocument.getText().slice(0, context.tokenOffset));
        const described = offered.map(([c, item]) => ({ c, item, d: 'nodeDescription' in item ? item.nodeDescription : undefined }));
        const kindOf = (d: AstNodeDescription) => valueKind(this.services, d);
        const left = slot.kind === 'like' ? described.find(x => x.d?.name === slot.left && !isLiteral(x.d)) : undefined;
        const leftKind = left?.d ? kindOf(left.d) : undefined;
        const subject = ruleSubject(context.node);
        const kept: [CompletionContext, CompletionValueItem][] = [];
        for (const { c, item, d } of described) {
            if (!d) { kept.push([c, item]); continue; }
            const r = rankFor(slot, kindOf(d), isLiteral(d), leftKind);
            if (r === undefined) continue;
            const own = subject && subjectOf(this.services, d) === subject ? 0 : 1;
            kept.push([c, { ...item, sortText: `${r}${own}${d.name}` }]);
        }
        // A slot whose left side or kind could not be read never empties the list.
        return kept.length || slot.kind === 'any' ? kept : offered;
    }

    /**
     * 不适用 is offered where it is a keyword (a scenario status), not where the grammar merely lets
     * a label be called so (the KeywordName rule): there the user is naming something.
     */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword) || AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name === 'KeywordName') return false;
        // In a numeric slot only what makes a number: 计数, 合计, 最小, 最大.
        return slotBefore(context.textDocument.getText().slice(0, context.tokenOffset)).kind !== 'number' || NUMERIC_KEYWORDS.has(keyword.value);
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

const NUMERIC_KEYWORDS = new Set(['计数', '合计', '最小', '最大']);

/** The subject a rule (or derived value) at the cursor is about: its facts are offered first. */
function ruleSubject(node: AstNode | undefined): string | undefined {
    for (let n = node; n; n = n.$container) {
        const subject = (n as { subject?: { $refText?: string } }).subject;
        if (subject?.$refText) return subject.$refText;
        if (isSubject(n)) return n.name;
    }
    return undefined;
}

function subjectOf(services: ZerenServices, d: AstNodeDescription): string | undefined {
    if (d.type !== 'Fact' && d.type !== 'Derived') return undefined;
    return irOf<{ subject?: string }>(services, d.node)?.subject;
}

function enclosingFactOwner(node: AstNode): AstNode | undefined {
    for (let n: AstNode | undefined = node; n; n = n.$container) {
        if (isScenario(n) || isRecordValue(n)) return n;
    }
    return undefined;
}
