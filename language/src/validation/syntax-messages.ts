import type { IRecognitionException } from 'chevrotain';
import type { Message } from '@zeren/model';
import { message } from '@zeren/model';
import { MAX_NESTING, NESTING_TOO_DEEP, PARSER_FAILED } from '../parser/guarded-parser.js';

/**
 * Parse errors in words. Chevrotain names tokens ("Expecting token of type '当' but found …",
 * "one of these possible Token sequences: 1. [非] 2. [(] …"); a drafter needs the mistake: ASCII
 * parentheses in a clause label, a missing 当 / 对 主体 / 完成 / }, a misplaced 细化. The
 * diagnostic keeps its family code (syntax-expected, syntax-unexpected, syntax-end) so tools that
 * match codes are unaffected; the message is the worded one.
 */
export interface WordedSyntaxError {
    family: 'syntax-expected' | 'syntax-unexpected' | 'syntax-end' | 'keyword-glued' | 'nesting-too-deep' | 'parser-failed';
    message: Message;
    /** Where to report it instead of at the token, as an offset (a missing } goes where it is missing). */
    at?: number;
}

const NUMERAL = '[一二三四五六七八九十百]+';
const ASCII_LABEL = new RegExp(`^(?:\\((${NUMERAL})\\)|（(${NUMERAL})\\)|\\((${NUMERAL})）)`, 'u');

/** Token types by what they are to a drafter. */
const TOKEN_WORDS: Record<string, [string, string]> = {
    ID: ['名称', 'a name'], INT: ['数字', 'a number'], DECIMAL: ['数字', 'a number'], STRING: ['带引号的文本', 'quoted text'],
    CITATION: ['条文引用〔…〕', 'a citation 〔…〕'], CLAUSE_LABEL: ['条款编号（一）', 'a clause label （一）'], DATE: ['日期', 'a date'],
    DATETIME: ['日期时间', 'a date-time'],
};

/** Keywords that start a top-level construct: met at the start of a line inside a block, the block was not closed. */
const TOP_LEVEL = new Set([
    '文件', '主体', '枚举', '序列', '得分', '等次', '一票否决', '排除', '后果', '期限', '频次', '要求', '禁止',
    '情形', '追究方式', '认定', '影响', '追溯', '场景集',
]);

/** Tokens that can start an expression: when they are among the alternatives, an expression is what is missing. */
const EXPRESSION_STARTS = new Set(['非', '(']);

/** Tokens that start a value in a scenario: where they are the alternatives, a value is what is missing. */
const VALUE_STARTS = ['INT', 'DATE', 'STRING'];

