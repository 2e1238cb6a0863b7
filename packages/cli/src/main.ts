import { outcomeJsonSchema, render, detectLang } from '@zeren/model';
import type { Lang } from '@zeren/model';
import { setLang } from '@zeren/language';
import { isIsoDate } from '@zeren/time';
import { CliError } from './cli-error.js';
import { runCheck } from './commands/check.js';
import type { CheckFormat } from './commands/check.js';
import { runTests } from './commands/test.js';
import { runFacts } from './commands/run.js';
import { isBatchRun, runBatch } from './commands/run-batch.js';
import { runLedger } from './commands/ledger.js';
import { calendarOption } from './calendar-option.js';
import { runDiff } from './commands/diff.js';
import { runGitSetup } from './commands/git-setup.js';
import { runFmt } from './commands/fmt.js';
import { watchTests } from './commands/test-watch.js';
import { completionScript } from './commands/completion.js';
import { commandHelp, helpText } from './help.js';
import { COMMANDS, commandSpec } from './command-table.js';
import { parseCommandLine } from './parse-command-line.js';
import { runFactSchema } from './commands/schema-facts.js';
import { findProjectFile } from './project-file.js';

const VERSION = '0.1.0';

/** `zeren <command> …`: exit 0 ok, 1 problems found (diagnostics, failing scenarios), 2 invalid input. */
export async function main(argv: string[]): Promise<number> {
    const out = (line: string) => process.stdout.write(`${line}\n`);
    const err = (line: string) => process.stderr.write(`${line}\n`);
    // Read --lang before the strict parse, so a bad flag is reported in the language asked for.
    let lang: Lang = detectLang(langArgument(argv));
    try {
        const { command, operands: rest, values } = parseCommandLine(argv, lang);
        const project = findProjectFile();
        // --lang, then the project's language (zeren.json), then the environment.
        lang = detectLang((values.lang as string | undefined) ?? project?.language);
        setLang(lang);
        if (values.version) {
            out(VERSION);
            return 0;
        }
        if (!command) {
            out(helpText(lang));
            return 0;
        }
        if (values.help) {
            out(commandHelp(commandSpec(command)!, lang));
            return 0;
        }
        switch (command) {
            case 'check':
                requirePaths(rest, lang);
                return await runCheck(rest, lang, out, values.json ? 'json' : (str(values.format) ?? 'text') as CheckFormat, VERSION);
            case 'test': {
                requirePaths(rest, lang);
                const reporter = (values.reporter ?? 'text') as 'text' | 'junit' | 'json';
                const coverageMin = str(values['coverage-min']);
                if (coverageMin !== undefined && !/^(100(\.0+)?|\d{1,2}(\.\d+)?)$/.test(coverageMin)) {
                    throw new CliError('cli-option-value', 2, '--coverage-min', coverageMin, '0–100');
                }
                const testOptions = {
                    reporter, output: str(values.output), explain: !!values.explain, coverage: !!values.coverage, coverageMin,
                    calendar: calendarOption(str(values.calendar) ?? project?.calendar),
                    filter: str(values.filter), onlyFailures: !!values['only-failures'],
                };
                if (values.watch) return await watchTests(rest, lang, testOptions, out);
                return await runTests(rest, lang, testOptions, out);
            }
            case 'run':
            case 'explain':
                requirePaths(rest, lang);
                if (!values.facts) throw new CliError('cli-usage', 2, lang === 'zh' ? '需要 --facts <事实文件.json|yaml>' : '--facts <file.json|yaml> is required');
                {
                    const runOptions = {
                        facts: values.facts as string, subject: str(values.subject), explain: command === 'explain' || !!values.explain, json: !!values.json, output: str(values.output),
                        asOf: asOfOption(str(values['as-of']), lang),
                        calendar: calendarOption(str(values.calendar) ?? project?.calendar),
                        rules: values.rule as string[] | undefined, document: str(values.document),
                    };
                    const batch = { ...runOptions, factsList: values['facts-list'] as string[] | undefined, report: str(values.report) };
                    if (isBatchRun(batch)) return await runBatch(rest, lang, batch, out, err);
                    return await runFacts(rest, lang, runOptions, out);
                }
            case 'diff':
                return await runDiff(argv, rest, lang, {
                    git: !!values.git, json: !!values.json, impact: !!values.impact, exitCode: !!values['exit-code'], textconv: !!values.textconv,
                    suggest: !!values.suggest, write: !!values.write, witness: !!values.witness, format: str(values.format),
                }, out);
            case 'ledger':
                requirePaths(rest, lang);
                return await runLedger(rest, lang, { output: str(values.output), seed: str(values.seed), check: !!values.check }, out);
            case 'fmt':
                requirePaths(rest, lang);
                return await runFmt(rest, lang, { check: !!values.check, write: !!values.write }, out);
            case 'completion': {
                const shell = rest[0];
                if (shell !== 'bash' && shell !== 'zsh') throw new CliError('cli-argument-value', 2, 'completion', shell ?? '', 'bash, zsh');
                out(completionScript(shell));
                return 0;
            }
            case 'git-setup':
                return await runGitSetup(lang, out);
            case 'help': {
                const spec = rest[0] === undefined ? undefined : commandSpec(rest[0]);
                if (rest[0] !== undefined && !spec) throw new CliError('cli-unknown-command', 2, rest[0], COMMANDS.map(c => c.name).join(', '));
                out(spec ? commandHelp(spec, lang) : helpText(lang));
                return 0;
            }
            case 'schema':
                if (values.facts) return await runFactSchema(rest, lang, { subject: values.facts as string, document: str(values.document) }, out);
                // The outcome's schema is the same for every rule file: what only --facts uses is not silently ignored.
                if (values.document !== undefined || rest.length) throw new CliError('cli-schema-needs-facts', 2, values.document !== undefined ? '--document' : rest[0]);
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
        throw e;
    }
}

/** --as-of YYYY-MM-DD, a date that exists. */
function asOfOption(value: string | undefined, lang: Lang): string | undefined {
    if (value === undefined) return undefined;
    if (!isIsoDate(value)) throw new CliError('cli-usage', 2, lang === 'zh' ? `--as-of 需要存在的日期 YYYY-MM-DD，实际为 ${value}` : `--as-of needs an existing date YYYY-MM-DD, got ${value}`);
    return value;
}

/** A string option's value (parseArgs types every value as string | boolean). */
function str(value: string | string[] | boolean | undefined): string | undefined {
    return typeof value === 'string' ? value : undefined;
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
