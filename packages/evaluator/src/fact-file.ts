import { isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { $ZodErrorMap } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { FactIR, FactRecord, FactValue, Message, SubjectIR } from '@zeren/model';
import { checkFactValue, message, parseDecimal, render } from '@zeren/model';
import type { Lang } from '@zeren/model';
import { isIsoDate } from '@zeren/time';
import { parseDateTime } from '@zeren/time';

/**
 * Fact files (JSON or YAML) for `zeren run` and the library API:
 *   { "subject": "领导班子", "facts": { "日常监督评价得分": 89.5, "成员": [{ "label": "张三", ... }] } }
 * The outer shape and every value are validated with zod; each error names the file, line,
 * column and JSON path of the field at fault. Decimals are read from the source text, never
 * through binary floating point.
 */
export interface FactFileError {
    path: string;
    line: number;
    column: number;
    message: Message;
}

export interface ParsedFactFile {
    subject?: string;
    year?: number;
    asOf?: string;
    /** Raw values by fact name, still untyped. */
    raw: Record<string, unknown>;
    /** Exact source text of numeric scalars, by JSON path. */
    numberText: Map<string, string>;
    locate(path: (string | number)[]): { line: number; column: number };
}

const Outer = z.object({
    subject: z.string().min(1).optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isIsoDate).optional(),
    facts: z.record(z.string(), z.unknown()),
}).strict();

/** zod's messages for the outer shape (a list where an object belongs, a number for a name) in both languages. */
const SHAPE_ERRORS: Record<Lang, $ZodErrorMap> = {
    zh: withDateMessage(withZhTypeNames(zhCN().localeError), '不是存在的日期'),
    en: withDateMessage(en().localeError, 'not a valid date'),
};

/** zod's zh locale names expected types in English (record, int); a fact file's author reads these words. */
const ZH_TYPE: Record<string, string> = { string: '文本', number: '数字', int: '整数', boolean: '布尔值', record: '对象', object: '对象', array: '列表' };

function withZhTypeNames(map: $ZodErrorMap): $ZodErrorMap {
    return issue => {
        if (issue.code === 'too_small') return issue.origin === 'string' ? '不能为空' : `应不小于 ${issue.minimum}`;
        if (issue.code === 'too_big') return `应不大于 ${issue.maximum}`;
        if (issue.code !== 'invalid_type') return map(issue);
        const expected = ZH_TYPE[issue.expected] ?? issue.expected;
        if (issue.input === undefined) return `缺少此字段（应为${expected}）`;
        const input = issue.input;
        const actual = Array.isArray(input) ? '列表' : input === null ? '空值' : typeof input === 'number' ? (Number.isInteger(input) ? '整数' : '数字') : typeof input === 'string' ? '文本' : typeof input === 'boolean' ? '布尔值' : '对象';
        return `应为${expected}，实际为${actual}`;
    };
}

/** The only custom check of the outer shape is asOf's date. */
function withDateMessage(map: $ZodErrorMap, invalidDate: string): $ZodErrorMap {
    return issue => (issue.code === 'custom' ? invalidDate : map(issue));
}

function shapeErrorText(data: unknown, lang: Lang): string {
    const result = Outer.safeParse(data, { error: SHAPE_ERRORS[lang] });
    return result.success ? '' : result.error.issues[0].message;
}

export function parseFactFile(text: string, fileName: string): ParsedFactFile | FactFileError {
    const isJson = /\.json$/i.test(fileName);
    if (isJson) {
        try {
            JSON.parse(text);
        } catch (e) {
            const pos = /position (\d+)/.exec((e as Error).message);
            const at = positionOf(text, pos ? Number(pos[1]) : 0);
            return { path: '', ...at, message: message('input-parse', fileName, (e as Error).message.replace(/^JSON\.parse: /, '')) };
        }
    }
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        const err = doc.errors[0];
        const lp = lineCounter.linePos(err.pos[0]);
        return { path: '', line: lp.line, column: lp.col, message: message('input-parse', fileName, err.message.split('\n')[0]) };
    }
    const data = doc.toJS() as unknown;
    const locate = (path: (string | number)[]) => {
        for (let n = path.length; n >= 0; n--) {
            const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
            if (node?.range) {
                const lp = lineCounter.linePos(node.range[0]);
                return { line: lp.line, column: lp.col };
            }
        }
        return { line: 1, column: 1 };
    };
    const outer = Outer.safeParse(data);
    if (!outer.success) {
        const path = outer.error.issues[0].path as (string | number)[];
        return { path: jsonPath(path), ...locate(path), message: message('input-field', jsonPath(path) || '(root)', shapeErrorText(data, 'zh'), shapeErrorText(data, 'en')) };
    }
    const numberText = new Map<string, string>();
    const collect = (node: unknown, path: (string | number)[]): void => {
        if (isScalar(node)) {
            if (typeof node.value === 'number' && node.source !== undefined) numberText.set(jsonPath(path), String(node.source));
            return;
        }
        const items = (node as { items?: unknown[] } | undefined)?.items;
        if (!items) return;
        items.forEach((item, i) => {
            const pair = item as { key?: unknown; value?: unknown };
            if (pair && typeof pair === 'object' && 'key' in pair) collect(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
            else collect(item, [...path, i]);
        });
    };
    collect(doc.contents, []);
    return { subject: outer.data.subject, year: outer.data.year, asOf: outer.data.asOf, raw: outer.data.facts, numberText, locate };
}

