import type { DocRefIR, DocumentIR, RuleIR } from './ir.js';
import type { SourceLoc } from './location.js';

/**
 * The documents of a workspace and how they relate: which one a 根据/废止/细化 reference names
 * (by declared name, by 文号 or by title), which documents supersede which and from when, and
 * the refinement edges at document and at rule level. Pure data over the lowered IR, shared by
 * the checker (conformance, dangling references) and the CLI (evaluation "as of" a date).
 */
export interface DocumentGraph {
    documents: readonly DocumentIR[];
    byName: ReadonlyMap<string, DocumentIR>;
    /** The document a reference names, if any declared document matches it. */
    resolve(ref: DocRefIR): DocumentIR | undefined;
    /** The documents that supersede this one (废止), with the date from which they do. */
    supersededBy(doc: DocumentIR): Supersession[];
    /** Whether the document applies on a date (YYYY-MM-DD). */
    statusOn(doc: DocumentIR, date: string): InForceStatus;
}

export interface Supersession {
    by: DocumentIR;
    /** The successor's effective date; undefined when the successor gives none. */
    from?: string;
    loc: SourceLoc;
}

export type InForceStatus =
    | { kind: 'in-force' }
    | { kind: 'not-yet'; effective: string }
    | { kind: 'expired'; expires: string }
    | { kind: 'superseded'; by: DocumentIR; from?: string };

/** 《标题》 and 标题 name the same document; spaces are not significant. */
export function normalizeDocTitle(text: string): string {
    return text.replace(/[《》\s]/g, '');
}

export function buildDocumentGraph(documents: readonly DocumentIR[]): DocumentGraph {
    const byName = new Map<string, DocumentIR>();
    const byText = new Map<string, DocumentIR>();
    for (const doc of documents) {
        if (!byName.has(doc.name)) byName.set(doc.name, doc);
        for (const key of [doc.number, doc.title, doc.name]) {
            if (key && !byText.has(normalizeDocTitle(key))) byText.set(normalizeDocTitle(key), doc);
        }
    }
    const resolve = (ref: DocRefIR): DocumentIR | undefined => {
        if (ref.document) return byName.get(ref.document);
        return ref.text === undefined ? undefined : byText.get(normalizeDocTitle(ref.text));
    };
    const successors = new Map<DocumentIR, Supersession[]>();
    for (const doc of documents) {
        for (const ref of doc.supersedes) {
            const target = resolve(ref);
            if (!target || target === doc) continue;
            const list = successors.get(target) ?? [];
            list.push({ by: doc, from: doc.effective, loc: ref.loc });
            successors.set(target, list);
        }
    }
    const supersededBy = (doc: DocumentIR): Supersession[] => successors.get(doc) ?? [];
    const statusOn = (doc: DocumentIR, date: string): InForceStatus => {
        if (doc.effective && date < doc.effective) return { kind: 'not-yet', effective: doc.effective };
        if (doc.expires && date >= doc.expires) return { kind: 'expired', expires: doc.expires };
        const ended = supersededBy(doc).find(s => s.from === undefined || s.from <= date);
        return ended ? { kind: 'superseded', by: ended.by, from: ended.from } : { kind: 'in-force' };
    };
    return { documents, byName, resolve, supersededBy, statusOn };
}

/** A refinement edge: a document refining a document (细化 in its metadata) or a rule a rule. */
export interface RefinementEdge {
    from: DocumentIR;
    to: DocumentIR;
    rule?: { child: RuleIR; parent: RuleIR };
    loc: SourceLoc;
}

/** Document-level edges and rule-level edges (whose rule exists in the refined document). */
export function refinementEdges(graph: DocumentGraph, doc: DocumentIR): RefinementEdge[] {
    const edges: RefinementEdge[] = [];
    for (const ref of doc.refines) {
        const to = graph.resolve(ref);
        if (to) edges.push({ from: doc, to, loc: ref.loc });
    }
    for (const child of doc.rules) {
        const parent = refinedRule(graph, child);
        if (parent) edges.push({ from: doc, to: parent.doc, rule: { child, parent: parent.rule }, loc: child.refines!.loc });
    }
    return edges;
}

/** The rule a rule refines (细化 文件.规则), when both the document and the rule exist. */
export function refinedRule(graph: DocumentGraph, child: RuleIR): { doc: DocumentIR; rule: RuleIR } | undefined {
    if (!child.refines) return undefined;
    const doc = graph.byName.get(child.refines.document);
    const rule = doc?.rules.find(r => r.name === child.refines!.rule);
    return doc && rule ? { doc, rule } : undefined;
}
