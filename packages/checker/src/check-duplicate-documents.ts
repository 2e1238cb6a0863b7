import type { DocumentGraph, DocumentIR, ZerenDiagnostic } from '@zeren/model';
import { diag } from '@zeren/model';

/**
 * Two files declaring a document of the same name: scenarios and 细化 name documents, so which
 * one they meant would depend on the order files are loaded. An error in each file, naming both.
 */
export function checkDuplicateDocuments(doc: DocumentIR, graph: DocumentGraph, out: ZerenDiagnostic[]): void {
    for (const other of graph.documents) {
        if (other === doc || other.name !== doc.name || other.uri === doc.uri) continue;
        out.push(diag('error', doc.loc, 'duplicate-document', doc.name, relativePath(doc.uri, other.uri)));
    }
}

/** The other file as seen from this one's folder (../b/rules.zeren), the same in the CLI and the editor. */
function relativePath(from: string, to: string): string {
    const a = from.split('/').slice(0, -1);
    const b = to.split('/');
    let common = 0;
    while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
    const up = a.length - common;
    return decodeURIComponent([...(up === 0 ? ['.'] : Array<string>(up).fill('..')), ...b.slice(common)].join('/'));
}
