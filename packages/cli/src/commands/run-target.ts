import type { DocumentIR, Lang, SubjectIR } from '@zeren/model';
import type { CalendarOverrides } from '@zeren/time';
import { CliError } from '../cli-error.js';
import { displayPath, loadWorkspace } from '../workspace-loader.js';
import type { Candidate } from './select-in-force.js';
import { selectInForce } from './select-in-force.js';
import { chooseDocument, chooseRules } from './select-rules.js';

/**
 * What `zeren run` evaluates, for one fact file and for a batch alike: the rule files given and the
 * documents they refine or cite (not sibling scenario files), the document that declares the
 * subject (--document / `document` picks one of several; --as-of the one in force), restricted to
 * the --rule selection. One function, so a batch honours every option a single run does.
 */
export interface RunSelection {
    /** --subject, or the fact file's subject. */
    subject?: string;
    asOf?: string;
    /** --document, or the fact file's document. */
    document?: string;
    rules?: string[];
    calendar?: CalendarOverrides;
}

export interface RunTarget {
    doc: DocumentIR;
    /** The subjects to evaluate: the one named, or every subject the document assesses. */
    subjects: SubjectIR[];
}

/** The target, or undefined when the rule files have errors (printed with `out`: nothing is evaluated). */
export async function loadRunTarget(rulePaths: string[], lang: Lang, selection: RunSelection, out: (line: string) => void): Promise<RunTarget | undefined> {
    const ws = await loadWorkspace(rulePaths, { referencedOnly: true, calendar: selection.calendar });
    const errors = ws.documents.flatMap(doc => (doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${displayPath(doc.uri.toString())}:${d.range.start.line + 1}:${d.range.start.character + 1}: [${d.code ?? ''}] ${d.message}`));
    if (errors.length) {
        errors.forEach(out);
        return undefined;
    }
    const documents = ws.documents.flatMap(d => ws.ir(d).documents).filter(d => d.rules.length > 0);
    if (documents.length === 0) throw new CliError('cli-no-rules', 2);
    const wanted = selection.subject;
    const candidates = documents.flatMap(doc => doc.subjects.map(s => ({ doc, subject: s })));
    let found = wanted
        ? candidates.filter(c => c.subject.name === wanted)
        : candidates.filter(c => c.doc.rules.some(r => r.subject.name === c.subject.name));
    if (wanted && found.length === 0) throw new CliError('input-subject-unknown', 2, wanted, candidates.map(c => c.subject.name).join('、'));
    if (selection.document) found = chooseDocument(found, selection.document, wanted, lang);
    const loaded = [...ws.services.shared.workspace.LangiumDocuments.all].flatMap(d => ws.ir(d).documents);
    // Per subject: the document in force that declares it; all of them must be one document.
    const chosen: Candidate[] = [];
    for (const name of new Set(found.map(c => c.subject.name))) chosen.push(...selectInForce(found.filter(c => c.subject.name === name), loaded, selection.asOf, name, lang));
    const docs = [...new Set(chosen.map(c => c.doc))];
    if (docs.length !== 1) throw new CliError('input-subject-ambiguous', 2, [...new Set(chosen.map(c => c.subject.name))].join('、'));
    const subjects = chosen.map(c => c.subject);
    const doc = selection.rules?.length ? chooseRules(docs[0], selection.rules, subjects.length === 1 ? subjects[0].name : undefined, lang) : docs[0];
    return { doc, subjects };
}
