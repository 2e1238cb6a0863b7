import type { DocumentGraph, ScenarioSuiteIR, ZerenDiagnostic } from '@zeren/model';
import { diag } from '@zeren/model';

/** A scenario evaluated as of a date (截至) needs its document to be in force on that date. */
export function checkScenariosInForce(suite: ScenarioSuiteIR, graph: DocumentGraph, out: ZerenDiagnostic[]): void {
    const doc = graph.byName.get(suite.document);
    if (!doc) return;
    for (const scenario of suite.scenarios) {
        if (!scenario.asOf) continue;
        const status = graph.statusOn(doc, scenario.asOf);
        if (status.kind === 'not-yet') out.push(diag('error', scenario.loc, 'scenario-doc-not-yet', scenario.asOf, doc.name, status.effective));
        else if (status.kind === 'superseded') out.push(diag('error', scenario.loc, 'scenario-doc-superseded', scenario.asOf, doc.name, status.by.name, status.from ?? '?'));
        else if (status.kind === 'expired') out.push(diag('error', scenario.loc, 'scenario-doc-expired', scenario.asOf, doc.name, status.expires));
    }
}
