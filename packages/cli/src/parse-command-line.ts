import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '@zeren/model';
import { CliError } from './cli-error.js';
import { COMMANDS, GLOBAL_OPTIONS, OPTIONS, commandSpec } from './command-table.js';

export type OptionValues = Record<string, string | string[] | boolean | undefined>;

export interface CommandLine {
    /** undefined: `zeren` alone, or only --help / --version. */
    command?: string;
    operands: string[];
    values: OptionValues;
}

const parseOptions = Object.fromEntries(
    Object.entries(OPTIONS).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }]),
) as NonNullable<ParseArgsConfig['options']>;

/**
 * Reads `zeren <command> [options] [operands]` against the command table. Every mistake is a
 * usage error (exit 2) in the user's language that names the valid choices; Node's own
 * parseArgs wording never reaches the user.
 */
export function parseCommandLine(argv: string[], lang: Lang): CommandLine {
    let parsed: { values: OptionValues; positionals: string[] };
    try {
        parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: parseOptions }) as typeof parsed;
    } catch (e) {
        throw translateParseError(e, argv, lang);
    }
    const [command, ...operands] = parsed.positionals;
    const spec = command === undefined ? undefined : commandSpec(command);
    if (command !== undefined && !spec) throw new CliError('cli-unknown-command', 2, command, COMMANDS.map(c => c.name).join(', '));
    for (const [name, value] of Object.entries(parsed.values)) {
        if (value === undefined) continue;
        if (spec && name !== 'version' && !GLOBAL_OPTIONS.includes(name) && !spec.options.includes(name)) {
            throw new CliError('cli-option-not-for', 2, `--${name}`, spec.name, optionList(spec.name));
        }
        const allowed = spec?.optionValues?.[name] ?? OPTIONS[name].values;
        if (allowed && typeof value === 'string' && !allowed.some(v => value === v || (name === 'lang' && value.toLowerCase().startsWith(v)))) {
            throw new CliError('cli-option-value', 2, `--${name}`, value, allowed.join(', '));
        }
    }
    return { command, operands, values: parsed.values };
}

/** `--a, --b <x>` for a command's options (globals included), as listed in usage errors. */
export function optionList(command: string | undefined): string {
    const names = [...(command ? commandSpec(command)?.options ?? [] : Object.keys(OPTIONS)), ...GLOBAL_OPTIONS];
    return [...new Set(names)].map(n => `--${n}`).join(', ');
}

function translateParseError(e: unknown, argv: string[], lang: Lang): unknown {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) return e;
    const message = (e as Error).message;
    const flag = /--[\w-]+/.exec(message)?.[0] ?? /'(-[^' ,]+)/.exec(message)?.[1] ?? '';
    const name = flag.replace(/^--?/, '');
    const option = OPTIONS[name] ?? Object.entries(OPTIONS).find(([, o]) => o.short === name)?.[1];
    const longName = OPTIONS[name] ? name : Object.entries(OPTIONS).find(([, o]) => o.short === name)?.[0];
    const command = argv.find(a => commandSpec(a));
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new CliError('cli-unknown-option', 2, flag, command ?? '', optionList(command));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
        if (option.type === 'boolean') return new CliError('cli-option-no-value', 2, `--${longName}`);
        return new CliError('cli-option-needs-value', 2, `--${longName}`, option.values?.join('|') ?? option.arg?.[lang] ?? '');
    }
    return new CliError('cli-usage', 2, flag || argv.join(' '));
}
