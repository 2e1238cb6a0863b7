import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range, ServerCapabilities, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { KEYWORDS, mutate, OPERATORS, tokenize } from './mutate.js';
import type { Rng } from './prng.js';

/**
 * What the LSP fuzzer sends: edits of open documents and requests at random positions. Every
 * choice is drawn from the seeded PRNG and depends only on the texts the fuzzer itself produced,
 * never on the server's answers (a code action merely carries the diagnostics last published),
 * so a seed replays the same sequence of messages; only their timing differs from run to run.
 */

/** The client's copy of an open document: edits and positions are computed against it. */
export class FuzzDoc {
    /** Same text model as the server's (vscode-languageserver-textdocument), so both apply edits alike. */
    private readonly mirror: TextDocument;
    /** Identifiers and numbers of the original text: tokens an editing user would type. */
    readonly words: string[];
    /** Recent earlier texts: positions computed on them are stale, as a slow client's are. */
    private readonly past: string[] = [];
    private version = 1;

    constructor(readonly rel: string, readonly uri: string, readonly original: string) {
        this.mirror = TextDocument.create(uri, 'zeren', 1, original);
        const tokens = tokenize(original).filter(t => /^[\u3400-\u9fff\uf900-\ufaff_a-zA-Z0-9]{2,}/.test(t));
        this.words = [...new Set(tokens)];
    }

    get text(): string {
        return this.mirror.getText();
    }

    get isOriginal(): boolean {
        return this.text === this.original;
    }

    apply(changes: TextDocumentContentChangeEvent[]): void {
        this.past.push(this.text);
        if (this.past.length > 8) this.past.shift();
        TextDocument.update(this.mirror, changes, ++this.version);
    }

    positionAt(offset: number): Position {
        return this.mirror.positionAt(offset);
    }

    offsetAt(position: Position): number {
        return this.mirror.offsetAt(position);
    }

    /** A position computed on an earlier version of the text (the current one if there is none). */
    stalePosition(r: Rng): Position {
        const text = this.past.length ? r.pick(this.past) : this.text;
        return TextDocument.create(this.uri, 'zeren', 0, text).positionAt(r.int(0, text.length));
    }

    lineLength(line: number): number {
        const start = this.mirror.offsetAt({ line, character: 0 });
        const end = line + 1 < this.mirror.lineCount ? this.mirror.offsetAt({ line: line + 1, character: 0 }) : this.text.length;
        return end - start;
    }

    get lineCount(): number {
        return this.mirror.lineCount;
    }
}

// ---------------------------------------------------------------------------------------------
// Edits

export type EditKind = 'insert' | 'replace' | 'delete' | 'duplicate-line' | 'truncate' | 'multi' | 'typing' | 'mutate' | 'paste-other' | 'empty' | 'revert';

/** One edit as the client sends it: one didChange notification per entry (typing sends several). */
export interface Edit { kind: EditKind; notifications: TextDocumentContentChangeEvent[][] }

const ODD = ['\u0000', '\u200b', '\ufeff', '\ud800', '\udc00', '😀', '𠀀', '\u202e', '\r', '\r\n', '\t', '\\', '〕', '〔', '（', '）', '＂', '“', '”', '·', 'Ⅻ', '１２', '\u3000'];

const EDIT_WEIGHTS: [EditKind, number][] = [
    ['insert', 20], ['replace', 10], ['delete', 12], ['duplicate-line', 6], ['truncate', 3], ['multi', 8], ['typing', 10],
    ['mutate', 12], ['paste-other', 2], ['empty', 1], ['revert', 10],
];

export function weighted<T>(r: Rng, table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((a, [, w]) => a + w, 0);
    let x = r.next() * total;
    for (const [value, w] of table) if ((x -= w) < 0) return value;
    return table[table.length - 1][0];
}

const digits = (r: Rng, n: number) => String(r.int(1, 9)) + Array.from({ length: n - 1 }, () => r.int(0, 9)).join('');

