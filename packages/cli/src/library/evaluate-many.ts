import type { DocumentIR } from '@zeren/model';
import type { BatchRow, RowResult } from '@zeren/evaluator';
import { compileDocument, evaluateMany as evaluateRows } from '@zeren/evaluator';
import type { EvaluateOptions, Facts } from './evaluate.js';
import { pickSubject, readFacts } from './evaluate.js';
import type { Rules } from './rules.js';

/**
 * Evaluates many subjects of one document, streaming one result per input in order: a subject
 * whose facts are invalid is a result with its errors (file, line, field, message), never the end
 * of the batch. The document is the one declaring `options.subject`, or the only one with rules.
 */
export async function* evaluateMany(rules: Rules, subjects: Iterable<Facts> | AsyncIterable<Facts>, options: EvaluateOptions = {}): AsyncGenerator<RowResult> {
    const withRules = rules.documents.filter(d => d.rules.length > 0);
    const doc: DocumentIR = options.subject || withRules.length !== 1 ? pickSubject(rules, options.subject, options.asOf).doc : withRules[0];
    const program = compileDocument(doc, { calendar: options.calendar });
    async function* rows(): AsyncGenerator<BatchRow> {
        let index = 0;
        for await (const facts of subjects) {
            index++;
            const { name, parsed } = readFacts(facts);
            yield { index, key: String(index), file: name, line: 1, facts: parsed };
        }
    }
    yield* evaluateRows(program, rows(), { subject: options.subject, explain: options.explain, asOf: options.asOf });
}
