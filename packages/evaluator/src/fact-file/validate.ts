import { z } from 'zod';
import type { FactIR, FactRecord, FactValue, Lang, SubjectIR } from '@zeren/model';
import { checkFactValue, factTypeText, message } from '@zeren/model';
import { parseDateTime } from '@zeren/time';
import { isIsoDate } from '@zeren/time';
import { readExactNumber, MAX_EXPONENT } from './exact-number.js';
import type { FactTree } from './read.js';
import type { FactFileError } from './types.js';
import { jsonPath } from './types.js';
import { SHAPE_ERRORS, shown } from './wording.js';

/**
 * Validation of fact files and batch rows against the subject's declared facts: the outer shape
 * with zod, then every value typed and range-checked; every problem is reported (field, line,
 * column), none thrown.
 */

/** Where a value was written; `file` when it is not the file being read (a list from a second CSV). */
export interface SourcePosition { line: number; column: number; file?: string }

/** One subject's raw facts and where each was written: a fact file, an element of a JSON array, a table row. */
export interface FactSource {
    /** Raw values by fact name (a null-prototype object), still untyped. */
    raw: Record<string, unknown>;
    /** Path of the facts within the source (['facts'] in a fact file, [] in a table row). */
    factsPath: (string | number)[];
    /** Exact source text of a number at this path; absent when the reader keeps none (JSON.parse, a table). */
    numberAt?(path: (string | number)[]): string | undefined;
    locate(path: (string | number)[]): SourcePosition;
}

export interface ParsedFactFile extends FactSource {
    subject?: string;
    /** Which document's rules, when several declare the subject. */
    document?: string;
    /** The row's name in a batch (label / 名称). */
    label?: string;
    year?: number;
    asOf?: string;
}

const Outer = z.object({
    subject: z.string().min(1).optional(),
    document: z.string().min(1).optional(),
    label: z.string().min(1).optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isIsoDate).optional(),
    facts: z.record(z.string(), z.unknown()),
}).strict();

function shapeErrorText(data: unknown, lang: Lang): string {
    const result = Outer.safeParse(data, { error: SHAPE_ERRORS[lang] });
    return result.success ? '' : result.error.issues[0].message;
}

/** The fact-file object at `prefix` of a read tree ([] for a whole file, [i] for an element of an array). */
export function factFileAt(tree: FactTree, data: unknown, prefix: (string | number)[]): ParsedFactFile | FactFileError {
    const outer = Outer.safeParse(data);
    const full = (p: (string | number)[]) => [...prefix, ...p];
    if (!outer.success) {
        const path = full(outer.error.issues[0].path as (string | number)[]);
        const name = jsonPath(path);
        const msg = name ? message('input-field', name, shapeErrorText(data, 'zh'), shapeErrorText(data, 'en')) : message('input-top-level', shapeErrorText(data, 'zh'), shapeErrorText(data, 'en'));
        return { path: name, ...tree.locate(path), message: msg };
    }
    // zod copies records into ordinary objects (losing a `__proto__` key): keep the reader's own.
    const raw = (data as Record<string, unknown>).facts as Record<string, unknown>;
    return {
        subject: outer.data.subject, document: outer.data.document, label: outer.data.label, year: outer.data.year, asOf: outer.data.asOf,
        raw, factsPath: ['facts'],
        numberAt: p => tree.numberText.get(jsonPath(full(p))),
        locate: p => tree.locate(full(p)),
    };
}

export function isFactFileError(x: unknown): x is FactFileError {
    return typeof x === 'object' && x !== null && 'message' in x && !('raw' in x);
}

/** Types the raw values against the subject's facts; every problem is reported, none thrown. */
export function typeFacts(file: FactSource, subject: SubjectIR): { values: Map<string, FactValue>; errors: FactFileError[] } {
    const errors: FactFileError[] = [];
    const values = typeRecord(file.raw, subject, file.factsPath, file, errors, false);
    return { values, errors };
}

/** Keys naming a list item rather than a fact. */
const ITEM_LABELS = new Set(['label', '姓名', '名称']);

function typeRecord(raw: Record<string, unknown>, subject: SubjectIR, path: (string | number)[], file: FactSource, errors: FactFileError[], item: boolean): Map<string, FactValue> {
    const values = new Map<string, FactValue>();
    for (const name of Object.keys(raw)) {
        const value = raw[name];
        if (item && ITEM_LABELS.has(name)) continue;
        const p = [...path, name];
        const fact = subject.facts.find(f => f.name === name);
        if (!fact) {
            errors.push(errorAt(file, p, message('fact-unknown', name, subject.name)));
            continue;
        }
        const typed = typeValue(fact, value, p, file, errors);
        if (!typed) continue;
        const problem = checkFactValue(fact, typed);
        if (problem) errors.push(errorAt(file, p, problem));
        else values.set(name, typed);
    }
    return values;
}

