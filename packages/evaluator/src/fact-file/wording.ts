import type { $ZodErrorMap } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { Lang, Message } from '@zeren/model';
import { message } from '@zeren/model';

/**
 * The wording of fact-file errors in both languages: syntax errors of JSON and YAML in our own
 * words (library messages are English only and name no field), zod's shape errors.
 */

/** JSON.parse's messages (V8) mapped to our wording; anything else gets the generic phrase. */
const JSON_PROBLEMS: [RegExp, string, string][] = [
    [/Unexpected end of JSON input|Unterminated string|Expected .* after/i, '内容不完整或缺少逗号、括号', 'incomplete content or a missing comma or bracket'],
    [/Expected double-quoted property name|Expected property name/i, '此处应为加双引号的字段名（末尾不能有多余的逗号）', 'a double-quoted field name is expected here (no trailing comma)'],
    [/Bad control character|Bad escaped character|Bad Unicode escape/i, '文本中有不允许的控制字符或转义', 'a control character or escape that is not allowed in text'],
    [/non-whitespace character after JSON/i, 'JSON 内容结束后还有多余的内容', 'more content after the end of the JSON value'],
    [/Exponent part is missing|No number after minus|Unterminated fractional/i, '数值写法不完整', 'an incomplete number'],
    [/Unexpected token/i, '此处不应出现“{token}”（JSON 不允许 NaN、Infinity、单引号或注释）', 'unexpected \'{token}\' (JSON allows no NaN, Infinity, single quotes or comments)'],
];

export function jsonSyntaxMessage(fileName: string, libraryText: string): Message {
    const token = /Unexpected token '?(.)'?/.exec(libraryText)?.[1] ?? '';
    const hit = JSON_PROBLEMS.find(([re]) => re.test(libraryText));
    const zh = (hit?.[1] ?? '不是有效的 JSON').replace('{token}', token);
    const enText = (hit?.[2] ?? 'not valid JSON').replace('{token}', token);
    return message('fact-file-syntax', fileName, 'JSON', zh, enText);
}

/** The yaml library's error codes, in our words. */
const YAML_PROBLEMS: Record<string, [string, string]> = {
    DUPLICATE_KEY: ['字段名重复', 'a field name is repeated'],
    BAD_INDENT: ['缩进不正确', 'wrong indentation'],
    MISSING_CHAR: ['缺少引号或括号', 'a quote or bracket is missing'],
    MULTILINE_IMPLICIT_KEY: ['字段名不能跨行（可能缺少冒号）', 'a field name cannot span lines (a colon may be missing)'],
    BLOCK_AS_IMPLICIT_KEY: ['字段名写法不正确', 'a field name is written wrongly'],
    UNEXPECTED_TOKEN: ['此处不应出现这个符号', 'a symbol that does not belong here'],
    TAB_AS_INDENT: ['缩进不能使用制表符', 'tabs cannot be used for indentation'],
    BAD_ALIAS: ['引用（*别名）无效', 'an invalid alias (*name)'],
    BAD_DIRECTIVE: ['指令无效', 'an invalid directive'],
    BAD_SCALAR_START: ['值的开头不正确', 'a value starts wrongly'],
    MULTIPLE_DOCS: ['一个文件只能有一个文档（---）', 'a file may hold one document only (---)'],
    MULTIPLE_ANCHORS: ['同一节点有多个锚点', 'several anchors on one node'],
    BAD_COLLECTION_TYPE: ['集合类型不正确', 'a wrong collection type'],
    TAG_RESOLVE_FAILED: ['标签无法识别', 'an unknown tag'],
    KEY_OVER_1024_CHARS: ['字段名超过 1024 个字符', 'a field name longer than 1024 characters'],
    DUPLICATE_ANCHOR: ['锚点重复', 'a repeated anchor'],
};

export function yamlSyntaxMessage(fileName: string, code: string): Message {
    const [zh, enText] = YAML_PROBLEMS[code] ?? ['不是有效的 YAML', 'not valid YAML'];
    return message('fact-file-syntax', fileName, 'YAML', zh, enText);
}

/** zod's messages for the outer shape (a list where an object belongs, a number for a name) in both languages. */
export const SHAPE_ERRORS: Record<Lang, $ZodErrorMap> = {
    zh: zodWording('zh', ['subject', 'document', 'label', 'year', 'asOf', 'facts']),
    en: zodWording('en', ['subject', 'document', 'label', 'year', 'asOf', 'facts']),
};

/**
 * zod's messages in the words of a file's author, for any JSON file Zeren reads (fact files,
 * zeren.json): zod's zh locale names types in English (record, array) and says "array >=1 项";
 * `fields` are the names an object may have, given when one is unknown.
 */
export function zodWording(lang: Lang, fields: readonly string[]): $ZodErrorMap {
    return lang === 'zh'
        ? withDateMessage(withZhTypeNames(zhCN().localeError, fields), '不是存在的日期')
        : withDateMessage(withEnWording(en().localeError, fields), 'not a valid date');
}

const ZH_TYPE: Record<string, string> = { string: '文本', number: '数字', int: '整数', boolean: '布尔值', record: '对象', object: '对象', array: '列表' };

function withZhTypeNames(map: $ZodErrorMap, fields: readonly string[]): $ZodErrorMap {
    return issue => {
        if (issue.code === 'too_small') return issue.origin === 'string' ? '不能为空' : issue.origin === 'array' ? `至少应有 ${issue.minimum} 项` : `应不小于 ${issue.minimum}`;
        if (issue.code === 'too_big') return issue.origin === 'array' ? `至多 ${issue.maximum} 项` : `应不大于 ${issue.maximum}`;
        if (issue.code === 'unrecognized_keys') return `未知字段 ${issue.keys.join('、')}（可用：${fields.join('、')}）`;
        if (issue.code !== 'invalid_type') return map(issue);
        const expected = ZH_TYPE[issue.expected] ?? issue.expected;
        if (issue.input === undefined) return `缺少此字段（应为${expected}）`;
        const input = issue.input;
        const actual = Array.isArray(input) ? '列表' : input === null ? '空值' : typeof input === 'number' ? (Number.isInteger(input) ? '整数' : '数字') : typeof input === 'string' ? '文本' : typeof input === 'boolean' ? '布尔值' : '对象';
        return `应为${expected}，实际为${actual}`;
    };
}

/** zod's English, with the names an object may have after an unknown one, and list lengths in plain words. */
function withEnWording(map: $ZodErrorMap, fields: readonly string[]): $ZodErrorMap {
    return issue => {
        if (issue.code === 'unrecognized_keys') return `${map(issue)} (use: ${fields.join(', ')})`;
        if (issue.code === 'too_small' && issue.origin === 'array') return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
        if (issue.code === 'too_big' && issue.origin === 'array') return `may hold at most ${issue.maximum} items`;
        return map(issue);
    };
}

/** The only custom check of the outer shape is asOf's date. */
function withDateMessage(map: $ZodErrorMap, invalidDate: string): $ZodErrorMap {
    return issue => (issue.code === 'custom' ? invalidDate : map(issue));
}

/** A value as its author wrote it: the source text of numbers (.nan, 1e400), never JSON's "null". */
export function shown(v: unknown, sourceText?: string): string {
    if (sourceText !== undefined) return sourceText.length > 40 ? `${sourceText.slice(0, 40)}…` : sourceText;
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
