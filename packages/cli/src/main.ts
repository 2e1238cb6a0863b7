import { parseArgs } from 'node:util';
import { outcomeJsonSchema, render, detectLang } from '@zeren/model';
import type { Lang } from '@zeren/model';
import { setLang } from '@zeren/language';
import { isIsoDate } from '@zeren/time';
import { CliError } from './cli-error.js';
import { runCheck } from './commands/check.js';
import { runTests } from './commands/test.js';
import { runFacts } from './commands/run.js';
import { runLedger } from './commands/ledger.js';
import { calendarOption } from './calendar-option.js';
import { runDiff } from './commands/diff.js';
import { helpText } from './help.js';

const VERSION = '0.1.0';

/** `zeren <command> …`: exit 0 ok, 1 problems found (diagnostics, failing scenarios), 2 invalid input. */
export async function main(argv: string[]): Promise<number> {
    const out = (line: string) => process.stdout.write(`${line}\n`);
    const err = (line: string) => process.stderr.write(`${line}\n`);
    // Read --lang before the strict parse, so a bad flag is reported in the language asked for.
    let lang: Lang = detectLang(langArgument(argv));
    try {
        const { values, positionals } = parseArgs({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                lang: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
                reporter: { type: 'string' },
                output: { type: 'string', short: 'o' },
                facts: { type: 'string', short: 'f' },
                subject: { type: 'string' },
                explain: { type: 'boolean' },
                coverage: { type: 'boolean' },
                seed: { type: 'string' },
                check: { type: 'boolean' },
                json: { type: 'boolean' },
                git: { type: 'boolean' },
                impact: { type: 'boolean' },
                'exit-code': { type: 'boolean' },
                textconv: { type: 'boolean' },
                'as-of': { type: 'string' },
                calendar: { type: 'string' },
            },
        });
        lang = detectLang(values.lang);
        if (values.lang && !/^(zh|en)/i.test(values.lang)) throw new CliError('cli-usage', 2, `--lang ${values.lang}`);
        setLang(lang);
        const [command, ...rest] = positionals;
        if (values.version) {
            out(VERSION);
            return 0;
        }
        if (values.help || !command) {
            out(helpText(lang));
            return command || values.help ? 0 : 2;
        }
        switch (command) {
            case 'check':
                requirePaths(rest, lang);
                return await runCheck(rest, lang, out);
            case 'test': {
                requirePaths(rest, lang);
                const reporter = (values.reporter ?? 'text') as 'text' | 'junit' | 'json';
                if (!['text', 'junit', 'json'].includes(reporter)) throw new CliError('cli-usage', 2, `--reporter ${values.reporter}`);
                return await runTests(rest, lang, { reporter, output: values.output, explain: values.explain, coverage: values.coverage, calendar: calendarOption(values.calendar, lang) }, out);
            }
            case 'run':
            case 'explain':
                requirePaths(rest, lang);
                if (!values.facts) throw new CliError('cli-usage', 2, lang === 'zh' ? '需要 --facts <事实文件.json|yaml>' : '--facts <file.json|yaml> is required');
                return await runFacts(rest, lang, {
                    facts: values.facts, subject: values.subject, explain: command === 'explain' || !!values.explain, json: !!values.json, output: values.output,
                    asOf: asOfOption(values['as-of'], lang),
                    calendar: calendarOption(values.calendar, lang),
                }, out);
            case 'diff':
                return await runDiff(argv, rest, lang, {
                    git: !!values.git, json: !!values.json, impact: !!values.impact, exitCode: !!values['exit-code'], textconv: !!values.textconv,
                }, out);
            case 'ledger':
                requirePaths(rest, lang);
                return await runLedger(rest, lang, { output: values.output, seed: values.seed, check: values.check }, out);
            case 'schema':
                out(JSON.stringify(outcomeJsonSchema(), null, 2));
                return 0;
            default:
                throw new CliError('cli-usage', 2, lang === 'zh' ? `未知命令 ${command}` : `unknown command ${command}`);
        }
    } catch (e) {
        if (e instanceof CliError) {
            err(render(e.msg, lang));
            return e.exitCode;
        }
        if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
            err(render({ code: 'cli-usage', args: [e.message] }, lang));
            return 2;
        }
        throw e;
    }
}

/** --as-of YYYY-MM-DD, a date that exists. */
function asOfOption(value: string | undefined, lang: Lang): string | undefined {
    if (value === undefined) return undefined;
    if (!isIsoDate(value)) throw new CliError('cli-usage', 2, lang === 'zh' ? `--as-of 需要存在的日期 YYYY-MM-DD，实际为 ${value}` : `--as-of needs an existing date YYYY-MM-DD, got ${value}`);
    return value;
}

function langArgument(argv: string[]): string | undefined {
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--lang') return argv[i + 1];
        if (argv[i].startsWith('--lang=')) return argv[i].slice('--lang='.length);
    }
    return undefined;
}

function requirePaths(paths: string[], lang: Lang): void {
    if (paths.length === 0) throw new CliError('cli-usage', 2, lang === 'zh' ? '请给出规则文件或目录' : 'give rule files or directories');
}

// A reader that stops early (`zeren test … | head -1`) closes the pipe: stop quietly, as other tools do.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw e;
    });
}

main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    e => {
        // A defect in Zeren itself, not in the user's input: say so plainly, keep the detail for a bug report.
        process.stderr.write(`zeren: internal error / 内部错误: ${(e as Error).message}\n`);
        if (process.env.ZEREN_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
        process.exitCode = 3;
    },
);
