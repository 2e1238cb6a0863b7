import type { Lang } from '@zeren/model';
import type { CalendarOverrides } from '@zeren/time';
import { compileDocument, evaluate, formatFactFileError, formatOutcome, isFactFileError, outcomeExitCode, parseFactFile, typeFacts } from '@zeren/evaluator';
import { CliError } from '../cli-error.js';
import { writeAtomically } from '../write-output.js';
import { loadRunTarget } from './run-target.js';
import { readInputText } from '../read-input.js';

export interface RunOptions {
    facts: string;
    subject?: string;
    explain: boolean;
    json: boolean;
    output?: string;
    /** Evaluate as of this date (YYYY-MM-DD): only documents in force then; overrides the fact file's asOf. */
    asOf?: string;
    /** Working-day overrides (--calendar). */
    calendar?: CalendarOverrides;
    /** --rule: evaluate only these rules and what they depend on. */
    rules?: string[];
    /** --document: the document to use when several declare the subject; overrides the fact file's document. */
    document?: string;
}

/**
 * Evaluates one subject's fact file against the rules; invalid input exits 2 and writes nothing.
 * Otherwise the outcome is written, and the exit code is 0 when every rule is decided, 1 when
 * some rule is undetermined or open (facts or an as-of date not given) or an error was found.
 */
export async function runFacts(rulePaths: string[], lang: Lang, options: RunOptions, out: (line: string) => void): Promise<number> {
    let text: string;
    try {
        text = readInputText(options.facts);
    } catch (e) {
        throw new CliError('input-read', 2, options.facts, (e as NodeJS.ErrnoException).code === 'ENOENT' ? (lang === 'zh' ? '文件不存在' : 'no such file') : (e as Error).message);
    }
    const parsed = parseFactFile(text, options.facts);
    if (isFactFileError(parsed)) {
        out(formatFactFileError(options.facts, parsed, lang));
        return 2;
    }
    const asOf = options.asOf ?? parsed.asOf;
    const target = await loadRunTarget(rulePaths, lang, { subject: options.subject ?? parsed.subject, asOf, document: options.document ?? parsed.document, rules: options.rules, calendar: options.calendar }, out);
    if (!target) return 2;
    if (target.subjects.length !== 1) throw new CliError('input-subject-ambiguous', 2, target.subjects.map(s => s.name).join('、'));
    const [subject] = target.subjects;
    const doc = target.doc;
    const typed = typeFacts(parsed, subject);
    if (typed.errors.length) {
        for (const e of typed.errors) out(formatFactFileError(options.facts, e, lang));
        return 2;
    }
    const outcome = evaluate(compileDocument(doc, { calendar: options.calendar }), subject.name, typed.values, { explain: options.explain, year: parsed.year, asOf });
    const rendered = options.json ? JSON.stringify(outcome, null, 2) : formatOutcome(outcome, lang);
    if (options.output) writeAtomically(options.output, rendered);
    else out(rendered);
    return outcomeExitCode(outcome);
}