export function isFactFileError(x: ParsedFactFile | FactFileError): x is FactFileError {
    return 'message' in x && !('raw' in x);
}

/** Types the raw values against the subject's facts; every problem is reported, none thrown. */
export function typeFacts(file: ParsedFactFile, subject: SubjectIR): { values: Map<string, FactValue>; errors: FactFileError[] } {
    const errors: FactFileError[] = [];
    const values = typeRecord(file.raw, subject, ['facts'], file, errors);
    return { values, errors };
}

function typeRecord(raw: Record<string, unknown>, subject: SubjectIR, path: (string | number)[], file: ParsedFactFile, errors: FactFileError[]): Map<string, FactValue> {
    const values = new Map<string, FactValue>();
    for (const [name, value] of Object.entries(raw)) {
        if (path.length > 1 && (name === 'label' || name === '姓名')) continue;
        const p = [...path, name];
        const fact = subject.facts.find(f => f.name === name);
        if (!fact) {
            errors.push({ path: jsonPath(p), ...file.locate(p), message: message('fact-unknown', name, subject.name) });
            continue;
        }
        const typed = typeValue(fact, value, p, file, errors);
        if (!typed) continue;
        const problem = checkFactValue(fact, typed);
        if (problem) errors.push({ path: jsonPath(p), ...file.locate(p), message: problem });
        else values.set(name, typed);
    }
    return values;
}

function typeValue(fact: FactIR, value: unknown, path: (string | number)[], file: ParsedFactFile, errors: FactFileError[]): FactValue | undefined {
    const t = fact.type;
    const bad = () => {
        errors.push({ path: jsonPath(path), ...file.locate(path), message: message('fact-type', fact.name, typeText(fact), shown(value)) });
        return undefined;
    };
    if (value === null) return t.kind === 'enum' || fact.optional ? { kind: 'absent' } : bad();
    switch (t.kind) {
        case 'int':
        case 'dec': {
            const text = typeof value === 'number' ? file.numberText.get(jsonPath(path)) ?? String(value) : typeof value === 'string' ? value : undefined;
            const r = text !== undefined ? parseDecimal(text) : undefined;
            return r ? { kind: 'number', value: r } : bad();
        }
        case 'ratio': {
            if (typeof value === 'string') {
                const m = /^\s*(-?\d+)\s*\/\s*(\d+)\s*$/.exec(value);
                if (m) return { kind: 'ratio', num: BigInt(m[1]), den: BigInt(m[2]) };
                const r = parseDecimal(value.replace(/%$/, ''));
                if (r) return { kind: 'number', value: value.endsWith('%') ? r.div(100) : r };
            }
            if (typeof value === 'number') {
                const r = parseDecimal(file.numberText.get(jsonPath(path)) ?? String(value));
                if (r) return { kind: 'number', value: r };
            }
            return bad();
        }
        case 'bool':
            if (typeof value === 'boolean') return { kind: 'bool', value };
            if (value === '是' || value === '否') return { kind: 'bool', value: value === '是' };
            return bad();
        case 'date':
            if (typeof value !== 'string' || !isIsoDate(value)) {
                if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
                    errors.push({ path: jsonPath(path), ...file.locate(path), message: message('invalid-date', value) });
                    return undefined;
                }
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
                    const p = [...path, i];
                    errors.push({ path: jsonPath(p), ...file.locate(p), message: message('invalid-date', String(item)) });
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
            if (index < 0) {
                errors.push({ path: jsonPath(path), ...file.locate(path), message: message('value-not-in-type', value, t.decl.name) });
                return undefined;
            }
            return { kind: 'enum', index, label: value };
        }
        case 'list': {
            if (!Array.isArray(value)) return bad();
            const items: FactRecord[] = [];
            value.forEach((item, i) => {
                const p = [...path, i];
                if (!item || typeof item !== 'object' || Array.isArray(item)) {
                    errors.push({ path: jsonPath(p), ...file.locate(p), message: message('fact-type', fact.name, `{…} ${t.subject.name}`, shown(item)) });
                    return;
                }
                const rec = item as Record<string, unknown>;
                const label = String(rec.label ?? rec['姓名'] ?? `#${i + 1}`);
                items.push({ label, values: typeRecord(rec, t.subject, p, file, errors) });
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

function typeText(fact: FactIR): string {
    const t = fact.type;
    switch (t.kind) {
        case 'int': return '整数 integer';
        case 'dec': return `小数 decimal (≤ ${t.places} places)`;
        case 'ratio': return '比例 ratio "a/b"';
        case 'bool': return '布尔 boolean';
        case 'date': return '日期 date "YYYY-MM-DD"';
        case 'enum': return `${t.decl.values.join(' | ')}${t.optional ? ' | 无' : ''}`;
        case 'list': return `列表 list of ${t.subject.name}`;
        default: return t.kind;
    }
}

function shown(v: unknown): string {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

export function jsonPath(path: (string | number)[]): string {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function positionOf(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}

export function formatFactFileError(file: string, e: FactFileError, lang: Lang): string {
    return `${file}:${e.line}:${e.column}: ${render(e.message, lang)}`;
}

