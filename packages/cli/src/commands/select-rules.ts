import type { DocumentIR, Lang } from '@zeren/model';
import { selectRules } from '@zeren/evaluator';
import { CliError } from '../cli-error.js';
import type { Candidate } from './select-in-force.js';

/**
 * `zeren run --document NAME` (or `document` in the fact file): of the documents declaring the
 * subject, the one named. Used before the in-force selection, so a county document whose subject
 * has the name of the city's can be run on its own.
 */
export function chooseDocument(candidates: Candidate[], name: string, subject: string | undefined, lang: Lang): Candidate[] {
    const chosen = candidates.filter(c => c.doc.name === name);
    if (chosen.length) return chosen;
    const available = [...new Set(candidates.map(c => c.doc.name))];
    throw new CliError('cli-document-unknown', 2, subject ?? '', name, didYouMean(name, available, lang), available.join('、'));
}

/** `zeren run --rule NAME…`: the document restricted to those rules and what they depend on. */
export function chooseRules(doc: DocumentIR, names: string[], subject: string | undefined, lang: Lang): DocumentIR {
    const selection = selectRules(doc, names, subject);
    if ('document' in selection) return selection.document;
    const [first] = selection.unknown;
    throw new CliError('cli-rule-unknown', 2, doc.name, first, didYouMean(first, selection.available, lang), selection.available.join('、'));
}

/** "（是否指“X”？）" for the closest name: one that contains the input or is within a third of its length in edits. */
function didYouMean(input: string, names: string[], lang: Lang): string {
    const scored = names
        .map(n => ({ n, d: n.includes(input) || input.includes(n) ? 0 : editDistance(input, n) }))
        .filter(x => x.d <= Math.max(1, Math.floor(input.length / 3)))
        .sort((a, b) => a.d - b.d);
    if (!scored.length) return '';
    return lang === 'zh' ? `（是否指“${scored[0].n}”？）` : ` (did you mean '${scored[0].n}'?)`;
}

function editDistance(a: string, b: string): number {
    const x = [...a], y = [...b];
    let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
        const row = [i];
        for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
        prev = row;
    }
    return prev[y.length];
}
