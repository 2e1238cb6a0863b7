import type { BadCase } from './case.js';

const run = (name: string, file: string, content: string, extra: string[] = [], prefix = false): BadCase => ({
    name: `facts: ${name}`, files: { [file]: content }, args: ['run', 'rules.zeren', '--facts', file, ...extra], exit: 2, pick: `${file}:`, prefix, output: true,
});
const json = (facts: object, subject: string | undefined = '班子') => JSON.stringify(subject === undefined ? { facts } : { subject, facts }, null, 2);
const OK = { 甲得分: 95, 乙得分: 90, 成员们: [] as unknown[] };

/** Invalid JSON/YAML fact files for `zeren run`: exit 2, the field's path and position, nothing written. */
export const factCases: BadCase[] = [
    run('malformed JSON', 'f.json', '{ "subject": "班子", "facts": { "甲得分": 95, } }', [], true),
    run('malformed YAML', 'f.yaml', 'subject: 班子\nfacts:\n  甲得分: [95\n', [], true),
    run('duplicate YAML key', 'f.yaml', 'subject: 班子\nfacts:\n  甲得分: 95\n  甲得分: 96\n', [], true),
    run('facts missing', 'f.json', '{ "subject": "班子" }'),
    run('unknown top-level key', 'f.json', '{ "subject": "班子", "facts": {}, "extra": 1 }'),
    run('year not an integer', 'f.json', '{ "subject": "班子", "year": 2015.5, "facts": {} }'),
    run('facts not an object', 'f.json', '{ "subject": "班子", "facts": [1, 2] }'),
    run('boolean given as text', 'f.json', json({ ...OK, 被查处: 'yes' })),
    run('number given as boolean', 'f.json', json({ ...OK, 甲得分: true })),
    run('unknown fact', 'f.json', json({ ...OK, 丁得分: 1 })),
    run('unknown fact of a member', 'f.json', json({ ...OK, 成员们: [{ label: '张三' }, { label: '李四', 年龄: 40 }] })),
    run('member not an object', 'f.json', json({ ...OK, 成员们: [3] })),
    run('list given as a number', 'f.json', json({ ...OK, 成员们: 3 })),
    run('score above its range', 'f.json', json({ ...OK, 甲得分: 100.5 })),
    run('count below its range', 'f.yaml', 'subject: 班子\nfacts:\n  甲得分: 95\n  乙得分: 90\n  次数: -1\n  成员们: []\n'),
    run('huge number', 'f.json', `{ "subject": "班子", "facts": { "甲得分": 1${'0'.repeat(40)}, "乙得分": 90, "成员们": [] } }`),
    run('too many decimals', 'f.yaml', 'subject: 班子\nfacts:\n  甲得分: 95.125\n  乙得分: 90\n  成员们: []\n'),
    run('integer with decimals', 'f.json', json({ ...OK, 次数: 1.5 })),
    run('unknown scale value', 'f.json', json({ ...OK, 成员们: [{ label: '张三', 受处分: '记过' }] })),
    run('impossible date', 'f.json', json({ ...OK, 发现日期: '2015-02-29' })),
    { ...run('unknown subject', 'f.json', json(OK, '领导班子')), pick: '领导班子' },
    run('empty subject name', 'f.json', json(OK, '')),
    run('fact file does not exist', 'f.json', '{}', []),
    { ...run('unknown subject from the command line', 'f.json', json(OK), ['--subject', '团队']), pick: '团队' },
];
// The file is written but the command names another one.
const missing = factCases.find(c => c.name === 'facts: fact file does not exist')!;
missing.args = ['run', 'rules.zeren', '--facts', 'nowhere.json'];
missing.pick = 'nowhere.json';
