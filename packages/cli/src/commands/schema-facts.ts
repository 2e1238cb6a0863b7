import type { Lang } from '@zeren/model';
import { factFileSchema } from '@zeren/model';
import { CliError } from '../cli-error.js';
import { loadWorkspace } from '../workspace-loader.js';

export interface FactSchemaOptions {
    subject: string;
    /** The declaring document, when several declare the subject. */
    document?: string;
}

/** `zeren schema --facts <subject> [--document D] [paths]`: the JSON Schema of that subject's fact file. */
export async function runFactSchema(rulePaths: string[], lang: Lang, options: FactSchemaOptions, out: (line: string) => void): Promise<number> {
    const ws = await loadWorkspace(rulePaths.length ? rulePaths : ['.']);
    const documents = ws.documents.flatMap(d => ws.ir(d).documents);
    const declaring = documents.flatMap(doc => doc.subjects.filter(s => s.name === options.subject).map(subject => ({ doc, subject })));
    if (declaring.length === 0) {
        const available = [...new Set(documents.flatMap(d => d.subjects.map(s => s.name)))].join('、');
        throw new CliError('input-subject-unknown', 2, options.subject, available);
    }
    const names = declaring.map(c => c.doc.name).join('、');
    const chosen = options.document ? declaring.filter(c => c.doc.name === options.document) : declaring;
    if (chosen.length === 0) throw new CliError('schema-document-unknown', 2, options.document!, options.subject, names);
    if (chosen.length > 1) throw new CliError('schema-subject-several', 2, options.subject, names);
    out(JSON.stringify(factFileSchema(chosen[0].subject, chosen[0].doc, lang), null, 2));
    return 0;
}
