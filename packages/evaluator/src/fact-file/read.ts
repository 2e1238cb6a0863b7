import type { Document, Node as YamlNode } from 'yaml';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { message } from '@zeren/model';
import type { FactFileError } from './types.js';
import { jsonPath } from './types.js';
import { jsonSyntaxMessage, yamlSyntaxMessage } from './wording.js';

/**
 * Reading a fact file (JSON or YAML) into plain values with their source positions. Every
 * user-named key lands in a null-prototype object, so `__proto__` is kept as a key like any
 * other (and reported if the subject has no such fact). Numbers keep their source text, so
 * decimals are read exactly and `.nan`, `.inf`, `1e400` are named as written.
 */
export interface FactTree {
    data: unknown;
    /** Exact source text of numeric scalars, by JSON path. */
    numberText: Map<string, string>;
    locate(path: (string | number)[]): { line: number; column: number };
}

/** Values aliases may expand to before the file is taken for an alias bomb ("billion laughs"). */
export const MAX_ALIAS_VALUES = 100_000;

/** `json`: strict JSON (default: by the file's extension); `lineOffset`: lines before the text (a line of a JSON Lines file). */
export function readFactTree(text: string, fileName: string, options: { json?: boolean; lineOffset?: number } = {}): FactTree | FactFileError {
    const lineOffset = options.lineOffset ?? 0;
    if (options.json ?? /\.json$/i.test(fileName)) {
        try {
            JSON.parse(text);
        } catch (e) {
            const libraryText = (e as Error).message;
            return { path: '', ...positionOf(text, jsonErrorOffset(text, libraryText), lineOffset), message: jsonSyntaxMessage(fileName, libraryText) };
        }
    }
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset: number) => {
        const lp = lineCounter.linePos(offset);
        return { line: lp.line + lineOffset, column: lp.col };
    };
    if (doc.errors.length) {
        const err = doc.errors[0];
        return { path: '', ...at(err.pos[0]), message: yamlSyntaxMessage(fileName, err.code) };
    }
    const numberText = new Map<string, string>();
    const budget = { aliasValues: 0 };
    let data: unknown;
    try {
        data = toPlain(doc, doc.contents, [], numberText, budget, false);
    } catch (e) {
        if (e instanceof AliasBomb) return { path: '', ...at(e.offset), message: message('fact-file-alias-bomb', fileName, MAX_ALIAS_VALUES) };
        throw e;
    }
    const locate = (path: (string | number)[]) => {
        for (let n = path.length; n >= 0; n--) {
            const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
            if (node?.range) return at(node.range[0]);
        }
        return at(0);
    };
    return { data, numberText, locate };
}

class AliasBomb extends Error {
    constructor(readonly offset: number) {
        super('alias bomb');
    }
}

/** The document as plain values: null-prototype objects for maps, arrays, scalars. */
function toPlain(doc: Document, node: unknown, path: (string | number)[], numbers: Map<string, string>, budget: { aliasValues: number }, viaAlias: boolean): unknown {
    if (viaAlias && ++budget.aliasValues > MAX_ALIAS_VALUES) throw new AliasBomb((node as YamlNode).range?.[0] ?? 0);
    if (isAlias(node)) {
        const target = node.resolve(doc);
        if (!target) return null;
        return toPlain(doc, target, path, numbers, budget, true);
    }
    if (isScalar(node)) {
        if (typeof node.value === 'number' && node.source !== undefined && !viaAlias) numbers.set(jsonPath(path), String(node.source));
        return node.value;
    }
    if (isMap(node)) {
        const out: Record<string, unknown> = Object.create(null);
        for (const pair of node.items) {
            const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
            const p = [...path, key];
            Object.defineProperty(out, key, { value: toPlain(doc, pair.value, p, numbers, budget, viaAlias), enumerable: true, writable: true, configurable: true });
        }
        return out;
    }
    if (isSeq(node)) return node.items.map((item, i) => toPlain(doc, item, [...path, i], numbers, budget, viaAlias));
    return node ?? null;
}

/** Where JSON.parse stopped: its "position N" when it says, else the first stray token outside strings. */
function jsonErrorOffset(text: string, libraryText: string): number {
    const pos = /position (\d+)/.exec(libraryText);
    if (pos) return Number(pos[1]);
    if (/Unexpected end/.test(libraryText)) return text.length;
    const token = /Unexpected token '?(.)'?/.exec(libraryText)?.[1];
    if (token) {
        let inString = false;
        for (let i = 0; i < text.length; i++) {
            const c = text[i];
            if (inString) {
                if (c === '\\') i++;
                else if (c === '"') inString = false;
            } else if (c === '"') inString = true;
            else if (c === token && !withinLiteral(text, i)) return i;
        }
    }
    return 0;
}

/** Letters of true/false/null are not the stray token JSON.parse means. */
function withinLiteral(text: string, i: number): boolean {
    for (const word of ['true', 'false', 'null']) {
        for (let k = 0; k < word.length; k++) if (text.startsWith(word, i - k)) return true;
    }
    return false;
}

function positionOf(text: string, offset: number, lineOffset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length + lineOffset;
    return { line, column: offset - before.lastIndexOf('\n') };
}