/** Text a user (or a paste, or a corrupted file) might put into the document. */
function token(r: Rng, doc: FuzzDoc, full: boolean): string {
    switch (r.int(0, 9)) {
        case 0: return ` ${r.pick(KEYWORDS)} `;
        case 1: case 2: return r.pick(doc.words.length ? doc.words : ['x']);
        case 3: return String.fromCodePoint(...Array.from({ length: r.int(1, 6) }, () => r.int(0x4e00, 0x9fff)));
        case 4: return r.pick(ODD).repeat(r.int(1, 3));
        case 5: return r.next() < 0.5 ? digits(r, r.int(20, full ? 1000 : 200)) : `${digits(r, r.int(1, 30))}.${digits(r, r.int(20, 200))}`;
        case 6: {
            const depth = r.int(5, full ? 2000 : 200);
            const [open, close] = r.pick([['(', ')'], ['{', '}'], ['[', ']'], ['（', '）']]);
            return `${open.repeat(depth)}${r.pick(doc.words.length ? doc.words : ['x'])}${r.next() < 0.7 ? close.repeat(depth) : ''}`;
        }
        case 7: return r.pick(['\n', '\n    ', '\n}\n', ' { ', ' } ', '"', '""', ' = ', ' ≥ ', '%', ';', '、', '..']);
        case 8: { const lines = doc.original.split('\n'); return `${r.pick(lines)}\n`; }
        default: return r.pick([`"${r.pick(doc.words.length ? doc.words : ['x'])}"`, `〔第${r.int(1, 99)}条〕`, `（${r.int(1, 9)}）`, `${r.int(0, 100)}%`, ` ${r.pick(['是', '否'])} `]);
    }
}

/** A range of the current text: mostly a few characters, sometimes a few lines, rarely a large block. */
function randomRange(r: Rng, doc: FuzzDoc): Range {
    const len = doc.text.length;
    const start = r.int(0, len);
    const x = r.next();
    const size = x < 0.7 ? r.int(1, 10) : x < 0.95 ? r.int(10, 300) : r.int(300, 5000);
    return { start: doc.positionAt(start), end: doc.positionAt(Math.min(len, start + size)) };
}

const at = (r: Rng, doc: FuzzDoc): Position => doc.positionAt(r.int(0, doc.text.length));
const caret = (p: Position): Range => ({ start: p, end: p });

/** An edit of `doc`; `others` are the other open documents' texts (for pastes of a whole file). */
export function edit(r: Rng, doc: FuzzDoc, others: readonly string[], full: boolean): Edit {
    const kind = weighted(r, EDIT_WEIGHTS);
    const one = (c: TextDocumentContentChangeEvent): Edit => ({ kind, notifications: [[c]] });
    switch (kind) {
        case 'insert': return one({ range: caret(at(r, doc)), text: token(r, doc, full) });
        case 'replace': return one({ range: randomRange(r, doc), text: token(r, doc, full) });
        case 'delete': return one({ range: randomRange(r, doc), text: '' });
        case 'duplicate-line': {
            const line = r.int(0, doc.lineCount - 1);
            const start = { line, character: 0 };
            const from = doc.offsetAt(start);
            const text = doc.text.slice(from, from + doc.lineLength(line));
            return one({ range: caret(start), text: text.endsWith('\n') ? text : `${text}\n` });
        }
        case 'truncate': return one({ range: { start: at(r, doc), end: doc.positionAt(doc.text.length) }, text: '' });
        case 'multi': {
            // Several changes in one notification, each against the text left by the previous one.
            const scratch = new FuzzDoc(doc.rel, doc.uri, doc.text);
            const changes: TextDocumentContentChangeEvent[] = [];
            for (let i = r.int(2, 4); i > 0; i--) {
                const c = { range: r.next() < 0.5 ? randomRange(r, scratch) : caret(at(r, scratch)), text: r.next() < 0.3 ? '' : token(r, scratch, full) };
                changes.push(c);
                scratch.apply([c]);
            }
            return { kind, notifications: [changes] };
        }
        case 'typing': {
            // One character per notification at a moving cursor, as a user types a word.
            const word = r.next() < 0.5 ? r.pick(KEYWORDS) : r.pick(doc.words.length ? doc.words : ['x']);
            const start = r.int(0, doc.text.length);
            const scratch = new FuzzDoc(doc.rel, doc.uri, doc.text);
            const notifications: TextDocumentContentChangeEvent[][] = [];
            let offset = start;
            for (const ch of [' ', ...word]) {
                const c = { range: caret(scratch.positionAt(offset)), text: ch };
                notifications.push([c]);
                scratch.apply([c]);
                offset += ch.length;
            }
            return { kind, notifications };
        }
        case 'mutate': {
            const base = r.next() < 0.5 ? doc.original : doc.text;
            return one({ text: mutate(base, r.pick(OPERATORS), r, full) });
        }
        case 'paste-other': return one({ text: r.pick(others.length ? others : [doc.original]) });
        case 'empty': return one({ text: '' });
        case 'revert': return one({ text: doc.original });
    }
}

// ---------------------------------------------------------------------------------------------
// Requests

