import type { BadCase } from './case.js';

const cli = (name: string, args: string[], extra: Partial<BadCase> = {}): BadCase => ({ name: `cli: ${name}`, args, exit: 2, pick: '', ...extra });

/** Bad command lines: usage errors exit 2 without touching any file. */
export const cliCases: BadCase[] = [
    cli('unknown command', ['frobnicate', 'rules.zeren']),
    cli('run without --facts', ['run', 'rules.zeren'], { output: true }),
    cli('unknown flag', ['check', '--frobnicate', 'rules.zeren']),
    cli('nonexistent path', ['check', 'nowhere.zeren']),
    cli('unsupported --lang', ['check', 'rules.zeren', '--lang', 'xx'], { langFromEnv: true }),
    cli('no paths', ['check']),
    cli('unknown reporter', ['test', '.', '--reporter', 'xml'], { output: true }),
    cli('directory without .zeren files', ['check', 'empty'], { files: { 'empty/.keep': '' } }),
    cli('--facts without a value', ['run', 'rules.zeren', '--facts']),
    cli('output into a missing directory', ['test', '.', '--reporter', 'json', '-o', 'missing/dir/out.json'], { files: { 'scenarios.zeren': '场景集 空 针对 考核办法样例 {\n}\n' }, prefix: true }),
    cli('a file that is not .zeren', ['check', 'notes.txt'], { files: { 'notes.txt': '不是规则' } }),
    cli('--calendar years that do not adjoin the national calendar', ['test', '.', '--calendar', 'cal.json'], { files: { 'cal.json': '{ "years": { "from": 2030, "to": 2030 }, "holidays": [], "workdays": [] }' } }),
    cli('--calendar with a day both holiday and working day', ['test', '.', '--calendar', 'cal.json'], { files: { 'cal.json': '{ "holidays": ["2027-01-04"], "workdays": ["2027-01-04"] }' } }),
];