export function wordSyntaxError(error: IRecognitionException, text: string): WordedSyntaxError {
    const raw = error.message;
    // The guard appends the limit that was exceeded: NESTING_TOO_DEEP:N.
    if (raw.startsWith(NESTING_TOO_DEEP)) return { family: 'nesting-too-deep', message: message('nesting-too-deep', raw.split(':').pop() ?? MAX_NESTING) };
    if (raw === PARSER_FAILED) return { family: 'parser-failed', message: message('parser-failed') };
    const token = error.token;
    const image = token.image ?? '';
    // The end-of-file token has no place (offset -1 or NaN): it stands at the end of the text.
    const offset = Number.isFinite(token.startOffset) && token.startOffset >= 0 ? token.startOffset : text.length;
    const single = /Expecting token of type (?:--> )?'?(.+?)'?(?: <--)? but found/.exec(raw)?.[1];
    const alternatives = /Expecting: (?:one of these possible Token sequences:)?\s*([\s\S]+?)\s*but found/.exec(raw)?.[1];
    const expected = single ? [single] : alternativesOf(alternatives);
    // The codes these diagnostics always had: a list of alternatives was 'syntax-expected', a single token 'syntax-unexpected'.
    const family = alternatives ? 'syntax-expected' : 'syntax-unexpected';

    const label = ASCII_LABEL.exec(text.slice(offset));
    if (label) return { family, message: message('syntax-ascii-clause-label', label[0], `（${label[1] ?? label[2] ?? label[3]}）`) };
    if (expected.includes('}') && (!image || (TOP_LEVEL.has(image) && startsLine(text, offset)))) {
        const open = openingLine(text, offset);
        return { family: image ? family : 'syntax-end', message: message('syntax-missing-brace', open.line, open.head), at: endOfPreviousLine(text, offset) };
    }
    if (!image) return { family: 'syntax-end', message: message('syntax-end') };
    // A construct ended and what follows cannot start another: a deadline's 完成 is the usual piece left out.
    if (/Expecting end of file/.test(raw)) {
        return /^期限\s/u.test(lineOf(text, offset).trimStart())
            ? { family, message: message('syntax-missing-done', image) }
            : { family, message: message('syntax-not-a-construct', image) };
    }
    if (image === '细化') return { family, message: message('syntax-misplaced-refine') };
    const stack = (error.context?.ruleStack ?? []).map(r => r.replace(/\u200b/g, ''));
    if (single === '}' && stack[stack.length - 1] === 'Veto') return { family, message: message('syntax-veto-body', image) };
    // A keyword written against the name after it (当被查处): the parser sees one unknown name.
    if (expected.length === 1 && /^\p{Script=Han}+$/u.test(expected[0]!) && image.startsWith(expected[0]!) && image.length > expected[0]!.length) {
        return { family: 'keyword-glued', message: message('keyword-glued', image, expected[0]!) };
    }
    if (expected.length === 1) {
        switch (expected[0]) {
            case '当': return { family, message: message('syntax-missing-dang', image) };
            case '对': return { family, message: message('syntax-missing-subject', image) };
            case '完成': return { family, message: message('syntax-missing-done', image) };
        }
    }
    if (expected.some(e => EXPRESSION_STARTS.has(e))) return { family, message: message('syntax-expected-expression', image) };
    if (VALUE_STARTS.every(e => expected.includes(e))) return { family, message: message('syntax-expected-value', image) };
    if (expected.length) return { family, message: message('syntax-expected-words', wordList(expected, 'zh'), wordList(expected, 'en'), image) };
    return { family, message: message('syntax-unexpected', image) };
}

/** "1. [非] 2. [(] 3. [计数, (]" → the first token of each alternative, once each. */
function alternativesOf(list: string | undefined): string[] {
    if (!list) return [];
    const firsts = [...list.matchAll(/\d+\.\s*\[([^\]]*)\]/g)].map(m => m[1]!.split(/,\s*/)[0]!.trim());
    return [...new Set(firsts.filter(Boolean))];
}

/** ASCII punctuation the grammar accepts beside the full-width form: named once, full-width. */
const SAME_AS: Record<string, string> = { ':': '：', ';': '；', ',': '，', '>=': '≥', '<=': '≤', '!=': '≠' };

function wordList(expected: string[], lang: 'zh' | 'en'): string {
    const words = [...new Set(expected.map(e => SAME_AS[e] ?? e).map(e => TOKEN_WORDS[e]?.[lang === 'zh' ? 0 : 1] ?? (lang === 'zh' ? `“${e}”` : `'${e}'`)))];
    const shown = words.slice(0, 4).join(lang === 'zh' ? '、' : ', ');
    return words.length > 4 ? (lang === 'zh' ? `${shown}等` : `${shown}, …`) : shown;
}

function lineOf(text: string, offset: number): string {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const end = text.indexOf('\n', offset);
    return text.slice(start, end < 0 ? undefined : end);
}

function startsLine(text: string, offset: number): boolean {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return text.slice(lineStart, offset).trim() === '';
}

/** The end of the last non-blank line before `offset`: where a missing } belongs. */
function endOfPreviousLine(text: string, offset: number): number {
    let end = text.lastIndexOf('\n', offset - 1);
    while (end > 0) {
        const start = text.lastIndexOf('\n', end - 1) + 1;
        const line = text.slice(start, end);
        if (line.trim() && !line.trim().startsWith('//')) return start + line.replace(/\s+$/u, '').length;
        end = start - 1;
    }
    return offset;
}

/** The line (1-based) and first words of the unclosed construct: the last line before `offset` that starts at column 1 and opens a {. */
function openingLine(text: string, offset: number): { line: number; head: string } {
    const lines = text.slice(0, offset).split('\n');
    for (let i = lines.length - 2; i >= 0; i--) {
        const l = lines[i]!;
        if (/^\S/u.test(l) && !l.startsWith('//') && !l.startsWith('}') && l.includes('{')) {
            return { line: i + 1, head: l.split(/\s+/).slice(0, 2).join(' ') };
        }
    }
    return { line: 1, head: '' };
}