export interface RequestOp { kind: string; method: string; params: unknown }

interface Context { r: Rng; doc: FuzzDoc; diagnostics: Diagnostic[]; commands: string[] }

/** A position in the current text (often on an identifier), a stale one, or one past the end. */
function position(r: Rng, doc: FuzzDoc): Position {
    const x = r.next();
    if (x < 0.45) {
        const word = r.pick(doc.words.length ? doc.words : ['x']);
        const found = doc.text.indexOf(word, r.int(0, doc.text.length));
        const offset = found >= 0 ? found + r.int(0, word.length) : r.int(0, doc.text.length);
        return doc.positionAt(offset);
    }
    if (x < 0.65) return at(r, doc);
    if (x < 0.85) return doc.stalePosition(r);
    const line = r.int(0, Math.max(0, doc.lineCount - 1));
    switch (r.int(0, 3)) {
        case 0: return { line: doc.lineCount + r.int(0, 50), character: r.int(0, 10) };
        case 1: return { line, character: doc.lineLength(line) + r.int(1, 500) };
        case 2: return { line: 2 ** 31 - 1, character: 2 ** 31 - 1 };
        default: return { line: 0, character: 2 ** 31 - 1 };
    }
}

function range(r: Rng, doc: FuzzDoc): Range {
    const a = position(r, doc), b = position(r, doc);
    const before = a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before ? { start: a, end: b } : { start: b, end: a };
}

const overlaps = (a: Range, b: Range) => !(a.end.line < b.start.line || b.end.line < a.start.line);

const formatting = (r: Rng) => ({ tabSize: r.pick([2, 4, 8]), insertSpaces: r.next() < 0.8 });

/** Names a rename might be asked for: plausible, reserved, empty, odd. */
function newName(r: Rng, doc: FuzzDoc): string {
    return r.pick([r.pick(doc.words.length ? doc.words : ['x']), '新名称', r.pick(KEYWORDS), '', ' ', 'a b', '"', '〔', r.pick(ODD), 'x'.repeat(2000), '名'.repeat(r.int(1, 40))]);
}

/** Scenario suite and scenario names as the text declares them (for plausible command arguments). */
function declared(doc: FuzzDoc): { suites: string[]; scenarios: string[] } {
    const suites = [...doc.text.matchAll(/场景集\s+(\S+)/g)].map(m => m[1]);
    const scenarios = [...doc.text.matchAll(/场景\s+"([^"\n]*)"/g)].map(m => m[1]);
    return { suites, scenarios };
}

function commandArguments(r: Rng, doc: FuzzDoc): unknown[] {
    const { suites, scenarios } = declared(doc);
    const suite = r.pick(suites.length ? suites : ['无此场景集']);
    const scenario = r.pick(scenarios.length ? scenarios : ['无此场景']);
    const lang = r.pick(['zh', 'en', undefined]);
    const plausible: unknown[][] = [
        [{ uri: doc.uri, lang }], [{ uri: doc.uri, suite, lang }], [{ uri: doc.uri, suite, scenario, lang }], [{ lang }], [],
    ];
    const garbage: unknown[][] = [
        [null], [42], ['text'], [true], [[]], [[doc.uri]], [{}], [{ uri: 42 }], [{ uri: null }], [{ uri: '' }], [{ uri: 'not a uri' }],
        [{ uri: 'file:///no/such/file.zeren' }], [{ uri: 'untitled:Untitled-1' }], [{ uri: 'http://example.com/x.zeren' }],
        [{ uri: 'file:///%zz' }], [{ uri: `${doc.uri}%` }], [{ uri: { path: '/x' } }], [{ uri: doc.uri, suite: 42, scenario: {} }],
        [{ uri: doc.uri, lang: 'fr' }], [{ uri: doc.uri, suite: [suite] }], [doc.uri, doc.uri], [{ uri: doc.uri }, 'extra', 1],
    ];
    return r.next() < 0.6 ? r.pick(plausible) : r.pick(garbage);
}

type Maker = (c: Context) => { method: string; params: unknown };

const td = (doc: FuzzDoc) => ({ textDocument: { uri: doc.uri } });

