import type { BadCase } from './case.js';

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
const sc = (name: string, pick: string, text: string, exit: 1 | 2 = 2): BadCase => ({ name: `scenarios: ${name}`, files: { 'scenarios.zeren': text }, args: ['test', '.'], exit, pick, output: true });

/** Invalid scenario files: `zeren test` reports them with their location and runs nothing (exit 2). */
export const scenarioCases: BadCase[] = [
    sc('boolean fact given a number', '[fact-type]', scenario(`${GOOD}; 被查处 = 12`)),
    sc('score above its range', '[fact-range]', scenario('甲得分 = 101; 乙得分 = 90; 成员们 = []')),
    sc('negative score', '[fact-range]', scenario('甲得分 = -1; 乙得分 = 90; 成员们 = []')),
    sc('too many decimals', '[fact-precision]', scenario('甲得分 = 90.123; 乙得分 = 90; 成员们 = []')),
    sc('unknown fact', '[unresolved-reference]', scenario(`${GOOD}; 丁分数 = 1`)),
    sc('fact given twice', '[fact-duplicate]', scenario(`${GOOD}; 甲得分 = 80`)),
    sc('unknown scale value', '[unresolved-reference]', scenario('甲得分 = 95; 乙得分 = 90; 成员们 = [ 张三 { 受处分 = 记过 } ]')),
    sc('unknown fact of a member', '[unresolved-reference]', scenario('甲得分 = 95; 乙得分 = 90; 成员们 = [ 张三 { 职务 = 40 } ]')),
    sc('expected grade that does not exist', '[unresolved-reference]', scenario(GOOD, '综合等次 = 优秀')),
    sc('expected value of the wrong type', '[expectation-type]', scenario(GOOD, '综合得分 = 是')),
    sc('不适用 expected of a rule that is not a deadline or frequency', '[expectation-type]', scenario(GOOD, '班子否决 = 不适用')),
    sc('clauses expected of a grade rule', '[expectation-clauses]', scenario(GOOD, '综合等次 = 好 条款 （一）')),
    sc('suite for an unknown document', '不存在的办法', scenario(GOOD).replace('针对 考核办法样例', '针对 不存在的办法')),
    sc('syntax error in a scenario', '[syntax-unexpected]', scenario(GOOD).replace('期望 {', '期望 {{')),
    sc('failing expectation', '综合等次', scenario(GOOD, '综合等次 = 一般'), 1),
    sc('missing fact a rule needs', '[fact-missing]', scenario('甲得分 = 95; 成员们 = []')),
    sc('impossible date', '[invalid-date]', scenario(`${GOOD}; 发现日期 = 2015-02-29`)),
    sc('score of 22 digits', '[fact-range]', scenario(`甲得分 = 1${'0'.repeat(21)}; 乙得分 = 90; 成员们 = []`)),
    sc('score of 31 digits', '[number-too-long]', scenario(`甲得分 = 1${'0'.repeat(30)}; 乙得分 = 90; 成员们 = []`)),
    sc('discovery date in year 0000', '[invalid-date]', scenario(`${GOOD}; 发现日期 = 0000-01-01`)),
    sc('scenario 年度 of 5 digits', '[number-too-long]', scenario(GOOD).replace('对 班子 {', '对 班子 年度 20155 {')),
    sc('scenario 截至 in year 0000', '[invalid-date]', scenario(GOOD).replace('对 班子 {', '对 班子 截至 0000-01-01 {')),
];
