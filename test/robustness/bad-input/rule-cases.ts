import type { BadCase } from './case.js';
import { edit } from './case.js';

const check = ['check', 'rules.zeren'];
const rule = (name: string, pick: string, change: (f: string) => string, exit: 0 | 1 = 1): BadCase => ({ name: `rules: ${name}`, rules: change, args: check, exit, pick });

/** Invalid rule files: `zeren check` reports each with its location and exits 1. */
export const ruleCases: BadCase[] = [
    rule('missing closing brace', '[syntax-unexpected]', edit('    差\n}', '    差\n')),
    rule('unrecognised character', '[lex-error]', edit('    好 ≥ 90', '    好 ≥ 90 @')),
    rule('unexpected token', '[syntax-expected]', edit('甲 占 60%', '甲 占 占 60%')),
    rule('unknown reference', '[unresolved-reference]', edit('= 甲得分', '= 丙分数')),
    rule('keyword glued to an identifier', '[keyword-glued]', edit('（一） 当 被查处', '（一） 当被查处')),
    rule('duplicate fact name', '[duplicate-name]', edit('    事实 乙得分:', '    事实 甲得分:')),
    rule('weights do not sum to 100%', '[weights-sum]', edit('乙 占 40%', '乙 占 30%')),
    rule('weight of 0%', '[weight-range]', edit('乙 占 40%', '乙 占 0%')),
    rule('weight above 100%', '[weight-range]', edit('甲 占 60%', '甲 占 160%')),
    rule('band bounds out of order', '[band-order]', edit('一般 ≥ 60', '一般 ≥ 95')),
    rule('bands overlap', '[band-overlap]', edit('一般 ≥ 60', '一般 ≥ 90')),
    rule('band gap: no catch-all band', '[band-gap]', edit('    差\n', '')),
    rule('catch-all band not last', '[band-catchall-not-last]', edit('    好 ≥ 90\n', '    好\n    较好 ≥ 90\n')),
    rule('impossible issue date 2015-02-29', '[invalid-date]', edit('发布 2015-12-25', '发布 2015-02-29')),
    rule('effective before issued', '[date-order]', edit('施行 2015-12-25', '施行 2015-01-01')),
    rule('range minimum above maximum', '[fact-range-order]', edit('范围 0..10', '范围 10..0')),
    rule('default of the wrong type', '[fact-type]', edit('默认 0 〔第三条〕', '默认 "零" 〔第三条〕')),
    rule('condition that is not boolean', '[expected-bool]', edit('（一） 当 被查处', '（一） 当 次数')),
    rule('deadline condition (当) that is not boolean', '[expected-bool]', f => `${f}\n期限 年底报告 〔第四条〕 对 班子 当 次数 每年 12 月底前 完成 发现日期\n`),
    rule('comparing a boolean with a number', '[incomparable]', edit('（二） 当 次数 ≥ 2', '（二） 当 被查处 ≥ 2')),
    rule('value not in the scale', '[unresolved-reference]', edit('受处分 ≥ 严重警告', '受处分 ≥ 记过')),
    rule('duplicate veto clause', '[clause-duplicate]', edit('（二） 当 次数', '（一） 当 次数')),
    rule('clause that can never apply', '[clause-never]', edit('（二） 当 次数 ≥ 2', '（二） 当 否'), 0),
    rule('exception that can never apply', '[exception-never]', edit('    （三）', '    例外 不适用 〔第四条〕 排除 （一） 当 否\n    （三）'), 0),
    rule('exception that always applies', '[exception-always]', edit('    （三）', '    例外 总适用 〔第四条〕 排除 （一） 当 是\n    （三）'), 0),
    rule('component with neither value nor parts', '[component-empty]', edit('乙 占 40% = 乙得分', '乙 占 40% { }')),
    rule('bonus cap below the points per item', '[bonus-cap]', edit('    乙 占 40% = 乙得分\n', '    乙 占 40% = 乙得分\n    加分 表彰 { 市级 每项 3 上限 2 = 次数 }\n'), 0),
    rule('derived values in a cycle', '[derived-cycle]', edit('    事实 成员们', '    派生 甲 = 乙 + 1\n    派生 乙 = 甲 + 1\n    事实 成员们')),
    rule('rules without a document', '[rules-without-document]', edit('文件 考核办法样例 {\n    标题 "考核办法样例"\n    发布 2015-12-25\n    施行 2015-12-25\n    层级 市 "某市"\n}\n', '')),
    rule('two documents in one file', '[multiple-documents]', f => `${f}\n文件 另一办法 {\n    发布 2016-01-01\n}\n`),
    rule('unexpected end of file', '[syntax-end]', f => f.slice(0, f.indexOf('    （三）'))),
    // Reliability (issue 18): numbers read exactly, one date module, nesting and chains, calendars, document names.
    rule('weight of 10^30 %', '[number-too-long]', edit('甲 占 60%', `甲 占 1${'0'.repeat(30)}%`)),
    rule('range maximum of 31 digits', '[number-too-long]', edit('范围 0..10', `范围 0..1${'0'.repeat(30)}`)),
    rule('decimal places written with 22 digits', '[number-too-long]', edit('甲得分: 小数(2)', `甲得分: 小数(1${'0'.repeat(21)})`)),
    rule('issue date in year 0000', '[invalid-date]', edit('发布 2015-12-25', '发布 0000-12-25')),
    rule('date literal in year 0000 in a condition', '[invalid-date]', edit('（一） 当 被查处', '（一） 当 发现日期 ≥ 0000-03-01')),
    rule('90 nested brackets', '[nesting-too-deep]', edit('（一） 当 被查处', `（一） 当 ${'('.repeat(90)}被查处${')'.repeat(90)}`)),
    rule('199 nested brackets', '[nesting-too-deep]', edit('（一） 当 被查处', `（一） 当 ${'('.repeat(199)}被查处${')'.repeat(199)}`)),
    rule('a run of 300 非', '[nesting-too-deep]', edit('（一） 当 被查处', `（一） 当 ${'非 '.repeat(300)}被查处`)),
    rule('a chain of 500 且', '[nesting-too-deep]', edit('（一） 当 被查处', `（一） 当 ${Array(500).fill('被查处').join(' 且 ')}`)),
    rule('150 derived values built on each other', '[derived-too-deep]', edit('    事实 成员们', `${Array.from({ length: 150 }, (_, i) => `    派生 链${i} = ${i === 0 ? '次数' : `链${i - 1}`}`).join('\n')}\n    事实 成员们`)),
    rule('a day both 放假 and 上班 in the 工作日历', '[calendar-both]', edit('    层级 市 "某市"\n', '    层级 市 "某市"\n    工作日历 {\n        放假 2016-01-04\n        上班 2016-01-04\n    }\n')),
    { ...rule('document name declared in another file too', '[duplicate-document]', f => f), files: { 'other.zeren': '文件 考核办法样例 {\n    发布 2016-01-01\n}\n' } },
];