/** Requests by kind: the capability that must be advertised, and how to build the params. */
const REQUESTS: [string, (caps: ServerCapabilities) => unknown, Maker][] = [
    ['hover', c => c.hoverProvider, ({ r, doc }) => ({ method: 'textDocument/hover', params: { ...td(doc), position: position(r, doc) } })],
    ['completion', c => c.completionProvider, ({ r, doc }) => ({ method: 'textDocument/completion', params: { ...td(doc), position: position(r, doc), context: { triggerKind: 1 } } })],
    ['definition', c => c.definitionProvider, ({ r, doc }) => ({ method: 'textDocument/definition', params: { ...td(doc), position: position(r, doc) } })],
    ['references', c => c.referencesProvider, ({ r, doc }) => ({ method: 'textDocument/references', params: { ...td(doc), position: position(r, doc), context: { includeDeclaration: r.next() < 0.5 } } })],
    ['documentHighlight', c => c.documentHighlightProvider, ({ r, doc }) => ({ method: 'textDocument/documentHighlight', params: { ...td(doc), position: position(r, doc) } })],
    ['documentSymbol', c => c.documentSymbolProvider, ({ doc }) => ({ method: 'textDocument/documentSymbol', params: td(doc) })],
    ['foldingRange', c => c.foldingRangeProvider, ({ doc }) => ({ method: 'textDocument/foldingRange', params: td(doc) })],
    ['formatting', c => c.documentFormattingProvider, ({ r, doc }) => ({ method: 'textDocument/formatting', params: { ...td(doc), options: formatting(r) } })],
    ['rangeFormatting', c => c.documentRangeFormattingProvider, ({ r, doc }) => ({ method: 'textDocument/rangeFormatting', params: { ...td(doc), range: range(r, doc), options: formatting(r) } })],
    ['onTypeFormatting', c => c.documentOnTypeFormattingProvider, ({ r, doc }) => ({ method: 'textDocument/onTypeFormatting', params: { ...td(doc), position: position(r, doc), ch: r.pick(['}', '\n']), options: formatting(r) } })],
    ['semanticTokens', c => c.semanticTokensProvider, ({ doc }) => ({ method: 'textDocument/semanticTokens/full', params: td(doc) })],
    ['semanticTokensRange', c => c.semanticTokensProvider && (c.semanticTokensProvider as { range?: unknown }).range, ({ r, doc }) => ({ method: 'textDocument/semanticTokens/range', params: { ...td(doc), range: range(r, doc) } })],
    ['inlayHint', c => c.inlayHintProvider, ({ r, doc }) => ({ method: 'textDocument/inlayHint', params: { ...td(doc), range: r.next() < 0.5 ? { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } } : range(r, doc) } })],
    ['codeLens', c => c.codeLensProvider, ({ doc }) => ({ method: 'textDocument/codeLens', params: td(doc) })],
    ['codeAction', c => c.codeActionProvider, ({ r, doc, diagnostics }) => {
        const where = range(r, doc);
        // The diagnostics last published for the file (possibly for an older version), as an editor sends them.
        const x = r.next();
        const context = x < 0.5 ? diagnostics.filter(d => overlaps(d.range, where)) : x < 0.8 ? diagnostics : diagnostics.slice(0, 1);
        return { method: 'textDocument/codeAction', params: { ...td(doc), range: where, context: { diagnostics: context, triggerKind: r.pick([1, 2]) } } };
    }],
    ['prepareRename', c => typeof c.renameProvider === 'object' && c.renameProvider.prepareProvider, ({ r, doc }) => ({ method: 'textDocument/prepareRename', params: { ...td(doc), position: position(r, doc) } })],
    ['rename', c => c.renameProvider, ({ r, doc }) => ({ method: 'textDocument/rename', params: { ...td(doc), position: position(r, doc), newName: newName(r, doc) } })],
    ['workspaceSymbol', c => c.workspaceSymbolProvider, ({ r, doc }) => ({ method: 'workspace/symbol', params: { query: r.pick(['', r.pick(doc.words.length ? doc.words : ['x']), r.pick(ODD), '领导']) } })],
    ['executeCommand', c => c.executeCommandProvider?.commands.length, ({ r, doc, commands }) => ({ method: 'workspace/executeCommand', params: { command: r.pick(commands), arguments: commandArguments(r, doc) } })],
];

export interface RequestKind { kind: string; make: Maker }

/** The request kinds this server advertises, with weights (commands are rarer: they evaluate whole files). */
export function advertisedRequests(caps: ServerCapabilities): [RequestKind, number][] {
    return REQUESTS.filter(([, cap]) => cap(caps)).map(([kind, , make]) => [{ kind, make }, kind === 'executeCommand' ? 3 : 5]);
}

export function request(r: Rng, kinds: [RequestKind, number][], doc: FuzzDoc, diagnostics: Diagnostic[], commands: string[]): RequestOp {
    const { kind, make } = weighted(r, kinds);
    return { kind, ...make({ r, doc, diagnostics, commands }) };
}
