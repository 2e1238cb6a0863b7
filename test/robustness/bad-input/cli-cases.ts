import type { BadCase, Want } from './case.js';
import { want } from './case.js';

const cli = (name: string, args: string[], expectation: Want, extra: Partial<BadCase> = {}): BadCase => ({ name: `cli: ${name}`, args, exit: 2, pick: '', want: expectation, ...extra });
const FACTS = { 'f.json': '{ "subject": "班子", "facts": { "甲得分": 95, "乙得分": 90, "成员们": [] } }' };
const SUITE = { 'scenarios.zeren': '场景集 空 针对 考核办法样例 {\n}\n' };
const COMMANDS = ['check', 'test', 'run', 'explain', 'diff', 'ledger', 'schema', 'fmt', 'git-setup', 'completion'];

/** Bad command lines: usage errors exit 2 without touching any file, naming the option or value at fault and what is valid. */
export const cliCases: BadCase[] = [
    cli('unknown command', ['frobnicate', 'rules.zeren'], want(undefined, 'frobnicate', ['check, test, run'], ['未知命令'], ['Unknown command'])),
    cli('run without --facts', ['run', 'rules.zeren'], want(undefined, '--facts', [], ['需要'], ['is required']), { output: true }),
    cli('unknown flag', ['check', '--frobnicate', 'rules.zeren'], want(undefined, '--frobnicate', ['zeren check', '--format'], ['未知选项'], ['Unknown option'])),
    cli('nonexistent path', ['check', 'nowhere.zeren'], want(undefined, 'nowhere.zeren', [], ['路径不存在'], ['does not exist'])),
    cli('unsupported --lang', ['check', 'rules.zeren', '--lang', 'xx'], want(undefined, '--lang', ['xx', 'zh, en']), { langFromEnv: true }),
    cli('no paths', ['check'], want(undefined, undefined, [], ['规则文件或目录'], ['rule files or directories'])),
    cli('unknown reporter', ['test', '.', '--reporter', 'xml'], want(undefined, '--reporter', ['xml', 'text, junit, json']), { output: true }),
    cli('directory without .zeren files', ['check', 'empty'], want(undefined, 'empty', ['.zeren'], ['没有找到'], ['No .zeren files']), { files: { 'empty/.keep': '' } }),
    cli('--facts without a value', ['run', 'rules.zeren', '--facts'], want(undefined, '--facts', [], ['需要一个值'], ['needs a value'])),
    cli('output into a missing directory', ['test', '.', '--reporter', 'json', '-o', 'missing/dir/out.json'], want(undefined, 'missing/dir/out.json', [], ['无法写入', '不存在'], ['Cannot write', 'no such file'])
        , { files: SUITE }),
    cli('a file that is not .zeren', ['check', 'notes.txt'], want(undefined, 'notes.txt', ['.zeren', '--facts']), { files: { 'notes.txt': '不是规则' } }),
    cli('--calendar years that do not adjoin the national calendar', ['test', '.', '--calendar', 'cal.json'], want(undefined, 'cal.json', ['years', '2030', '2004–2026']),
        { files: { 'cal.json': '{ "years": { "from": 2030, "to": 2030 }, "holidays": [], "workdays": [] }' } }),
    cli('--calendar with a day both holiday and working day', ['test', '.', '--calendar', 'cal.json'], want(undefined, 'cal.json', ['workdays[0]', '2027-01-04'], ['节假日', '工作日'], ['holiday', 'working day']),
        { files: { 'cal.json': '{ "holidays": ["2027-01-04"], "workdays": ["2027-01-04"] }' } }),
    // Every command: an option it does not have is named, with the options it has.
    ...COMMANDS.map(c => cli(`${c}: unknown option`, [c, '--frobnicate'], want(undefined, '--frobnicate', [`zeren ${c}`], ['未知选项'], ['Unknown option']))),
    // Every string option without its value.
    ...[['test', '--reporter'], ['test', '--coverage-min'], ['test', '--calendar'], ['test', '--filter'], ['run', '--subject'], ['run', '--rule'], ['run', '--document'], ['run', '--as-of'],
        ['run', '--report'], ['run', '--facts-list'], ['check', '--format'], ['diff', '--format'], ['ledger', '--seed'], ['schema', '--facts'], ['test', '-o']]
        .map(([c, o]) => cli(`${c}: ${o} without a value`, [c, 'rules.zeren', o], want(undefined, o, [], ['需要一个值'], ['needs a value']))),
    // Values outside the allowed ones.
    cli('check --format xml', ['check', 'rules.zeren', '--format', 'xml'], want(undefined, '--format', ['xml', 'text, json, sarif'])),
    cli('diff --format xml', ['diff', 'rules.zeren', 'rules.zeren', '--format', 'xml'], want(undefined, '--format', ['xml', 'text, json, markdown'])),
    cli('test --reporter JUnit (wrong case)', ['test', '.', '--reporter', 'JUnit'], want(undefined, '--reporter', ['JUnit', 'text, junit, json'])),
    cli('--lang cn', ['check', 'rules.zeren', '--lang', 'cn'], want(undefined, '--lang', ['cn', 'zh, en']), { langFromEnv: true }),
    cli('test --coverage-min 150', ['test', '.', '--coverage-min', '150'], want(undefined, '--coverage-min', ['150', '0–100'])),
    cli('test --coverage-min abc', ['test', '.', '--coverage-min', 'abc'], want(undefined, '--coverage-min', ['abc', '0–100'])),
    cli('test --coverage-min -5', ['test', '.', '--coverage-min=-5'], want(undefined, '--coverage-min', ['-5', '0–100'])),
    cli('run --as-of 2015-02-30', ['run', 'rules.zeren', '--facts', 'f.json', '--as-of', '2015-02-30'], want(undefined, '--as-of', ['2015-02-30', 'YYYY-MM-DD']), { files: FACTS }),
    cli('run --as-of 2015/12/31', ['run', 'rules.zeren', '--facts', 'f.json', '--as-of', '2015/12/31'], want(undefined, '--as-of', ['2015/12/31', 'YYYY-MM-DD']), { files: FACTS }),
    cli('completion fish', ['completion', 'fish'], want(undefined, 'fish', ['bash, zsh'])),
    cli('help for an unknown command', ['help', 'frobnicate'], want(undefined, 'frobnicate', ['check, test, run'])),
    // Missing files and wrong extensions.
    cli('run: rule file missing', ['run', 'nowhere.zeren', '--facts', 'f.json'], want(undefined, 'nowhere.zeren', [], ['路径不存在'], ['does not exist']), { files: FACTS }),
    cli('test: path missing', ['test', 'nowhere'], want(undefined, 'nowhere', [], ['路径不存在'], ['does not exist'])),
    cli('fmt: file missing', ['fmt', 'nowhere.zeren'], want(undefined, 'nowhere.zeren', [], ['路径不存在'], ['does not exist'])),
    cli('diff: old side missing', ['diff', 'nowhere.zeren', 'rules.zeren'], want(undefined, 'nowhere.zeren', [], ['不存在'], ['does not exist'])),
    cli('diff: one side only', ['diff', 'rules.zeren'], want(undefined, 'zeren diff', [], ['用法错误'], ['Usage error'])),
    cli('explain without --facts', ['explain', 'rules.zeren'], want(undefined, '--facts', [], ['需要'], ['is required'])),
    cli('run: fact file with an unknown extension', ['run', 'rules.zeren', '--facts', 'f.txt'], want(undefined, 'f.txt', ['.json', '.yaml', '.csv', '.xlsx'])),
    cli('run: an Excel 97–2003 workbook', ['run', 'rules.zeren', '--facts', 'f.xls'], want(undefined, 'f.xls', ['.xlsx'])),
    cli('test --calendar file missing', ['test', '.', '--calendar', 'nowhere.json'], want(undefined, 'nowhere.json', [], ['工作日历文件', '不存在'], ['calendar file', 'no such file'])),
    cli('test --calendar not JSON', ['test', '.', '--calendar', 'cal.json'], want(undefined, 'cal.json', [], ['不是有效的 JSON'], ['not valid JSON']), { files: { 'cal.json': 'holidays: [2027-01-04]' } }),
    cli('test --calendar impossible date', ['test', '.', '--calendar', 'cal.json'], want(undefined, 'cal.json', ['holidays[1]', '2027-02-30']), { files: { 'cal.json': '{ "holidays": ["2027-01-04", "2027-02-30"] }' } }),
    cli('test --calendar a number for a date', ['test', '.', '--calendar', 'cal.json'], want(undefined, 'cal.json', ['workdays[0]', 'YYYY-MM-DD']), { files: { 'cal.json': '{ "workdays": [20270104] }' } }),
    cli('test --calendar unknown field', ['test', '.', '--calendar', 'cal.json'], want(undefined, 'cal.json', ['holiday'], ['未知字段'], ['unknown field']), { files: { 'cal.json': '{ "holiday": ["2027-01-04"] }' } }),
    cli('test --calendar holidays not a list', ['test', '.', '--calendar', 'cal.json'], want(undefined, 'cal.json', ['holidays'], ['日期数组'], ['array of dates']), { files: { 'cal.json': '{ "holidays": "2027-01-04" }' } }),
    cli('test --calendar years from after to', ['test', '.', '--calendar', 'cal.json'], want(undefined, 'cal.json', ['years', 'from ≤ to']), { files: { 'cal.json': '{ "years": { "from": 2028, "to": 2027 } }' } }),
    cli('run --calendar top level a list', ['run', 'rules.zeren', '--facts', 'f.json', '--calendar', 'cal.json'], want(undefined, 'cal.json', [], ['应为对象'], ['expected an object']), { files: { ...FACTS, 'cal.json': '["2027-01-04"]' } }),
    // Names that do not exist.
    cli('run --rule unknown', ['run', 'rules.zeren', '--facts', 'f.json', '--rule', '不存在的规则'], want(undefined, '不存在的规则', ['考核办法样例', '综合得分、综合等次、班子否决']), { files: FACTS }),
    cli('run --document unknown', ['run', 'rules.zeren', '--facts', 'f.json', '--document', '不存在的办法'], want(undefined, '不存在的办法', ['班子', '考核办法样例']), { files: FACTS }),
    cli('schema --facts unknown subject', ['schema', '--facts', '领导班子', 'rules.zeren'], want(undefined, '领导班子', ['成员、班子'])),
    cli('run --subject unknown', ['run', 'rules.zeren', '--facts', 'f.json', '--subject', '小组'], want(undefined, '小组', ['成员、班子']), { files: { 'f.json': '{ "facts": { "甲得分": 95 } }' } }),
    cli('schema --document without --facts', ['schema', '--document', '考核办法样例'], want(undefined, '--document', ['--facts'])),
    cli('schema with rule files but no --facts', ['schema', 'rules.zeren'], want(undefined, 'rules.zeren', ['--facts'])),
    cli('batch CSV: a quote never closed', ['run', 'rules.zeren', '--facts', 'q.csv', '-o', 'out.csv'], { ...want('q.csv:3:2', undefined, [], ['引号未闭合'], ['never closed']) },
        { files: { 'q.csv': 'subject,label,甲得分\n班子,A,95\n班子,"B,90\n' }, pick: 'q.csv:3' }),
    { ...cli('batch CSV: a value beyond the header', ['run', 'rules.zeren', '--facts', 'x.csv'], want('x.csv:3:4', undefined, ['4', '3'], ['表头'], ['header']),
        { files: { 'x.csv': 'subject,label,甲得分\n班子,A,95\n班子,B,90,多余\n' }, pick: 'x.csv:3' }), exit: 1 },
    { ...cli('batch JSON: a row naming another document', ['run', 'rules.zeren', '--facts', 'd.json'], want('d.json:3', '[document]', ['别的办法', '考核办法样例']),
        { files: { 'd.json': '[\n  { "subject": "班子", "label": "A", "facts": { "甲得分": 95 } },\n  { "subject": "班子", "label": "B", "document": "别的办法", "facts": { "甲得分": 95 } }\n]\n' }, pick: 'd.json:3' }), exit: 1 },
    cli('run --facts-list without =', ['run', 'rules.zeren', '--facts', 'b.csv', '--facts-list', 'members.csv'], want(undefined, '--facts-list', ['members.csv']), { files: { 'b.csv': 'subject,label,甲得分\n班子,A,95\n' } }),
    // zeren.json, the project file.
    cli('zeren.json not JSON', ['check', 'rules.zeren'], want(undefined, 'zeren.json', [], ['不是有效的 JSON'], ['not valid JSON']), { files: { 'zeren.json': '{ roots: [] }' } }),
    cli('zeren.json unknown field', ['check', 'rules.zeren'], want(undefined, 'zeren.json', ['rots', 'roots'], ['未知字段'], ['Unrecognized key']), { files: { 'zeren.json': '{ "rots": ["."] }' } }),
    cli('zeren.json language fr', ['check', 'rules.zeren'], want(undefined, 'zeren.json', ['language'], ['无效选项', '"zh"|"en"'], ['Invalid option', '"zh"|"en"']), { files: { 'zeren.json': '{ "language": "fr" }' } }),
    cli('zeren.json empty roots', ['check', 'rules.zeren'], want(undefined, 'zeren.json', ['roots']), { files: { 'zeren.json': '{ "roots": [] }' } }),
    cli('zeren.json calendar file missing', ['test', '.'], want(undefined, 'cal.json', [], ['不存在'], ['no such file']), { files: { 'zeren.json': '{ "calendar": "cal.json" }' } }),
];
