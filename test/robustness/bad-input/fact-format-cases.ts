import type { BadCase } from './case.js';
import { want } from './case.js';

/**
 * One bad value, written the way a user would in each fact-file format: a single subject in JSON
 * and YAML (exit 2), and the second subject of a batch — a JSON array, JSON Lines, CSV — whose
 * row is reported with its line and field while the first row is evaluated (exit 1).
 */
interface BadValue {
    what: string;
    fact: string;
    /** The value as a JSON/YAML literal, and as a CSV cell. */
    literal: string;
    cell: string;
    /** Words both languages must show (the value at fault, the valid range…), then zh-only and en-only ones. */
    words: string[];
    zh?: string[];
    en?: string[];
}

const VALUES: BadValue[] = [
    { what: 'score above its range', fact: '甲得分', literal: '101', cell: '101', words: ['101', '0..100'] },
    { what: 'negative score', fact: '甲得分', literal: '-5', cell: '-5', words: ['-5', '0..100'] },
    { what: 'score with 3 decimals', fact: '乙得分', literal: '90.125', cell: '90.125', words: ['2', '3'], zh: ['位小数'], en: ['decimal places'] },
    { what: 'count with decimals', fact: '次数', literal: '1.5', cell: '1.5', words: ['1.5', '整数'] },
    { what: 'count above its range', fact: '次数', literal: '11', cell: '11', words: ['11', '0..10'] },
    { what: 'boolean written as maybe', fact: '被查处', literal: '"maybe"', cell: 'maybe', words: ['"maybe"'], zh: ['是/否'], en: ['yes/no'] },
    { what: 'impossible date', fact: '发现日期', literal: '"2015-02-30"', cell: '2015-02-30', words: ['2015-02-30'], zh: ['不存在'], en: ['does not exist'] },
    { what: 'date with slashes', fact: '发现日期', literal: '"2015/03/01"', cell: '2015/03/01', words: ['2015/03/01'], zh: ['日期 YYYY-MM-DD'], en: ['date YYYY-MM-DD'] },
    { what: 'score written as text', fact: '甲得分', literal: '"九十"', cell: '九十', words: ['"九十"'], zh: ['小数'], en: ['decimal'] },
    { what: 'score just above 100', fact: '乙得分', literal: '100.01', cell: '100.01', words: ['100.01', '0..100'] },
    { what: 'negative count', fact: '次数', literal: '-1', cell: '-1', words: ['-1', '0..10'] },
    { what: 'count written as 3次', fact: '次数', literal: '"3次"', cell: '3次', words: ['"3次"'], zh: ['整数'], en: ['integer'] },
    { what: 'month 13', fact: '发现日期', literal: '"2015-13-01"', cell: '2015-13-01', words: ['2015-13-01'] },
    { what: '29 February of 2100', fact: '发现日期', literal: '"2100-02-29"', cell: '2100-02-29', words: ['2100-02-29'] },
    { what: 'count written as 两次', fact: '次数', literal: '"两次"', cell: '两次', words: ['"两次"'], zh: ['整数'], en: ['integer'] },
];

const GOOD: Record<string, string> = { 甲得分: '95', 乙得分: '90' };
const COLUMNS = ['subject', 'label', '甲得分', '乙得分', '次数', '被查处', '发现日期'];

/** `"甲得分": 95, …` with the bad value in its place (or added). */
function factsJson(v?: BadValue): string {
    const facts = { ...GOOD, ...(v ? { [v.fact]: v.literal } : {}) };
    return `{ ${[...Object.entries(facts).map(([k, x]) => `"${k}": ${x}`), '"成员们": []'].join(', ')} }`;
}

function cases(v: BadValue): BadCase[] {
    // A batch writes its results by row (-o out.csv…), so only single fact files get `-o out.txt`.
    const both = (file: string, content: string, at: string, code: string, exit: 1 | 2): BadCase => ({
        name: `facts (${file.startsWith('batch.') ? `batch ${file.slice(6)}` : file.slice(2)}): ${v.what}`, files: { [file]: content }, args: ['run', 'rules.zeren', '--facts', file], exit, pick: `${file}:`, output: exit === 2,
        want: want(at, code, [v.fact, ...v.words], v.zh, v.en),
    });
    const yamlFacts = Object.entries({ ...GOOD, [v.fact]: v.literal }).map(([k, x]) => `  ${k}: ${x}`).join('\n');
    const cells = (bad: boolean) => COLUMNS.map(c => (c === 'subject' ? '班子' : c === 'label' ? (bad ? 'B' : 'A') : bad && c === v.fact ? v.cell : GOOD[c] ?? '')).join(',');
    return [
        // The bad fact is on line 4 of a pretty-printed single fact file.
        both('f.json', `{\n  "subject": "班子",\n  "facts": {\n    "${v.fact}": ${v.literal},\n${Object.entries(GOOD).filter(([k]) => k !== v.fact).map(([k, x]) => `    "${k}": ${x},\n`).join('')}    "成员们": []\n  }\n}\n`, 'f.json:4', v.fact, 2),
        both('f.yaml', `subject: 班子\nfacts:\n${yamlFacts}\n  成员们: []\n`, `f.yaml:${3 + Object.keys({ ...GOOD, [v.fact]: '' }).indexOf(v.fact)}`, v.fact, 2),
        both('batch.json', `[\n  { "subject": "班子", "label": "A", "facts": ${factsJson()} },\n  { "subject": "班子", "label": "B", "facts": ${factsJson(v)} }\n]\n`, 'batch.json:3', `[facts.${v.fact}]`, 1),
        both('batch.jsonl', `{ "subject": "班子", "label": "A", "facts": ${factsJson()} }\n{ "subject": "班子", "label": "B", "facts": ${factsJson(v)} }\n`, 'batch.jsonl:2', `[facts.${v.fact}]`, 1),
        both('batch.csv', `${COLUMNS.join(',')}\n${cells(false)}\n${cells(true)}\n`, `batch.csv:3:${COLUMNS.indexOf(v.fact) + 1}`, `[${v.fact}]`, 1),
    ];
}

export const factFormatCases: BadCase[] = VALUES.flatMap(cases);
