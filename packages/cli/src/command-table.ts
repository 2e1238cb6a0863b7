/**
 * Every command and option of `zeren`, in one table: the parser, the per-command help, the
 * usage errors and the shell completions all read it, so they cannot disagree.
 * To add an option: declare it in OPTIONS, then name it in the commands it applies to.
 */

export interface Words {
    zh: string;
    en: string;
}

export interface OptionSpec {
    type: 'string' | 'boolean';
    short?: string;
    /** The placeholder of a string option's value, as shown in help. */
    arg?: Words;
    /** The only values allowed; anything else is a usage error that lists them. */
    values?: readonly string[];
    /** May be given several times (the values are collected in order). */
    multiple?: boolean;
    help: Words;
}

export interface CommandSpec {
    name: string;
    /** The synopsis after `zeren `. */
    usage: Words;
    summary: Words;
    /** What the positional arguments are. */
    args?: Words;
    options: string[];
    /** Values of an option that differ by command (--format of check and of diff). */
    optionValues?: Record<string, readonly string[]>;
    /** What an option takes and means in this command, where that differs (--facts of schema names a subject). */
    optionHelp?: Record<string, { arg: Words; help: Words }>;
    examples: string[];
}

const w = (zh: string, en: string): Words => ({ zh, en });

/** Options every command accepts. */
export const GLOBAL_OPTIONS = ['lang', 'help'];

export const OPTIONS: Record<string, OptionSpec> = {
    lang: { type: 'string', arg: w('zh|en', 'zh|en'), values: ['zh', 'en'], help: w('输出语言（默认取 LANG 环境变量，否则中文）', 'output language (default from LANG, otherwise Chinese)') },
    help: { type: 'boolean', short: 'h', help: w('显示帮助', 'show help') },
    version: { type: 'boolean', short: 'v', help: w('显示版本', 'show the version') },
    reporter: { type: 'string', arg: w('格式', 'format'), values: ['text', 'junit', 'json'], help: w('输出格式', 'output format') },
    output: { type: 'string', short: 'o', arg: w('文件', 'file'), help: w('写入文件（先写临时文件再改名）', 'write to a file (written to a temporary name, then renamed)') },
    facts: { type: 'string', short: 'f', arg: w('事实文件', 'FILE'), help: w('事实文件：一个主体（.json/.yaml），或多个主体（JSON 数组、.jsonl、.csv、.xlsx）', 'the fact file: one subject (.json/.yaml), or many (a JSON array, .jsonl, .csv, .xlsx)') },
    subject: { type: 'string', arg: w('主体', 'NAME'), help: w('事实文件未写明主体时指定', 'the subject, when the fact file does not name it') },
    explain: { type: 'boolean', help: w('同时输出解释（每条规则为何适用或不适用）', 'also print the explanation (why each rule applies or not)') },
    coverage: { type: 'boolean', help: w('结果覆盖率：每个等次、条款成立与不成立、例外适用与不适用、期限状态……是否都有场景达到', 'outcome coverage: whether scenarios reach every grade band, each clause holding and not, each exception applying and not, each deadline status…') },
    'coverage-min': { type: 'string', arg: w('百分比', 'PERCENT'), help: w('结果覆盖率低于该百分比（0–100）时退出码 1', 'exit 1 when outcome coverage is below this percentage (0–100)') },
    seed: { type: 'string', arg: w('语料文件或目录', 'corpus file or dir'), help: w('语料（默认 ../shared/seed 或 ZEREN_SEED）', 'the corpus (default ../shared/seed or ZEREN_SEED)') },
    check: { type: 'boolean', help: w('只核对，不写入；需要改动时退出码 1 并列出文件', 'verify only, write nothing; exit 1 and list the files when something would change') },
    json: { type: 'boolean', help: w('输出 JSON', 'print JSON') },
    git: { type: 'boolean', help: w('比较 git 修订', 'compare git revisions') },
    impact: { type: 'boolean', help: w('同时列出场景结果的变化', 'also list how scenario outcomes change') },
    'exit-code': { type: 'boolean', help: w('有变化时退出码 1（同 git diff --exit-code）', 'exit 1 when there are changes (as git diff --exit-code)') },
    textconv: { type: 'boolean', help: w('输出规范化的规则清单（供 git 的 textconv 使用）', 'print the canonical rule listing (for git\'s textconv)') },
    suggest: { type: 'boolean', help: w('列出新版本下不再成立的场景期望，并给出新的期望值', 'list scenario expectations that no longer hold on the new side, with the new expected values') },
    witness: { type: 'boolean', help: w('为每个语义变化找一个见证主体（两边结果不同，已在两边验证），或说明为何等价', 'find a witness subject for each semantic change (outcomes differ, verified on both sides), or say why none exists') },
    write: { type: 'boolean', help: w('写入文件（diff --suggest：把新的期望值写入场景文件；fmt：改写需要格式化的文件）', 'write the files (diff --suggest: the new expected values into the scenario files; fmt: rewrite the files that need formatting)') },
    'as-of': { type: 'string', arg: w('日期', 'DATE'), help: w('只用该日（YYYY-MM-DD）有效的文件', 'only documents in force on that day (YYYY-MM-DD)') },
    format: { type: 'string', arg: w('格式', 'format'), help: w('输出格式', 'output format') },
    filter: { type: 'string', arg: w('文本', 'TEXT'), help: w('只运行名称或场景集名称包含该文本的场景', 'only scenarios whose name or suite name contains TEXT') },
    'only-failures': { type: 'boolean', help: w('只列出失败的场景（和汇总行）', 'list only failing scenarios (and the summary line)') },
    watch: { type: 'boolean', help: w('保存文件后重新运行受影响的场景', 're-run the affected scenarios on every save') },
    'facts-list': { type: 'string', multiple: true, arg: w('事实名=文件', 'FACT=FILE'), help: w('列表事实（如 成员）的表格，按 名称 列对应主体行（可重复）', 'a table of a list fact (e.g. 成员), keyed to the subject rows by 名称 (repeatable)') },
    report: { type: 'string', arg: w('报告.html', 'report.html'), help: w('写出一个可离线打开的 HTML 报告（图表、可排序的表格、每个主体的解释）', 'write a self-contained HTML report (charts, a sortable table, each subject\'s explanation)') },
    rule: { type: 'string', multiple: true, arg: w('规则', 'RULE'), help: w('只评估这条规则及其依据（可重复）；其他规则需要的事实不必给出', 'evaluate only this rule and what it depends on (repeatable); facts only other rules need are not required') },
    document: { type: 'string', arg: w('文件名', 'DOCUMENT'), help: w('有多个文件声明该主体时，选择其一（文件的名称）', 'the document to use when several declare the subject (its name)') },
    calendar: { type: 'string', arg: w('文件.json', 'file.json'), help: w('工作日历调整（本地安排或国家日历未覆盖的年份）', 'working-day overrides (a local arrangement, or a year the national calendar lacks)') },
};

