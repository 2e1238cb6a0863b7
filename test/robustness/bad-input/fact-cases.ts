import type { BadCase, Want } from './case.js';
import { want } from './case.js';

const run = (name: string, file: string, content: string, expectation: Want, extra: string[] = [], prefix = false): BadCase => ({
    name: `facts: ${name}`, files: { [file]: content }, args: ['run', 'rules.zeren', '--facts', file, ...extra], exit: 2, pick: `${file}:`, prefix, output: true, want: expectation,
});
const json = (facts: object, subject: string | undefined = '班子') => JSON.stringify(subject === undefined ? { facts } : { subject, facts }, null, 2);
const OK = { 甲得分: 95, 乙得分: 90, 成员们: [] as unknown[] };

/** Invalid JSON/YAML fact files for `zeren run`: exit 2, the field's path and position, nothing written. */
export const factCases: BadCase[] = [
    run('malformed JSON', 'f.json', '{ "subject": "班子", "facts": { "甲得分": 95, } }', want('f.json:1:42', 'JSON', ['f.json'], ['不是有效的'], ['not valid']), [], true),
    run('malformed YAML', 'f.yaml', 'subject: 班子\nfacts:\n  甲得分: [95\n', want('f.yaml:4:1', 'YAML', ['f.yaml'], ['不是有效的'], ['not valid']), [], true),
    run('duplicate YAML key', 'f.yaml', 'subject: 班子\nfacts:\n  甲得分: 95\n  甲得分: 96\n', want('f.yaml:4:3', 'YAML', ['f.yaml'], ['不是有效的'], ['not valid']), [], true),
    run('facts missing', 'f.json', '{ "subject": "班子" }', want('f.json:1:1', 'facts', [], ['缺少此字段', '对象'], ['expected record'])),
    run('unknown top-level key', 'f.json', '{ "subject": "班子", "facts": {}, "extra": 1 }', want('f.json:1:1', 'extra', [], ['未知字段', '可用'], ['Unrecognized key'])),
    run('year not an integer', 'f.json', '{ "subject": "班子", "year": 2015.5, "facts": {} }', want('f.json:1:28', 'year', [], ['整数'], ['expected int'])),
    run('facts not an object', 'f.json', '{ "subject": "班子", "facts": [1, 2] }', want('f.json:1:29', 'facts', [], ['对象', '列表'], ['expected record', 'array'])),
    run('boolean given as text', 'f.json', json({ ...OK, 被查处: 'yes' }), want('f.json:7:12', '被查处', ['"yes"'], ['是/否'], ['yes/no'])),
    run('number given as boolean', 'f.json', json({ ...OK, 甲得分: true }), want('f.json:4:12', '甲得分', ['true'], ['小数（至多 2 位）'], ['decimal (at most 2 places)'])),
    run('unknown fact', 'f.json', json({ ...OK, 丁得分: 1 }), want('f.json:7:12', '丁得分', ['班子'])),
    run('unknown fact of a member', 'f.json', json({ ...OK, 成员们: [{ label: '张三' }, { label: '李四', 年龄: 40 }] }), want('f.json:12:15', '年龄', ['成员'])),
    run('member not an object', 'f.json', json({ ...OK, 成员们: [3] }), want('f.json:7:7', '成员们', ['3'], ['成员对象'], ['a 成员 object'])),
    run('list given as a number', 'f.json', json({ ...OK, 成员们: 3 }), want('f.json:6:12', '成员们', ['3'], ['成员的列表'], ['list of 成员'])),
    run('score above its range', 'f.json', json({ ...OK, 甲得分: 100.5 }), want('f.json:4:12', '甲得分', ['100.5', '0..100'])),
    run('count below its range', 'f.yaml', 'subject: 班子\nfacts:\n  甲得分: 95\n  乙得分: 90\n  次数: -1\n  成员们: []\n', want('f.yaml:5:7', '次数', ['-1', '0..10'])),
    run('huge number', 'f.json', `{ "subject": "班子", "facts": { "甲得分": 1${'0'.repeat(40)}, "乙得分": 90, "成员们": [] } }`, want('f.json:1:38', '甲得分', [`1${'0'.repeat(40)}`, '0..100'])),
    run('too many decimals', 'f.yaml', 'subject: 班子\nfacts:\n  甲得分: 95.125\n  乙得分: 90\n  成员们: []\n', want('f.yaml:3:8', '甲得分', ['2', '3'], ['位小数'], ['decimal places'])),
    run('integer with decimals', 'f.json', json({ ...OK, 次数: 1.5 }), want('f.json:7:11', '次数', ['1.5', '整数'])),
    run('unknown scale value', 'f.json', json({ ...OK, 成员们: [{ label: '张三', 受处分: '记过' }] }), want('f.json:9:16', '记过', ['处分'])),
    run('impossible date', 'f.json', json({ ...OK, 发现日期: '2015-02-29' }), want('f.json:7:13', '发现日期', ['2015-02-29'], ['不存在'], ['does not exist'])),
    { ...run('unknown subject', 'f.json', json(OK, '领导班子'), want(undefined, '领导班子', ['成员、班子'], ['没有主体'], ['no subject'])), pick: '领导班子' },
    run('empty subject name', 'f.json', json(OK, ''), want('f.json:2:14', 'subject', [], ['不能为空'], ['Too small'])),
    { ...run('fact file does not exist', 'f.json', '{}', want(undefined, 'nowhere.json', [], ['文件不存在'], ['no such file'])), args: ['run', 'rules.zeren', '--facts', 'nowhere.json'], pick: 'nowhere.json' },
    { ...run('unknown subject from the command line', 'f.json', json(OK), want(undefined, '团队', ['成员、班子'], ['没有主体'], ['no subject']), ['--subject', '团队']), pick: '团队' },
];
