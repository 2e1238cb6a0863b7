import type { DocumentIR, Outcome, SubjectIR } from '@zeren/model';
import { message } from '@zeren/model';
import type { Program } from '@zeren/evaluator';
import { compileDocument, evaluate as evaluateProgram, formatOutcome, isFactFileError, parseFactFile, typeFacts } from '@zeren/evaluator';
import type { CalendarOverrides } from '@zeren/time';
import { CliError } from '../cli-error.js';
import { selectInForce } from '../commands/select-in-force.js';
import type { Rules } from './rules.js';
import { workspaceOf } from './rules.js';
import { ZerenError } from './zeren-error.js';

/** One subject's facts: the content of a fact file, as an object or as JSON/YAML text. */
export type Facts =
    | { subject?: string; year?: number; asOf?: string; facts: Record<string, unknown> }
    | { text: string; format: 'json' | 'yaml'; name?: string };

export interface EvaluateOptions {
    /** The subject, when the facts do not name it. */
    subject?: string;
    /** Only documents in force on this date (YYYY-MM-DD); overrides the facts' asOf. */
    asOf?: string;
    /** Keep the explanation (why each rule applies or not) in the outcome. */
    explain?: boolean;
    /** Working-day overrides (the CLI's --calendar). */
    calendar?: CalendarOverrides;
}

const programs = new WeakMap<DocumentIR, Program>();

/**
 * Evaluates one subject. Facts that do not fit the rules (an unknown fact, a value out of range, a
 * subject the rules do not declare) throw a ZerenError naming the line and field; facts a rule
 * needed but that are missing are listed in `outcome.errors`.
 */
export function evaluate(rules: Rules, facts: Facts, options: EvaluateOptions = {}): Outcome {
    const { name, parsed } = readFacts(facts);
    if (isFactFileError(parsed)) throw new ZerenError(parsed.message, { file: name, line: parsed.line, column: parsed.column });
    const asOf = options.asOf ?? parsed.asOf;
    const { doc, subject } = pickSubject(rules, options.subject ?? parsed.subject, asOf);
    const typed = typeFacts(parsed, subject);
    if (typed.errors.length) {
        const [e] = typed.errors;
        throw new ZerenError(e.message, { file: name, line: e.line, column: e.column });
    }
    let program = programs.get(doc);
    if (!program || options.calendar) program = compileDocument(doc, { calendar: options.calendar });
    if (!options.calendar) programs.set(doc, program);
    return evaluateProgram(program, subject.name, typed.values, { explain: options.explain, year: parsed.year, asOf });
}

/** A Facts value read as a fact file (its name for messages, and the parse or its error). */
export function readFacts(facts: Facts): { name: string; parsed: ReturnType<typeof parseFactFile> } {
    const name = 'text' in facts ? facts.name ?? `facts.${facts.format}` : 'facts.json';
    const text = 'text' in facts ? facts.text : JSON.stringify(facts);
    return { name, parsed: parseFactFile(text, 'text' in facts && facts.format === 'yaml' && !/\.ya?ml$/i.test(name) ? `${name}.yaml` : name) };
}

/** The outcome in words, with the explanation when it was kept (the text of `zeren run` / `zeren explain`). */
export function explain(outcome: Outcome, lang: 'zh' | 'en' = 'zh'): string {
    return formatOutcome(outcome, lang);
}

export function pickSubject(rules: Rules, wanted: string | undefined, asOf: string | undefined): { doc: DocumentIR; subject: SubjectIR } {
    const errors = rules.diagnostics.filter(d => d.severity === 'error');
    if (errors.length) {
        const e = errors[0];
        const at = `${e.file}:${e.line}:${e.column}: [${e.code}] `;
        throw new ZerenError({ code: e.code, zh: at + e.message.zh, en: at + e.message.en }, { file: e.file, line: e.line, column: e.column });
    }
    const documents = rules.documents.filter(d => d.rules.length > 0);
    if (documents.length === 0) throw new ZerenError(message('cli-no-rules'));
    const candidates = documents.flatMap(doc => doc.subjects.map(s => ({ doc, subject: s })));
    const found = wanted
        ? candidates.filter(c => c.subject.name === wanted)
        : candidates.filter(c => c.doc.rules.some(r => r.subject.name === c.subject.name));
    if (wanted && found.length === 0) throw new ZerenError(message('input-subject-unknown', wanted, candidates.map(c => c.subject.name).join('、')));
    const ws = workspaceOf(rules);
    const loaded = [...ws.services.shared.workspace.LangiumDocuments.all].flatMap(d => ws.ir(d).documents);
    try {
        const match = selectInForce(found, loaded, asOf, wanted ?? [...new Set(found.map(c => c.subject.name))].join('、'), 'en');
        if (match.length !== 1) throw new ZerenError(message('input-subject-ambiguous', match.map(c => c.subject.name).join('、')));
        return match[0];
    } catch (e) {
        if (e instanceof CliError) throw new ZerenError(e.msg);
        throw e;
    }
}