export const COMMANDS: CommandSpec[] = [
    {
        name: 'check',
        usage: w('check <文件或目录…>', 'check <files or dirs…>'),
        summary: w('检查规则与场景文件（有错误时退出码 1）', 'check rule and scenario files (exit 1 on errors)'),
        args: w('.zeren 文件或包含它们的目录', '.zeren files, or folders holding them'),
        options: ['format', 'json'],
        optionValues: { format: ['text', 'json', 'sarif'] },
        examples: ['zeren check examples', 'zeren check rules/ --format json', 'zeren check rules/ --format sarif > zeren.sarif'],
    },
    {
        name: 'test',
        usage: w('test <文件或目录…>', 'test <files or dirs…>'),
        summary: w('运行全部场景，输出“N passed, M failed”', 'run every scenario; prints "N passed, M failed"'),
        args: w('场景文件或目录（旁边的规则文件自动加载）', 'scenario files or folders (the rule files beside them are loaded too)'),
        options: ['reporter', 'output', 'explain', 'coverage', 'coverage-min', 'calendar', 'filter', 'only-failures', 'watch'],
        examples: ['zeren test examples', 'zeren test examples --reporter junit -o junit.xml', 'zeren test examples --filter 否决 --only-failures --explain', 'zeren test rules/ --watch'],
    },
    {
        name: 'run',
        usage: w('run --facts <事实文件> <规则…>', 'run --facts <facts> <rules…>'),
        summary: w('对一个主体的事实进行评估', 'evaluate one subject\'s facts'),
        args: w('规则文件或目录', 'rule files or folders'),
        options: ['facts', 'facts-list', 'subject', 'document', 'rule', 'as-of', 'explain', 'json', 'output', 'report', 'calendar'],
        examples: ['zeren run --facts facts/team.json rules.zeren', 'zeren run --json --facts cadre.yaml rules/ -o outcome.json', 'zeren run --rule 领导班子否决 --facts partial.json rules.zeren'],
    },
    {
        name: 'explain',
        usage: w('explain --facts <事实文件> <规则…>', 'explain --facts <facts> <rules…>'),
        summary: w('同 run --explain', 'same as run --explain'),
        args: w('规则文件或目录', 'rule files or folders'),
        options: ['facts', 'facts-list', 'subject', 'document', 'rule', 'as-of', 'json', 'output', 'report', 'calendar'],
        examples: ['zeren explain --facts facts/cadre.yaml rules.zeren'],
    },
    {
        name: 'diff',
        usage: w('diff <旧> <新> | diff --git <修订1> [<修订2>] [-- 路径…] | diff --textconv <文件>', 'diff <old> <new> | diff --git <rev1> [<rev2>] [-- paths…] | diff --textconv <file>'),
        summary: w('比较规则的语义差异（不是文本差异）', 'semantic diff of rules (not of text)'),
        args: w('两个文件或目录；或 git 修订（省略修订2 则与工作区比较）', 'two files or folders; or git revisions (rev2 omitted: the work tree)'),
        options: ['git', 'impact', 'witness', 'format', 'json', 'exit-code', 'textconv', 'suggest', 'write'],
        optionValues: { format: ['text', 'json', 'markdown'] },
        examples: ['zeren diff old/rules.zeren new/rules.zeren --impact', 'zeren diff --git HEAD~1 HEAD', 'zeren diff --git main -- rules/', 'zeren diff --git HEAD~1 HEAD --impact --witness --format markdown > review.md'],
    },
    {
        name: 'ledger',
        usage: w('ledger <目录>', 'ledger <dir>'),
        summary: w('生成（或核对）量化条款台账 LEDGER.md', 'write (or verify) the ledger LEDGER.md'),
        args: w('编码语料的目录', 'the folder of corpus encodings'),
        options: ['check', 'seed', 'output'],
        examples: ['zeren ledger examples --seed ../shared/seed', 'zeren ledger examples --check'],
    },
    {
        name: 'schema',
        usage: w('schema [--facts <主体> [--document 文件] [规则…]]', 'schema [--facts <subject> [--document D] [rules…]]'),
        summary: w('输出评估结果的 JSON Schema；带 --facts 时输出该主体事实文件的 JSON Schema', 'print the JSON Schema of an outcome; with --facts, of that subject\'s fact file'),
        args: w('规则文件或目录（默认当前目录）', 'rule files or folders (default: the current directory)'),
        options: ['facts', 'document'],
        optionHelp: {
            facts: { arg: w('主体', 'SUBJECT'), help: w('输出该主体事实文件的 JSON Schema（而非评估结果的）', 'print the JSON Schema of this subject\'s fact file (not of an outcome)') },
            document: { arg: w('文件名', 'DOCUMENT'), help: w('与 --facts 同用：有多个文件声明该主体时，选择其一', 'with --facts: the document to use when several declare the subject') },
        },
        examples: ['zeren schema > outcome.schema.json', 'zeren schema --facts 领导班子 examples/city/kaohe-2015 > team.facts.schema.json'],
    },
    {
        name: 'fmt',
        usage: w('fmt [--check|--write] <文件或目录…>', 'fmt [--check|--write] <files or dirs…>'),
        summary: w('按编辑器的格式化规则排版（默认输出到标准输出）', 'format as the editor does (by default, to standard output)'),
        args: w('.zeren 文件或包含它们的目录', '.zeren files, or folders holding them'),
        options: ['check', 'write'],
        examples: ['zeren fmt --check examples', 'zeren fmt --write rules/', 'zeren fmt rules.zeren > formatted.zeren'],
    },
    {
        name: 'git-setup',
        usage: w('git-setup', 'git-setup'),
        summary: w('让 git diff / git log -p 按规则显示 .zeren 文件的变化（可重复运行）', 'make git diff / git log -p show .zeren changes rule by rule (safe to re-run)'),
        options: [],
        examples: ['cd my-rules-repo && zeren git-setup', 'git log -p -- rules/'],
    },
    {
        name: 'completion',
        usage: w('completion bash|zsh', 'completion bash|zsh'),
        summary: w('输出 shell 补全脚本', 'print a shell completion script'),
        args: w('bash 或 zsh', 'bash or zsh'),
        options: [],
        examples: ['eval "$(zeren completion bash)"', 'eval "$(zeren completion zsh)"'],
    },
    {
        name: 'help',
        usage: w('help [命令]', 'help [command]'),
        summary: w('显示帮助', 'show help'),
        args: w('命令名', 'a command name'),
        options: [],
        examples: ['zeren help test'],
    },
];

export function commandSpec(name: string): CommandSpec | undefined {
    return COMMANDS.find(c => c.name === name);
}
