import * as fs from 'node:fs';
import type { Lang } from '@zeren/model';
import type { CalendarOverrides } from '@zeren/time';
import { compileDocument, evaluate, formatFactFileError, formatOutcome, isFactFileError, outcomeExitCode, parseFactFile, typeFacts } from '@zeren/evaluator';
import { CliError } from '../cli-error.js';
import { displayPath, loadWorkspace } from '../workspace-loader.js';
import { writeAtomically } from '../write-output.js';
import { selectInForce } from './select-in-force.js';
import { chooseDocument, chooseRules } from './select-rules.js';

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
        text = fs.readFileSync(options.facts, 'utf8');
    } catch (e) {
        throw new CliError('input-read', 2, options.facts, (e as NodeJS.ErrnoException).code === 'ENOENT' ? (lang === 'zh' ? '文件不存在' : 'no such file') : (e as Error).message);
    }
    const parsed = parseFactFile(text, options.facts);
    if (isFactFileError(parsed)) {
        out(formatFactFileError(options.facts, parsed, lang));
        return 2;
    }
    const ws = await loadWorkspace(rulePaths, { referencedOnly: true, calendar: options.calendar });
    const errors = ws.documents.flatMap(doc => (doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${displayPath(doc.uri.toString())}:${d.range.start.line + 1}:${d.range.start.character + 1}: [${d.code ?? ''}] ${d.message}`));
    if (errors.length) {
        errors.forEach(out);
        return 2;
    }
    const documents = ws.documents.flatMap(d => ws.ir(d).documents).filter(d => d.rules.length > 0);
    if (documents.length === 0) throw new CliError('cli-no-rules', 2);
    const wanted = options.subject ?? parsed.subject;
    const candidates = documents.flatMap(doc => doc.subjects.map(s => ({ doc, subject: s })));
    const asOf = options.asOf ?? parsed.asOf;
    let found = wanted
        ? candidates.filter(c => c.subject.name === wanted)
        : candidates.filter(c => c.doc.rules.some(r => r.subject.name === c.subject.name));
    if (wanted && found.length === 0) throw new CliError('input-subject-unknown', 2, wanted, candidates.map(c => c.subject.name).join('、'));
    const documentName = options.document ?? parsed.document;
    if (documentName) found = chooseDocument(found, documentName, wanted, lang);
    const loaded = [...ws.services.shared.workspace.LangiumDocuments.all].flatMap(d => ws.ir(d).documents);
    const match = selectInForce(found, loaded, asOf, wanted ?? [...new Set(found.map(c => c.subject.name))].join('、'), lang);
    if (match.length !== 1) throw new CliError('input-subject-ambiguous', 2, match.map(c => c.subject.name).join('、'));
    const { subject } = match[0];
    const doc = options.rules?.length ? chooseRules(match[0].doc, options.rules, subject.name, lang) : match[0].doc;
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
