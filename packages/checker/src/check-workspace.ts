import type { DocumentGraph, FileIR, ZerenDiagnostic } from '@zeren/model';
import { refinedRule } from '@zeren/model';
import { checkDocumentReferences } from './check-document-refs.js';
import { checkDuplicateDocuments } from './check-duplicate-documents.js';
import { checkRefinementCycles } from './check-refinement-cycles.js';
import { checkScenariosInForce } from './check-scenario-in-force.js';
import { checkConformance } from './conformance.js';

/**
 * The checks of one file that need the other documents of the workspace: references between
 * documents, refinement cycles, conformance of each refining rule to the rule it refines, and
 * scenarios evaluated on a date their document is not in force.
 */
export function checkWorkspace(file: FileIR, graph: DocumentGraph): ZerenDiagnostic[] {
    const out: ZerenDiagnostic[] = [];
    for (const doc of file.documents) {
        checkDuplicateDocuments(doc, graph, out);
        checkDocumentReferences(doc, graph, out);
        checkRefinementCycles(doc, graph, out);
        for (const child of doc.rules) {
            const parent = refinedRule(graph, child);
            if (parent && parent.rule !== child) checkConformance({ child, parent: parent.rule }, out);
        }
    }
    for (const suite of file.suites) checkScenariosInForce(suite, graph, out);
    return out;
}
