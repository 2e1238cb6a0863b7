import type { DocumentIR, InForceStatus, Lang, SubjectIR } from '@zeren/model';
import { buildDocumentGraph } from '@zeren/model';
import { CliError } from '../cli-error.js';

export interface Candidate {
    doc: DocumentIR;
    subject: SubjectIR;
}

function why(doc: DocumentIR, status: InForceStatus, lang: Lang): string {
    const zh = lang === 'zh';
    switch (status.kind) {
        case 'not-yet': return zh ? `${doc.name} ${status.effective} 起施行` : `${doc.name} in force from ${status.effective}`;
        case 'expired': return zh ? `${doc.name} ${status.expires} 起失效` : `${doc.name} expired on ${status.expires}`;
        case 'superseded': return zh ? `${doc.name} ${status.from ?? ''} 起被 ${status.by.name} 废止` : `${doc.name} superseded by ${status.by.name} from ${status.from ?? '?'}`;
        default: return doc.name;
    }
}

/**
 * Evaluation "as of" a date uses only the documents in force on that date: of the documents
 * declaring the subject, exactly one may be in force (a superseded one stops applying on its
 * successor's effective date). Without a date, one subject declared
 * by several documents is an error asking for one. `all` are every loaded document, so a
 * successor that declares other subjects still supersedes.
 */
export function selectInForce(candidates: Candidate[], all: DocumentIR[], asOf: string | undefined, subject: string, lang: Lang): Candidate[] {
    if (candidates.length === 0) return candidates;
    if (!asOf) {
        const declaring = [...new Set(candidates.map(c => c.doc.name))];
        const subjects = new Set(candidates.map(c => c.subject.name));
        if (declaring.length > 1 && subjects.size === 1) throw new CliError('cli-document-needed', 2, subject, declaring.join('、'));
        return candidates;
    }
    const graph = buildDocumentGraph(all);
    const judged = candidates.map(c => ({ c, status: graph.statusOn(c.doc, asOf) }));
    const inForce = judged.filter(j => j.status.kind === 'in-force').map(j => j.c);
    if (inForce.length === 0) throw new CliError('cli-none-in-force', 2, asOf, subject, judged.map(j => why(j.c.doc, j.status, lang)).join(lang === 'zh' ? '；' : '; '));
    const docs = [...new Set(inForce.map(c => c.doc))];
    if (docs.length > 1 && new Set(inForce.map(c => c.subject.name)).size === 1) throw new CliError('cli-several-in-force', 2, asOf, subject, docs.map(d => d.name).join('、'));
    return inForce;
}
