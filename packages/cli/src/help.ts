import type { Lang } from '@zeren/model';
import type { CommandSpec } from './command-table.js';
import { COMMANDS, GLOBAL_OPTIONS, OPTIONS } from './command-table.js';

const EXIT = {
    zh: '退出码：0 通过；1 发现问题；2 输入无效（不写出任何文件）；3 内部错误',
    en: 'Exit codes: 0 ok; 1 problems found; 2 invalid input (nothing is written); 3 internal error',
};

/** `zeren`, `zeren --help`: every command with its one-line summary. */
export function helpText(lang: Lang): string {
    const synopsis = (c: CommandSpec) => `zeren ${c.usage[lang].length > 40 ? `${c.name} …` : c.usage[lang]}`;
    const width = Math.max(...COMMANDS.map(c => displayWidth(synopsis(c)))) + 2;
    const lines = [
        lang === 'zh' ? 'zeren — 责任：问责制度即规则' : 'zeren — accountability measures as executable rules',
        '',
        lang === 'zh' ? '用法：' : 'Usage:',
        ...COMMANDS.map(c => `  ${synopsis(c)}${' '.repeat(width - displayWidth(synopsis(c)))}${c.summary[lang]}`),
        '',
        lang === 'zh' ? '全局选项：' : 'Global options:',
        ...['lang', 'help', 'version'].map(optionLine(lang)),
        '',
        lang === 'zh' ? '各命令的参数、选项与示例：zeren help <命令>' : 'Arguments, options and examples of a command: zeren help <command>',
        EXIT[lang],
    ];
    return lines.join('\n');
}

/** `zeren help <command>`, `zeren <command> --help`. */
export function commandHelp(spec: CommandSpec, lang: Lang): string {
    const zh = lang === 'zh';
    const lines = [`zeren ${spec.name} — ${spec.summary[lang]}`, '', `${zh ? '用法：' : 'Usage: '}zeren ${spec.usage[lang]}`];
    if (spec.args) lines.push('', `${zh ? '参数：' : 'Arguments: '}${spec.args[lang]}`);
    const options = [...spec.options, ...GLOBAL_OPTIONS];
    lines.push('', zh ? '选项：' : 'Options:', ...options.map(optionLine(lang, spec)));
    lines.push('', zh ? '示例：' : 'Examples:', ...spec.examples.map(e => `  ${e}`), '', EXIT[lang]);
    return lines.join('\n');
}

function optionLine(lang: Lang, spec?: CommandSpec): (name: string) => string {
    return name => {
        const o = { ...OPTIONS[name], ...spec?.optionHelp?.[name] };
        const values = spec?.optionValues?.[name] ?? o.values;
        const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` <${values?.join('|') ?? o.arg?.[lang] ?? ''}>` : ''}`;
        return `  ${flag.padEnd(34)}${o.help[lang]}`;
    };
}

/** Columns a terminal gives a string: CJK characters and full-width punctuation take two. */
function displayWidth(s: string): number {
    let n = 0;
    for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
    return n;
}
