import type { DocumentIR } from '@zeren/model';
import { compareArticles } from './articles.js';
import { compareCodepoints } from './canonical-values.js';
import { METADATA_FIELDS, metadataMeasures } from './declaration-measures.js';
import { diffEntities } from './diff-entities.js';
import type { ArticleGroup, AspectChange, DiffResult, DocumentChange, EntityChange } from './diff-schema.js';
import { documentEntities } from './entities.js';

/**
 * Semantic diff of two revisions of a rule set. Documents match by name, rules by
 * document/name, clauses by label: moving, reordering or reformatting anything yields no
 * change. Reference-only documents (known by number or title alone) are compared too.
 */
export function diffDocuments(oldDocs: DocumentIR[], newDocs: DocumentIR[]): DiffResult {
    const oldByName = new Map(oldDocs.map(d => [d.name, d]));
    const newByName = new Map(newDocs.map(d => [d.name, d]));
    const names = [...new Set([...oldByName.keys(), ...newByName.keys()])].sort(compareCodepoints);
    const documents: DocumentChange[] = [];
    for (const name of names) {
        const change = diffDocument(name, oldByName.get(name), newByName.get(name));
        if (change) documents.push(change);
    }
    return { documents };
}

function diffDocument(name: string, before: DocumentIR | undefined, after: DocumentIR | undefined): DocumentChange | undefined {
    const metadata = diffMetadata(before, after);
    const entities = diffEntities(before ? documentEntities(before) : [], after ? documentEntities(after) : []);
    const status = !before ? 'added' : !after ? 'removed' : 'changed';
    if (status === 'changed' && metadata.length === 0 && entities.length === 0) return undefined;
    return { document: name, status, metadata, articles: groupByArticle(entities) };
}

function diffMetadata(before: DocumentIR | undefined, after: DocumentIR | undefined): AspectChange[] {
    const o = new Map(before ? metadataMeasures(before) : []);
    const n = new Map(after ? metadataMeasures(after) : []);
    const out: AspectChange[] = [];
    // Fields in the order of a document header, whatever the order in the file.
    for (const aspect of METADATA_FIELDS) {
        const ov = o.get(aspect) ?? null, nv = n.get(aspect) ?? null;
        if (ov !== nv) out.push({ aspect, old: ov, new: nv });
    }
    return out;
}

/** Kinds in reading order inside one article: declarations, then rules as a measure runs. */
const ENTITY_ORDER = ['enum', 'scale', 'subject', 'score', 'grade', 'exclusion', 'veto', 'consequence'];

function entityRank(kind: string): number {
    const i = ENTITY_ORDER.indexOf(kind);
    return i < 0 ? ENTITY_ORDER.length : i;
}

function groupByArticle(entities: { change: EntityChange; article?: string }[]): ArticleGroup[] {
    const groups = new Map<string | null, EntityChange[]>();
    for (const { change, article } of entities) {
        const key = article ?? null;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key)!.push(change);
    }
    return [...groups.entries()]
        .sort(([a], [b]) => compareArticles(a, b))
        .map(([article, list]) => ({
            article,
            entities: list.sort((a, b) => entityRank(a.kind) - entityRank(b.kind) || compareCodepoints(a.name, b.name)),
        }));
}
