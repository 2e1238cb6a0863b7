import type { DocumentGraph, DocumentIR, ZerenDiagnostic } from '@zeren/model';
import { diag } from '@zeren/model';

/** The first supersession of `target` that is in effect when `doc` takes effect (by another document). */
function supersededWhen(graph: DocumentGraph, target: DocumentIR, doc: DocumentIR) {
    return graph.supersededBy(target).find(s => s.by !== doc && (s.from === undefined || doc.effective === undefined || s.from <= doc.effective));
}

/**
 * 根据/废止/细化 references: a number or title in 废止 or 细化 that matches no declared document
 * is a warning (known only by reference: declare it with 仅引用 是). 根据 may name laws and
 * regulations outside the corpus and is not reported. Refining or resting on a document that a
 * third document superseded before this one took effect is an error; a rule that refines a rule
 * of a document the document does not name in 细化 or 根据 is a warning.
 */
export function checkDocumentReferences(doc: DocumentIR, graph: DocumentGraph, out: ZerenDiagnostic[]): void {
    for (const ref of [...doc.supersedes, ...doc.refines]) {
        if (ref.text !== undefined && !graph.resolve(ref)) out.push(diag('warning', ref.loc, 'docref-unknown', ref.text));
    }
    for (const ref of [...doc.refines, ...doc.basis]) {
        const target = graph.resolve(ref);
        const ended = target && target !== doc ? supersededWhen(graph, target, doc) : undefined;
        if (target && ended) out.push(diag('error', ref.loc, 'docref-superseded', target.name, ended.from ?? '?', ended.by.name));
    }
    const named = new Set([...doc.refines, ...doc.basis].map(r => graph.resolve(r)).filter(d => d !== undefined));
    for (const rule of doc.rules) {
        const target = rule.refines ? graph.byName.get(rule.refines.document) : undefined;
        if (!rule.refines || !target || target === doc) continue;
        const ended = supersededWhen(graph, target, doc);
        if (ended) out.push(diag('error', rule.refines.loc, 'docref-superseded', target.name, ended.from ?? '?', ended.by.name));
        else if (!named.has(target)) out.push(diag('warning', rule.refines.loc, 'refines-undeclared', target.name));
    }
}
