import type { CstNode, LangiumCoreServices, LangiumParser, ParseResult } from 'langium';
import { createLangiumParser } from 'langium';

/** Deeper than any real rule file (they nest a few levels); deep enough to stay far from the stack limit. */
export const MAX_NESTING = 200;

export const NESTING_TOO_DEEP = 'zeren:nesting-too-deep';
export const PARSER_FAILED = 'zeren:parser-failed';

/**
 * The Langium parser, guarded: a file nested deeper than MAX_NESTING brackets is rejected before
 * parsing (Chevrotain recurses once per level and would overflow the stack), and a parser
 * failure on pathological input becomes a syntax error on the file instead of an exception.
 */
export function createGuardedParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        const deep = firstTooDeep(input);
        if (deep !== undefined) return failure(parse('', options), input, deep, NESTING_TOO_DEEP);
        try {
            return parse(input, options);
        } catch (e) {
            if (!(e instanceof RangeError || e instanceof TypeError || /Parser stack/.test(String((e as Error).message)))) throw e;
            resetParserState(parser);
            return failure(parse('', options), input, 0, PARSER_FAILED);
        }
    }) as LangiumParser['parse'];
    return parser;
}

/**
 * After an exception mid-parse the parser still holds the half-built node stack; the next file
 * parsed would fail with "Parser stack is not empty". Clear what Langium would have cleared.
 */
function resetParserState(parser: LangiumParser): void {
    const state = parser as unknown as { stack?: unknown[]; unorderedGroups?: Map<unknown, unknown>; lexerResult?: unknown; nodeBuilder?: { nodeStack?: unknown[] } };
    if (Array.isArray(state.stack)) state.stack.length = 0;
    state.unorderedGroups?.clear();
    state.lexerResult = undefined;
    if (Array.isArray(state.nodeBuilder?.nodeStack)) state.nodeBuilder.nodeStack.length = 0;
}

/** Offset of the first bracket that opens level `limit` + 1, outside strings and comments. */
export function firstTooDeep(text: string, limit = MAX_NESTING): number | undefined {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            i = skipString(text, i);
        } else if (c === '/' && text[i + 1] === '/') {
            i = text.indexOf('\n', i);
            if (i < 0) return undefined;
        } else if (c === '/' && text[i + 1] === '*') {
            i = text.indexOf('*/', i + 2);
            if (i < 0) return undefined;
            i++;
        } else if (c === '(' || c === '[' || c === '{') {
            if (++depth > limit) return i;
        } else if ((c === ')' || c === ']' || c === '}') && depth > 0) {
            depth--;
        }
    }
    return undefined;
}

function skipString(text: string, start: number): number {
    for (let i = start + 1; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '"' || text[i] === '\n') return i;
    }
    return text.length;
}

/** An empty model carrying one syntax error at `offset`, so every service still gets a valid tree. */
function failure<T>(empty: ParseResult<T>, text: string, offset: number, message: string): ParseResult<T> {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const token = {
        image: text[offset] ?? '', startOffset: offset, endOffset: offset, startLine: line, endLine: line,
        startColumn: column, endColumn: column, tokenTypeIdx: 0, tokenType: undefined as never,
    };
    const error = { name: 'ZerenParserGuard', message, token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] } };
    // The tree stands for `text`, not for '': Langium re-parses a file only when its new text differs
    // from the tree's full text, so emptying a rejected file would otherwise keep this error.
    const root = (empty.value as { $cstNode?: CstNode } | undefined)?.$cstNode?.root;
    if (root) Object.defineProperty(root, 'fullText', { value: text });
    return { ...empty, parserErrors: [error as unknown as ParseResult<T>['parserErrors'][number]], lexerErrors: [] };
}
