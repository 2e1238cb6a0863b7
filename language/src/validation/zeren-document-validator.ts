import type { Diagnostic } from 'vscode-languageserver-types';
import type {
    AstNode, AstReflection, LangiumCoreServices, LangiumDocument, ParseResult, ReferenceInfo, Scope, ScopeProvider, ValidationAcceptor,
    ValidationOptions,
} from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator, GrammarAST } from 'langium';
import type { Message } from '@zeren/model';
import { message, render } from '@zeren/model';
import { currentLang, messageData } from './diagnostic-conversion.js';
import { MAX_NESTING, NESTING_TOO_DEEP, PARSER_FAILED } from '../parser/guarded-parser.js';

/**
 * Replaces Chevrotain's and Langium's English-only syntax and linking messages with coded
 * zh/en messages; ranges are computed by Langium as before.
 */
export class ZerenDocumentValidator extends DefaultDocumentValidator {
    private readonly keywords: string[];
    private readonly scopeProvider: ScopeProvider;
    private readonly reflection: AstReflection;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopeProvider = services.references.ScopeProvider;
        this.reflection = services.shared.AstReflection;
        this.keywords = AstUtils.streamAllContents(services.Grammar)
            .filter(GrammarAST.isKeyword)
            .map(k => k.value)
            .filter(k => /[\u3400-\u9fff]/.test(k))
            .distinct()
            .toArray()
            .sort((a, b) => b.length - a.length);
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        for (let i = start; i < diagnostics.length; i++) {
            const found = /->(.)<-/.exec(String(diagnostics[i].message))?.[1] ?? String(diagnostics[i].message);
            this.relabel(diagnostics[i], message('lex-error', found));
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        for (let i = start; i < diagnostics.length; i++) {
            const original = String(diagnostics[i].message);
            const error = parseResult.parserErrors.find(e => e.message === original);
            const image = error?.token.image ?? '';
            this.relabel(diagnostics[i], syntaxMessage(original, image));
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        // Langium reports one diagnostic per reference with a linking error, in this order.
        const failed = document.references.filter(r => r.error !== undefined);
        for (let i = start; i < diagnostics.length; i++) {
            const refText = String((diagnostics[i].data as { refText?: string } | undefined)?.refText ?? '');
            const info = failed[i - start]?.error?.info;
            const glued = info?.reference.$refText === refText ? this.gluedKeywordSafely(refText, info) : undefined;
            this.relabel(diagnostics[i], glued ? message('keyword-glued', refText, glued) : message('unresolved-reference', refText));
        }
    }

    /**
     * Langium runs linking-error processing outside its guarded validation: an exception here
     * would end the language server (the protocol fuzzer found one). The hint is optional, so a
     * failure is logged, as Langium logs failed checks, and the plain message stands.
     */
    private gluedKeywordSafely(refText: string, info: ReferenceInfo): string | undefined {
        try {
            return this.gluedKeyword(refText, info);
        } catch (e) {
            console.error('An error occurred while checking for a glued keyword:', e);
            return undefined;
        }
    }

    /**
     * The keyword glued to a name (非甲 = 非 + 甲), if splitting it off leaves a name that resolves
     * where the reference stands; an unknown name that merely ends in a keyword (网络评价得分) is
     * an unknown reference, not a glued keyword.
     */
    private gluedKeyword(refText: string, info: ReferenceInfo): string | undefined {
        let scope: Scope | undefined;
        for (const k of this.keywords) {
            if (refText.length <= k.length) continue;
            const rests = [refText.startsWith(k) ? refText.slice(k.length) : undefined, refText.endsWith(k) ? refText.slice(0, -k.length) : undefined];
            for (const rest of rests) {
                if (!rest) continue;
                scope ??= this.scopeProvider.getScope(info);
                if (scope.getElement(rest.trim())) return k;
            }
        }
        return undefined;
    }

    /**
     * Zeren registers its checks on the file's root (lowering and packages/checker do the rest),
     * so Langium's walk over every node of the file would look up checks and find none; on a
     * 20,000-line file that walk costs half as much as linking. A check registered for any other
     * node type brings the walk back.
     */
    protected override async validateAstNodes(root: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        if (!this.onlyRootChecked(root.$type, options)) return super.validateAstNodes(root, options, acceptor, cancelToken);
        if (!this.validateSingleNodeOptions(root, options).validateNode) return;
        for (const check of this.validationRegistry.getChecks(root.$type, options.categories)) await check(root, acceptor, cancelToken ?? Cancellation.CancellationToken.None);
    }

    private onlyRootChecked(rootType: string, options: ValidationOptions): boolean {
        return this.reflection.getAllTypes().every(type => type === rootType || this.validationRegistry.getChecks(type, options.categories).isEmpty());
    }

    private relabel(d: Diagnostic, msg: Message): void {
        d.message = render(msg, currentLang());
        d.code = msg.code;
        d.data = { ...(d.data as object | undefined), ...messageData(msg) };
    }
}

function syntaxMessage(chevrotainMessage: string, image: string): Message {
    if (chevrotainMessage.startsWith(NESTING_TOO_DEEP)) return message('nesting-too-deep', chevrotainMessage.split(':').pop() ?? MAX_NESTING);
    if (chevrotainMessage === PARSER_FAILED) return message('parser-failed');
    const expected = /Expecting token of type --> (.+?) <--/.exec(chevrotainMessage)?.[1]
        ?? /Expecting: (?:one of these possible Token sequences:)?\s*([\s\S]+?)\s*but found/.exec(chevrotainMessage)?.[1]?.replace(/\s+/g, ' ');
    if (!image) return message('syntax-end');
    return expected ? message('syntax-expected', expected.slice(0, 120), image) : message('syntax-unexpected', image);
}
