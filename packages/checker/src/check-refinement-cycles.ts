import type { DocumentGraph, DocumentIR, ZerenDiagnostic } from '@zeren/model';
import { diag, refinementEdges } from '@zeren/model';

/** A path of refinement edges from `from` back to `to`, if there is one (names, `from` first). */
function pathBack(graph: DocumentGraph, from: DocumentIR, to: DocumentIR): string[] | undefined {
    const seen = new Set<DocumentIR>();
    const visit = (d: DocumentIR): string[] | undefined => {
        if (d === to) return [d.name];
        if (seen.has(d)) return undefined;
        seen.add(d);
        for (const e of refinementEdges(graph, d)) {
            const rest = visit(e.to);
            if (rest) return [d.name, ...rest];
        }
        return undefined;
    };
    return visit(from);
}

/**
 * Refinement (document-level 细化 and rule-level 细化 文件.规则) must not come back to the
 * document it starts from; each edge of this document that starts a cycle is reported once.
 */
export function checkRefinementCycles(doc: DocumentIR, graph: DocumentGraph, out: ZerenDiagnostic[]): void {
    const reported = new Set<DocumentIR>();
    for (const edge of refinementEdges(graph, doc)) {
        if (reported.has(edge.to)) continue;
        const back = edge.to === doc ? [doc.name] : pathBack(graph, edge.to, doc);
        if (!back) continue;
        reported.add(edge.to);
        out.push(diag('error', edge.loc, 'refinement-cycle', [doc.name, ...back].join(' → ')));
    }
}
