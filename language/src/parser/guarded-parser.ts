import type { AstNode, CstNode, LangiumCoreServices, LangiumParser, ParseResult } from 'langium';
import { AstUtils, createLangiumParser } from 'langium';

/**
 * Nesting a file may have: far beyond real rule files (a few levels), and far below what overflows
 * the stack. The parser recurses some ten frames per bracket and overflowed at about 85 brackets
 * (Node's default stack), so brackets — and runs of 非, about a sixth of a bracket each — stop at 40.
 */
export const MAX_NESTING = 40;
/** A run of 非 costs the parser about a sixth of what a bracket does. */
const NOTS_PER_LEVEL = 6;
/**
 * Depth of the syntax tree after parsing: chains (x 且 x 且 …) parse in a loop but build a tree as
 * deep as the chain, which linking, lowering and the evaluator walk recursively (3,000 overflowed).
 */
export const MAX_TREE_DEPTH = 400;
/**
 * Operators (且 / 或) in one statement, counted before parsing: a chain of about 10,000 makes the
 * parser itself fail, before the tree could be measured; far above MAX_TREE_DEPTH, so shorter
 * chains are still reported where the tree gets too deep.
 */
const MAX_CHAIN = 2_000;

export const NESTING_TOO_DEEP = 'zeren:nesting-too-deep';
export const PARSER_FAILED = 'zeren:parser-failed';

/**
 * The Langium parser, guarded: a file nested deeper than MAX_NESTING brackets is rejected before
 * parsing (Chevrotain recurses once per level and would overflow the stack), one whose tree is
 * deeper than MAX_TREE_DEPTH after parsing too, both as `nesting-too-deep` where the nesting
 * starts; and a parser failure on other pathological input becomes a syntax error on the file
 * instead of an exception.
 */
export function createGuardedParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    linearHiddenNodes(parser);
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        const deep = firstTooDeep(input);
        if (deep !== undefined) return failure(parse('', options), input, deep, `${NESTING_TOO_DEEP}:${MAX_NESTING}`);
        const chain = firstTooLongChain(input);
        if (chain !== undefined) return failure(parse('', options), input, chain, `${NESTING_TOO_DEEP}:${MAX_TREE_DEPTH}`);
        try {
            const result = parse(input, options);
            const tooDeep = firstBeyondDepth(result.value as AstNode, MAX_TREE_DEPTH);
            if (tooDeep === undefined) return result;
            return failure(parse('', options), input, tooDeep, `${NESTING_TOO_DEEP}:${MAX_TREE_DEPTH}`);
        } catch (e) {
            if (!(e instanceof RangeError || e instanceof TypeError || /Parser stack/.test(String((e as Error).message)))) throw e;
            resetParserState(parser);
            return failure(parse('', options), input, 0, PARSER_FAILED);
        }
    }) as LangiumParser['parse'];
    return parser;
}

interface CstBuilder {
    current: { content: unknown[]; container?: CstBuilder['current'] };
    rootNode: CstBuilder['current'];
    createLeafNode(token: unknown, hidden: boolean): unknown;
    appendChildren(parent: unknown, children: unknown[]): void;
    insertChildren(parent: unknown, index: number, children: unknown[]): void;
}

/**
 * Langium attaches the whitespace before a node by finding that node among its parent's children
 * with indexOf, from the front: for the items of a long list (an event log of 100,000 dates) that
 * made parsing quadratic (8–11 s). The node being built is its parent's last child, so the same
 * search from the back (lastIndexOf) finds it at once; the placement is Langium's own.
 */
function linearHiddenNodes(parser: LangiumParser): void {
    const builder = (parser as unknown as { nodeBuilder?: CstBuilder }).nodeBuilder;
    if (!builder || typeof builder.insertChildren !== 'function') return;
    (builder as unknown as { addHiddenNodes(tokens: unknown[]): void }).addHiddenNodes = function (this: CstBuilder, tokens: unknown[]) {
        const nodes = tokens.map(token => this.createLeafNode(token, true));
        let current = this.current;
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren(this.rootNode, 0, nodes);
    };
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

/** Offset of a node deeper than `limit` in the tree (walked without recursion), if any. */
function firstBeyondDepth(root: AstNode | undefined, limit: number): number | undefined {
    if (!root) return undefined;
    const stack: [AstNode, number][] = [[root, 0]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop()!;
        if (depth > limit) return node.$cstNode?.offset ?? 0;
        for (const child of AstUtils.streamContents(node)) stack.push([child, depth + 1]);
    }
    return undefined;
}

/** The keyword 非 standing alone (not inside an identifier such as 非法). */
function isNot(text: string, i: number): boolean {
    return standsAlone(text, i, '非');
}

function standsAlone(text: string, i: number, word: string): boolean {
    return text[i] === word && !IDENTIFIER_CHAR.test(text[i - 1] ?? ' ') && !IDENTIFIER_CHAR.test(text[i + 1] ?? ' ');
}

/**
 * Offset of the operator (且 / 或) that makes one statement's chain longer than MAX_CHAIN, outside
 * strings and comments. A statement ends at { } ; and at a line that starts at column 0 (the next
 * construct of a rule without braces).
 */
function firstTooLongChain(text: string): number | undefined {
    let run = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') i = skipString(text, i);
        else if (c === '/' && text[i + 1] === '/') {
            i = text.indexOf('\n', i);
            if (i < 0) return undefined;
            i--;
        } else if (c === '/' && text[i + 1] === '*') {
            i = text.indexOf('*/', i + 2);
            if (i < 0) return undefined;
            i++;
        } else if (c === '{' || c === '}' || c === ';' || (c === '\n' && !/[ \t]/.test(text[i + 1] ?? ' '))) run = 0;
        else if ((standsAlone(text, i, '且') || standsAlone(text, i, '或')) && ++run > MAX_CHAIN) return i;
    }
    return undefined;
}
const IDENTIFIER_CHAR = /[_a-zA-Z0-9\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3007\u00B7]/;

/**
 * Offset where the nesting exceeds `limit` levels, outside strings and comments: brackets count one
 * level each, and a run of 非 (with only spaces and brackets between) one level per NOTS_PER_LEVEL.
 */
export function firstTooDeep(text: string, limit = MAX_NESTING): number | undefined {
    let depth = 0;
    let nots = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (isNot(text, i)) {
            if (depth + Math.floor(++nots / NOTS_PER_LEVEL) > limit) return i;
            continue;
        }
        if (c !== ' ' && c !== '\t' && c !== '(' && c !== '\n' && c !== '\r') nots = 0;
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
            if (++depth + Math.floor(nots / NOTS_PER_LEVEL) > limit) return i;
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
