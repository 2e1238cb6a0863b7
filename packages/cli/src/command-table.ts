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
    facts: { type: 'string', short: 'f', arg: w('事实.json|yaml', 'facts.json|yaml'), help: w('一个主体的事实文件', 'the fact file of one subject') },
    subject: { type: 'string', arg: w('主体', 'NAME'), help: w('事实文件未写明主体时指定', 'the subject, when the fact file does not name it') },
    explain: { type: 'boolean', help: w('同时输出解释（每条规则为何适用或不适用）', 'also print the explanation (why each rule applies or not)') },
    coverage: { type: 'boolean', help: w('列出没有场景覆盖的规则、条款与例外；有则失败', 'list rules, clauses and exceptions no scenario exercises; any fails the run') },
    seed: { type: 'string', arg: w('语料文件或目录', 'corpus file or dir'), help: w('语料（默认 ../shared/seed 或 ZEREN_SEED）', 'the corpus (default ../shared/seed or ZEREN_SEED)') },
    check: { type: 'boolean', help: w('只核对，不写入；需要改动时退出码 1 并列出文件', 'verify only, write nothing; exit 1 and list the files when something would change') },
    json: { type: 'boolean', help: w('输出 JSON', 'print JSON') },
    git: { type: 'boolean', help: w('比较 git 修订', 'compare git revisions') },
    impact: { type: 'boolean', help: w('同时列出场景结果的变化', 'also list how scenario outcomes change') },
    'exit-code': { type: 'boolean', help: w('有变化时退出码 1（同 git diff --exit-code）', 'exit 1 when there are changes (as git diff --exit-code)') },
    textconv: { type: 'boolean', help: w('输出规范化的规则清单（供 git 的 textconv 使用）', 'print the canonical rule listing (for git\'s textconv)') },
    'as-of': { type: 'string', arg: w('日期', 'DATE'), help: w('只用该日（YYYY-MM-DD）有效的文件', 'only documents in force on that day (YYYY-MM-DD)') },
    format: { type: 'string', arg: w('格式', 'format'), help: w('输出格式', 'output format') },
    filter: { type: 'string', arg: w('文本', 'TEXT'), help: w('只运行名称或场景集名称包含该文本的场景', 'only scenarios whose name or suite name contains TEXT') },
    'only-failures': { type: 'boolean', help: w('只列出失败的场景（和汇总行）', 'list only failing scenarios (and the summary line)') },
    watch: { type: 'boolean', help: w('保存文件后重新运行受影响的场景', 're-run the affected scenarios on every save') },
    write: { type: 'boolean', help: w('改写需要格式化的文件', 'rewrite the files that need formatting') },
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
        options: ['reporter', 'output', 'explain', 'coverage', 'calendar', 'filter', 'only-failures', 'watch'],
        examples: ['zeren test examples', 'zeren test examples --reporter junit -o junit.xml', 'zeren test examples --filter 否决 --only-failures --explain', 'zeren test rules/ --watch'],
    },
    {
        name: 'run',
        usage: w('run --facts <事实文件> <规则…>', 'run --facts <facts> <rules…>'),
        summary: w('对一个主体的事实进行评估', 'evaluate one subject\'s facts'),
        args: w('规则文件或目录', 'rule files or folders'),
        options: ['facts', 'subject', 'as-of', 'explain', 'json', 'output', 'calendar'],
        examples: ['zeren run --facts facts/team.json rules.zeren', 'zeren run --json --facts cadre.yaml rules/ -o outcome.json'],
    },
    {
        name: 'explain',
        usage: w('explain --facts <事实文件> <规则…>', 'explain --facts <facts> <rules…>'),
        summary: w('同 run --explain', 'same as run --explain'),
        args: w('规则文件或目录', 'rule files or folders'),
        options: ['facts', 'subject', 'as-of', 'json', 'output', 'calendar'],
        examples: ['zeren explain --facts facts/cadre.yaml rules.zeren'],
    },
    {
        name: 'diff',
        usage: w('diff <旧> <新> | diff --git <修订1> [<修订2>] [-- 路径…] | diff --textconv <文件>', 'diff <old> <new> | diff --git <rev1> [<rev2>] [-- paths…] | diff --textconv <file>'),
        summary: w('比较规则的语义差异（不是文本差异）', 'semantic diff of rules (not of text)'),
        args: w('两个文件或目录；或 git 修订（省略修订2 则与工作区比较）', 'two files or folders; or git revisions (rev2 omitted: the work tree)'),
        options: ['git', 'impact', 'json', 'exit-code', 'textconv'],
        examples: ['zeren diff old/rules.zeren new/rules.zeren --impact', 'zeren diff --git HEAD~1 HEAD', 'zeren diff --git main -- rules/'],
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
        usage: w('schema', 'schema'),
        summary: w('输出评估结果的 JSON Schema', 'print the JSON Schema of an outcome'),
        options: [],
        examples: ['zeren schema > outcome.schema.json'],
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
