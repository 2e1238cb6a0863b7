import type { BadCase } from './case.js';
import { want } from './case.js';

const scenario = (facts: string, expect = '综合等次 = 好') => `场景集 样例 针对 考核办法样例 {
    场景 "甲" 对 班子 {
        事实 {
            ${facts}
        }
        期望 {
            ${expect}
        }
    }
}
`;
const GOOD = '甲得分 = 95; 乙得分 = 90; 成员们 = []';
/** A scenario-file case: the code it must report at `line:column` of scenarios.zeren and the words both languages must show. */
const sc = (name: string, pick: string, text: string, at: string, words: string[], exit: 1 | 2 = 2, zh: string[] = [], en: string[] = []): BadCase =>
    ({ name: `scenarios: ${name}`, files: { 'scenarios.zeren': text }, args: ['test', '.'], exit, pick, output: true, want: want(`scenarios.zeren:${at}`, pick.startsWith('[') ? pick : undefined, words, zh, en) });

/** Invalid scenario files: `zeren test` reports them with their location and runs nothing (exit 2). */
export const scenarioCases: BadCase[] = [
    sc('boolean fact given a number', '[fact-type]', scenario(`${GOOD}; 被查处 = 12`), '4:49', ['被查处', '12'], 2, ['布尔'], ['布尔']),
    sc('score above its range', '[fact-range]', scenario('甲得分 = 101; 乙得分 = 90; 成员们 = []'), '4:19', ['甲得分', '101', '0..100'], 2, [], []),
    sc('negative score', '[fact-range]', scenario('甲得分 = -1; 乙得分 = 90; 成员们 = []'), '4:19', ['甲得分', '-1', '0..100'], 2, [], []),
    sc('too many decimals', '[fact-precision]', scenario('甲得分 = 90.123; 乙得分 = 90; 成员们 = []'), '4:19', ['甲得分', '2', '3'], 2, ['小数'], ['decimal places']),
    sc('unknown fact', '[unresolved-reference]', scenario(`${GOOD}; 丁分数 = 1`), '4:43', ['丁分数'], 2, [], []),
    sc('fact given twice', '[fact-duplicate]', scenario(`${GOOD}; 甲得分 = 80`), '4:43', ['甲得分'], 2, ['重复'], ['twice']),
    sc('unknown scale value', '[unresolved-reference]', scenario('甲得分 = 95; 乙得分 = 90; 成员们 = [ 张三 { 受处分 = 记过 } ]'), '4:52', ['记过'], 2, [], []),
    sc('unknown fact of a member', '[unresolved-reference]', scenario('甲得分 = 95; 乙得分 = 90; 成员们 = [ 张三 { 职务 = 40 } ]'), '4:46', ['职务'], 2, [], []),
    sc('expected grade that does not exist', '[unresolved-reference]', scenario(GOOD, '综合等次 = 优秀'), '7:20', ['优秀'], 2, [], []),
    sc('expected value of the wrong type', '[expectation-type]', scenario(GOOD, '综合得分 = 是'), '7:20', ['综合得分'], 2, ['类型'], ['does not match']),
    sc('不适用 expected of a rule that is not a deadline or frequency', '[expectation-type]', scenario(GOOD, '班子否决 = 不适用'), '7:20', ['班子否决', '是/否'], 2, [], []),
    sc('clauses expected of a grade rule', '[expectation-clauses]', scenario(GOOD, '综合等次 = 好 条款 （一）'), '7:13', [], 2, ['一票否决', '条款'], ['veto', 'clauses']),
    sc('suite for an unknown document', '不存在的办法', scenario(GOOD).replace('针对 考核办法样例', '针对 不存在的办法'), '1:11', ['不存在的办法'], 2, [], []),
    sc('syntax error in a scenario', '[syntax-unexpected]', scenario(GOOD).replace('期望 {', '期望 {{'), '6:13', ['{', '}'], 2, ['语法错误'], ['Syntax error']),
    sc('failing expectation', '综合等次', scenario(GOOD, '综合等次 = 一般'), '7', ['综合等次', '〔第二条〕', '一般', '好', '93 ≥ 90'], 1, ['期望'], ['expected']),
    sc('missing fact a rule needs', '[fact-missing]', scenario('甲得分 = 95; 成员们 = []'), '2:8', ['乙得分', '〔第二条〕综合得分'], 2, [], []),
    sc('impossible date', '[invalid-date]', scenario(`${GOOD}; 发现日期 = 2015-02-29`), '4:50', ['2015-02-29'], 2, [], []),
    sc('score of 22 digits', '[fact-range]', scenario(`甲得分 = 1${'0'.repeat(21)}; 乙得分 = 90; 成员们 = []`), '4:19', ['1000000000000000000000', '0..100'], 2, [], []),
    sc('score of 31 digits', '[number-too-long]', scenario(`甲得分 = 1${'0'.repeat(30)}; 乙得分 = 90; 成员们 = []`), '4:19', ['100000000000…', '30'], 2, [], []),
    sc('discovery date in year 0000', '[invalid-date]', scenario(`${GOOD}; 发现日期 = 0000-01-01`), '4:50', ['0000-01-01'], 2, [], []),
    sc('scenario 年度 of 5 digits', '[number-too-long]', scenario(GOOD).replace('对 班子 {', '对 班子 年度 20155 {'), '2:20', ['20155…', '4'], 2, [], []),
    sc('scenario 截至 in year 0000', '[invalid-date]', scenario(GOOD).replace('对 班子 {', '对 班子 截至 0000-01-01 {'), '2:20', ['0000-01-01'], 2, [], []),
    sc('count above its range', '[fact-range]', scenario(`${GOOD}; 次数 = 11`), '4', ['次数', '11', '0..10']),
    sc('score 100.01', '[fact-range]', scenario('甲得分 = 95; 乙得分 = 100.01; 成员们 = []'), '4', ['乙得分', '100.01', '0..100']),
    sc('discovery date with month 13', '[invalid-date]', scenario(`${GOOD}; 发现日期 = 2015-13-01`), '4', ['2015-13-01']),
    sc('discovery date 30 February', '[invalid-date]', scenario(`${GOOD}; 发现日期 = 2016-02-30`), '4', ['2016-02-30']),
    sc('unknown fact 戊', '[unresolved-reference]', scenario(`${GOOD}; 戊 = 1`), '4', ['戊']),
    sc('expected grade 良好', '[unresolved-reference]', scenario(GOOD, '综合等次 = 良好'), '7', ['良好']),
    sc('expectation of an unknown rule', '[unresolved-reference]', scenario(GOOD, '总等次 = 好'), '7', ['总等次']),
    sc('scenario for an unknown subject', '[unresolved-reference]', scenario(GOOD).replace('对 班子 {', '对 小组 {'), '2', ['小组']),
];