function errorAt(file: FactSource, path: (string | number)[], msg: FactFileError['message']): FactFileError {
    return { path: jsonPath(path), ...file.locate(path), message: msg };
}

function typeValue(fact: FactIR, value: unknown, path: (string | number)[], file: FactSource, errors: FactFileError[]): FactValue | undefined {
    const t = fact.type;
    const sourceText = () => (typeof value === 'number' ? file.numberAt?.(path) ?? String(value) : typeof value === 'string' ? value : undefined);
    const fail = (msg: FactFileError['message']) => {
        errors.push(errorAt(file, path, msg));
        return undefined;
    };
    const bad = () => fail(message('fact-file-type', fact.name, factTypeText(fact, 'zh'), factTypeText(fact, 'en'), shown(value, typeof value === 'number' ? file.numberAt?.(path) : undefined)));
    const number = (text: string | undefined): FactValue | undefined => {
        if (text === undefined) return bad();
        const read = readExactNumber(text);
        if (read.ok) return { kind: 'number', value: read.value };
        if (read.problem === 'not-finite') return fail(message('fact-not-finite', fact.name, text));
        if (read.problem === 'exponent') return fail(message('fact-exponent', fact.name, text, MAX_EXPONENT));
        return bad();
    };
    if (value === null) return t.kind === 'enum' || fact.optional ? { kind: 'absent' } : bad();
    switch (t.kind) {
        case 'int':
        case 'dec':
            return typeof value === 'number' || typeof value === 'string' ? number(sourceText()) : bad();
        case 'ratio': {
            if (typeof value === 'string') {
                const m = /^\s*(-?\d+)\s*\/\s*(\d+)\s*$/.exec(value);
                if (m) return { kind: 'ratio', num: BigInt(m[1]), den: BigInt(m[2]) };
                const percent = value.trimEnd().endsWith('%');
                const r = number(percent ? value.trimEnd().slice(0, -1) : value);
                return r && percent && r.kind === 'number' ? { kind: 'number', value: r.value.div(100) } : r;
            }
            return typeof value === 'number' ? number(sourceText()) : bad();
        }
        case 'bool':
            if (typeof value === 'boolean') return { kind: 'bool', value };
            if (value === '是' || value === 'true' || value === 'TRUE') return { kind: 'bool', value: true };
            if (value === '否' || value === 'false' || value === 'FALSE') return { kind: 'bool', value: false };
            return bad();
        case 'date':
            if (typeof value !== 'string' || !isIsoDate(value)) {
                if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return fail(message('fact-invalid-date', fact.name, value));
                return bad();
            }
            return { kind: 'date', value };
        case 'text':
            return typeof value === 'string' ? { kind: 'text', value } : bad();
        case 'datetime':
            if (typeof value === 'string' && checkMoment(value)) return value.includes('T') ? { kind: 'datetime', value } : { kind: 'date', value };
            return bad();
        case 'log': {
            if (!Array.isArray(value)) return bad();
            const items: string[] = [];
            for (let i = 0; i < value.length; i++) {
                const item = value[i];
                if (typeof item !== 'string' || !checkMoment(item)) {
                    errors.push(errorAt(file, [...path, i], message('invalid-date', String(item))));
                    return undefined;
                }
                items.push(item);
            }
            return { kind: 'log', items };
        }
        case 'enum': {
            if (typeof value !== 'string') return bad();
            if (value === '无' && t.optional) return { kind: 'absent' };
            const index = t.decl.values.indexOf(value);
            if (index < 0) return fail(message('value-not-in-type', value, t.decl.name));
            return { kind: 'enum', index, label: value };
        }
        case 'list': {
            let list = value;
            if (typeof value === 'string') {
                // A table cell holding the list as JSON.
                try {
                    list = JSON.parse(value);
                } catch {
                    return fail(message('batch-cell-json'));
                }
            }
            if (!Array.isArray(list)) return bad();
            const items: FactRecord[] = [];
            list.forEach((item, i) => {
                const p = [...path, i];
                if (!item || typeof item !== 'object' || Array.isArray(item)) {
                    errors.push(errorAt(file, p, message('fact-file-type', fact.name, `${t.subject.name}对象 {…}`, `a ${t.subject.name} object {…}`, shown(item))));
                    return;
                }
                const rec = item as Record<string, unknown>;
                const label = String(rec.label ?? rec['姓名'] ?? rec['名称'] ?? `#${i + 1}`);
                items.push({ label, values: typeRecord(rec, t.subject, p, file, errors, true) });
            });
            return { kind: 'list', items };
        }
        default:
            return bad();
    }
}

/** A date YYYY-MM-DD that exists, or a date-time YYYY-MM-DDThh:mm[:ss][offset]. */
function checkMoment(text: string): boolean {
    if (!text.includes('T')) return isIsoDate(text);
    return isIsoDate(text.slice(0, 10)) && parseDateTime(text).ok;
}
