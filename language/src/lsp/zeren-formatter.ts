import type { LangiumDocument } from 'langium';
import type { DocumentFormattingParams, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, FormattingOptions, TextEdit } from 'vscode-languageserver';
import type { Formatter } from 'langium/lsp';
import { formatText } from './format-text.js';

/**
 * Whole-line formatting: indentation follows brace depth and annotation continuations; text
 * inside lines (Chinese identifiers, quoted source text, citations) is never touched. Works on
 * files with syntax errors too, because it reads only brackets, strings and comments.
 */
export class ZerenFormatter implements Formatter {
    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document, params.options);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const { start, end } = params.range;
        return this.edits(document, params.options, start.line, end.line);
    }

    formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): TextEdit[] {
        // Re-indent only the line where `}` was typed, or the new line after Enter.
        return this.edits(document, params.options, params.position.line, params.position.line);
    }

    get formatOnTypeOptions() {
        return { firstTriggerCharacter: '}', moreTriggerCharacter: ['\n'] };
    }

    private edits(document: LangiumDocument, options: FormattingOptions, first = 0, last = Number.MAX_SAFE_INTEGER): TextEdit[] {
        const text = document.textDocument.getText();
        const unit = options.insertSpaces === false ? '\t' : ' '.repeat(options.tabSize || 4);
        const formatted = formatText(text, unit);
        const before = text.split(/\r?\n/);
        const after = formatted.split('\n');
        const edits: TextEdit[] = [];
        // Line-for-line edits while the line structure matches; blank-line collapsing may shift it.
        if (before.length === after.length) {
            for (let i = Math.max(0, first); i <= Math.min(last, before.length - 1); i++) {
                if (before[i] !== after[i]) {
                    edits.push({ range: { start: { line: i, character: 0 }, end: { line: i, character: before[i].length } }, newText: after[i] });
                }
            }
            return edits;
        }
        const end = document.textDocument.positionAt(text.length);
        return formatted === text ? [] : [{ range: { start: { line: 0, character: 0 }, end }, newText: formatted }];
    }
}
