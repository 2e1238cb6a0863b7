// Writes syntaxes/zeren.tmLanguage.json from the Langium grammar's keywords. Langium's own
// generator skips non-ASCII keywords; Chinese has no word boundaries, so a keyword matches only
// where the neighbouring characters cannot continue an identifier (the lexer's own rule).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const grammarPath = `${here}../../language/src/grammar/zeren.langium`;
const outPath = `${here}../syntaxes/zeren.tmLanguage.json`;

/** Every quoted keyword containing a CJK character, longest first (一票否决 before 否). */
export function chineseKeywords(grammarText) {
    const found = new Set();
    for (const m of grammarText.matchAll(/'([^'\n]+)'/g)) if (/[\u3400-\u9fff]/.test(m[1])) found.add(m[1]);
    return [...found].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const GROUPS = {
    'storage.type.declaration.zeren': ['文件', '主体', '事实', '派生', '枚举', '序列', '得分', '等次', '一票否决', '排除', '后果', '场景集', '场景', '加分', '例外', '措施'],
    'keyword.operator.logical.zeren': ['且', '或', '非'],
    'constant.language.zeren': ['是', '否', '无'],
    'support.type.zeren': ['整数', '小数', '比例', '布尔', '日期', '文本', '列表', '可无'],
    'support.function.zeren': ['计数', '任一', '所有', '合计', '最小', '最大'],
};

const ID_CHAR = '[_a-zA-Z0-9\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{00B7}]';
const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = words => words.map(escape).join('|');
const keywordPattern = words => `(?<!${ID_CHAR})(?:${alternation(words)})(?!${ID_CHAR})`;

export function buildGrammar(keywords) {
    const grouped = new Set(Object.values(GROUPS).flat());
    const rest = keywords.filter(k => !grouped.has(k));
    const only = words => words.filter(w => keywords.includes(w)).sort((a, b) => b.length - a.length);
    return {
        $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
        name: 'zeren',
        scopeName: 'source.zeren',
        fileTypes: ['zeren'],
        patterns: [
            { include: '#comments' },
            { name: 'string.quoted.double.zeren', begin: '"', end: '"', patterns: [{ name: 'constant.character.escape.zeren', match: '\\\\.' }] },
            { name: 'entity.name.tag.citation.zeren', match: '〔[^〕\\n\\r]*〕' },
            { name: 'entity.name.label.clause.zeren', match: '（[一二三四五六七八九十百]+）' },
            { name: 'constant.numeric.date.zeren', match: '\\b[0-9]{4}-[0-9]{2}-[0-9]{2}\\b' },
            { name: 'constant.numeric.zeren', match: '[0-9]+(?:\\.[0-9]+)?(?:%|％)?' },
            ...Object.entries(GROUPS).map(([name, words]) => ({ name, match: keywordPattern(only(words)) })),
            { name: 'keyword.other.zeren', match: keywordPattern(rest) },
            { name: 'keyword.operator.comparison.zeren', match: '≥|≤|≠|>=|<=|!=|>|<|=' },
            { name: 'keyword.operator.arithmetic.zeren', match: '[+\\-*/×÷]' },
        ],
        repository: {
            comments: {
                patterns: [
                    { name: 'comment.block.zeren', begin: '/\\*', end: '\\*/' },
                    { name: 'comment.line.double-slash.zeren', begin: '//', end: '(?=$)' },
                ],
            },
        },
    };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const grammar = buildGrammar(chineseKeywords(readFileSync(grammarPath, 'utf8')));
    writeFileSync(outPath, JSON.stringify(grammar, null, 2) + '\n');
}

export function writeGrammar() {
    const grammar = buildGrammar(chineseKeywords(readFileSync(grammarPath, 'utf8')));
    writeFileSync(outPath, JSON.stringify(grammar, null, 2) + '\n');
}
