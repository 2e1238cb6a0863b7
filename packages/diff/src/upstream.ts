import { checkWorkspace } from '@zeren/checker';
import type { FileIR } from '@zeren/model';
import { buildDocumentGraph, renderBoth } from '@zeren/model';
import type { UpstreamFinding } from './diff-schema.js';
import type { LoadedSide } from './side.js';
import { sideDocuments } from './side.js';

/** Conformance of refining rules (细化) to what they refine: the checks that compare levels. */
const CONFORMANCE = /^(loosen-|conformance-|refines-)/;

/**
 * Upstream impact: every file is re-checked against the other documents of its side, and the
 * conformance findings the new side has and the old side had not are returned — a 市 rule
 * now looser than the revised 省 rule it refines, or a clause it refines that is gone.
 */
export function upstreamConformance(oldSide: LoadedSide, newSide: LoadedSide): UpstreamFinding[] {
    const findings = (side: LoadedSide): UpstreamFinding[] => {
        const graph = buildDocumentGraph(sideDocuments(side));
        return side.files.filter(f => f.documents.length > 0).flatMap(f => {
            const file: FileIR = { uri: f.path, documents: f.documents, suites: [] };
            return checkWorkspace(file, graph).filter(d => CONFORMANCE.test(d.code)).map(d => ({
                file: f.path, line: d.loc.range.start.line + 1, code: d.code, ...renderBoth(d.message),
            }));
        });
    };
    const key = (x: UpstreamFinding) => `${x.file}\u0000${x.code}\u0000${x.en}`;
    const before = new Set(findings(oldSide).map(key));
    return findings(newSide).filter(x => !before.has(key(x)));
}
