import type { DocumentIR, Lang, SubjectIR } from '@zeren/model';
import { message, render } from '@zeren/model';
import type { FactFileError } from '@zeren/evaluator';
import { isFactFileError, parseFactFile, typeFacts } from '@zeren/evaluator';

/** A problem of a fact file at a 1-based line and column, worded in both languages. */
export interface FactFileProblem {
    line: number;
    column: number;
    path: string;
    zh: string;
    en: string;
    /** In the requested language. */
    message: string;
}

/**
 * Checks a fact file (JSON or YAML) as `zeren run` reads it: its shape, its subject among the
 * workspace's documents, and every value typed by that subject's facts. The editor shows the
 * result as diagnostics (YAML fact files; JSON ones also get the JSON Schema's completion).
 * A subject declared by several documents is checked against each; the file is fine if one
 * of them accepts it (the CLI then picks the document in force), else the fewest problems show.
 */
export function checkFactFile(text: string, fileName: string, documents: readonly DocumentIR[], lang: Lang): FactFileProblem[] {
    const parsed = parseFactFile(text, fileName);
    if (isFactFileError(parsed)) return [problem(parsed, lang)];
    const candidates: SubjectIR[] = documents.flatMap(d => d.subjects.filter(s => s.name === parsed.subject || (!parsed.subject && d.rules.some(r => r.subject.name === s.name))));
    if (candidates.length === 0) {
        const at = parsed.locate(['subject']);
        const available = [...new Set(documents.flatMap(d => d.subjects.map(s => s.name)))].join('、');
        const msg = parsed.subject ? message('input-subject-unknown', parsed.subject, available) : message('input-subject-ambiguous', available);
        return [problem({ path: 'subject', ...at, message: msg }, lang)];
    }
    const results = candidates.map(subject => typeFacts(parsed, subject).errors);
    const best = results.reduce((a, b) => (b.length < a.length ? b : a));
    return best.map(e => problem(e, lang));
}

function problem(e: FactFileError, lang: Lang): FactFileProblem {
    const zh = render(e.message, 'zh');
    const en = render(e.message, 'en');
    return { line: e.line, column: e.column, path: e.path, zh, en, message: lang === 'zh' ? zh : en };
}
