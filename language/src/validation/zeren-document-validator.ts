import type { Diagnostic } from 'vscode-languageserver-types';
import type {
    AstNode, AstReflection, LangiumCoreServices, LangiumDocument, ParseResult, ReferenceInfo, RootCstNode, Scope, ScopeProvider, ValidationAcceptor,
    ValidationOptions,
} from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator, GrammarAST } from 'langium';
import type { Message } from '@zeren/model';
import { message, render } from '@zeren/model';
import { currentLang, messageData } from './diagnostic-conversion.js';
import { closestName } from './closest-name.js';
import { wordSyntaxError } from './syntax-messages.js';

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
        const text = (parseResult.value.$cstNode as RootCstNode | undefined)?.fullText ?? '';
        for (let i = start; i < diagnostics.length; i++) {
            const original = String(diagnostics[i].message);
            const error = parseResult.parserErrors.find(e => e.message === original);
            if (!error) {
                this.relabel(diagnostics[i], message('syntax-unexpected', ''));
                continue;
            }
            const worded = wordSyntaxError(error, text);
            this.relabel(diagnostics[i], worded.message, worded.family);
            if (worded.at !== undefined) {
                const at = positionAt(text, worded.at);
                diagnostics[i].range = { start: at, end: at };
            }
        }
    }

    /**
     * One mistake, one diagnostic: after a syntax error, the rest of that top-level construct is
     * misread (a missing 对 主体 leaves every name in the rule unresolved), so later diagnostics of
     * the same construct are knock-on errors and are dropped. A construct starts on a line that
     * begins at column 1.
     */
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const isSyntax = (d: Diagnostic) => /^(syntax-|lex-error$|nesting-too-deep$|parser-failed$)/.test(String(d.code ?? ''));
        if (!diagnostics.some(isSyntax)) return diagnostics;
        const starts = constructStarts(document.textDocument.getText());
        const region = (line: number) => {
            let lo = 0, hi = starts.length - 1, found = -1;
            while (lo <= hi) {
                const mid = (lo + hi) >> 1;
                if (starts[mid]! <= line) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return found;
        };
        const broken = new Set<number>();
        const kept: Diagnostic[] = [];
        for (const d of [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)) {
            const r = region(d.range.start.line);
            if (broken.has(r)) continue;
            if (isSyntax(d)) broken.add(r);
            kept.push(d);
        }
        return diagnostics.filter(d => kept.includes(d));
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
            const suggestion = !glued && info?.reference.$refText === refText ? this.closestNameSafely(refText, info) : undefined;
            if (glued) this.relabel(diagnostics[i], message('keyword-glued', refText, glued));
            else if (suggestion) this.relabel(diagnostics[i], message('unresolved-reference-suggest', refText, suggestion), 'unresolved-reference');
            else this.relabel(diagnostics[i], message('unresolved-reference', refText));
        }
        // A value of an unknown fact (所受党纪处份 = 警告) cannot be typed: its own linking error is a knock-on.
        const holders = new Set<AstNode>();
        const knockOn = new Set<number>();
        failed.forEach((r, k) => {
            const container = r.error?.info.container;
            if (!container) return;
            if (holders.has(container.$container as AstNode) || holders.has(container)) knockOn.add(start + k);
            holders.add(container);
        });
        for (const i of [...knockOn].sort((a, b) => b - a)) if (i < diagnostics.length) diagnostics.splice(i, 1);
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
     * The keyword glued to a name (非甲 = 非 + 甲, 甲且非乙 = 甲 且 非 乙), if splitting at it leaves a
     * name that resolves where the reference stands; an unknown name that merely contains a keyword
     * (网络评价得分) is an unknown reference, not a glued keyword.
     */
    private gluedKeyword(refText: string, info: ReferenceInfo): string | undefined {
        let scope: Scope | undefined;
        const resolves = (part: string) => {
            if (!part.trim()) return false;
            scope ??= this.scopeProvider.getScope(info);
            return !!scope.getElement(part.trim());
        };
        for (const k of this.keywords) {
            if (refText.length <= k.length) continue;
            for (let at = refText.indexOf(k); at >= 0; at = refText.indexOf(k, at + 1)) {
                if (resolves(refText.slice(0, at)) || resolves(refText.slice(at + k.length))) return k;
            }
        }
        return undefined;
    }

    /** A name in scope a small typo away from the unknown one (did-you-mean); failures only lose the hint. */
    private closestNameSafely(refText: string, info: ReferenceInfo): string | undefined {
        try {
            return closestName(refText, this.scopeProvider.getScope(info).getAllElements().map(e => e.name));
        } catch (e) {
            console.error('An error occurred while looking for a similar name:', e);
            return undefined;
        }
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

    /** The message in the current language; `code` keeps a diagnostic in its family when the wording is more specific. */
    private relabel(d: Diagnostic, msg: Message, code: string = msg.code): void {
        d.message = render(msg, currentLang());
        d.code = code;
        d.data = { ...(d.data as object | undefined), ...messageData(msg), code };
    }
}

/** Lines (0-based) where a top-level construct starts: a line beginning at column 1 that is not a comment or a closing brace. */
function constructStarts(text: string): number[] {
    const starts: number[] = [0];
    text.split('\n').forEach((line, i) => {
        if (i > 0 && /^[^\s}\/]/u.test(line)) starts.push(i);
    });
    return starts;
}

function positionAt(text: string, offset: number): { line: number; character: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
