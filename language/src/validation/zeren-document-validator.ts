import type { Diagnostic } from 'vscode-languageserver-types';
import type { LangiumCoreServices, LangiumDocument, ParseResult, ValidationOptions } from 'langium';
import { DefaultDocumentValidator, GrammarAST, AstUtils } from 'langium';
import type { Message } from '@zeren/model';
import { message, render } from '@zeren/model';
import { currentLang, messageData } from './diagnostic-conversion.js';

/**
 * Replaces Chevrotain's and Langium's English-only syntax and linking messages with coded
 * zh/en messages; ranges are computed by Langium as before.
 */
export class ZerenDocumentValidator extends DefaultDocumentValidator {
    private readonly keywords: string[];

    constructor(services: LangiumCoreServices) {
        super(services);
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
        for (let i = start; i < diagnostics.length; i++) {
            const refText = String((diagnostics[i].data as { refText?: string } | undefined)?.refText ?? '');
            const glued = this.keywords.find(k => refText.length > k.length && (refText.startsWith(k) || refText.endsWith(k)));
            this.relabel(diagnostics[i], glued ? message('keyword-glued', refText, glued) : message('unresolved-reference', refText));
        }
    }

    private relabel(d: Diagnostic, msg: Message): void {
        d.message = render(msg, currentLang());
        d.code = msg.code;
        d.data = { ...(d.data as object | undefined), ...messageData(msg) };
    }
}

function syntaxMessage(chevrotainMessage: string, image: string): Message {
    const expected = /Expecting token of type --> (.+?) <--/.exec(chevrotainMessage)?.[1]
        ?? /Expecting: (?:one of these possible Token sequences:)?\s*([\s\S]+?)\s*but found/.exec(chevrotainMessage)?.[1]?.replace(/\s+/g, ' ');
    if (!image) return message('syntax-end');
    return expected ? message('syntax-expected', expected.slice(0, 120), image) : message('syntax-unexpected', image);
}
