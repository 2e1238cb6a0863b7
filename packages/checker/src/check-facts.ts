import type { DocumentIR, FactIR, ZerenDiagnostic } from '@zeren/model';
import { diag } from '@zeren/model';
import { allExpressions, walkExpr } from '@zeren/model';

/** A declared fact that no rule or derived value reads is dead weight in every fact file. */
export function checkUnusedFacts(doc: DocumentIR, out: ZerenDiagnostic[]): void {
    const used = new Set<FactIR>();
    for (const e of allExpressions(doc)) {
        walkExpr(e, x => {
            if (x.k === 'fact') used.add(x.fact);
        });
    }
    for (const subject of doc.subjects) {
        for (const fact of subject.facts) {
            if (!used.has(fact) && fact.type.kind !== 'list') out.push(diag('warning', fact.loc, 'unused-fact', fact.name));
        }
    }
    // A list fact is used when some rule iterates it.
    for (const subject of doc.subjects) {
        for (const fact of subject.facts) {
            if (fact.type.kind === 'list' && !used.has(fact)) out.push(diag('warning', fact.loc, 'unused-fact', fact.name));
        }
    }
}

export function checkCitations(doc: DocumentIR, out: ZerenDiagnostic[]): void {
    for (const rule of doc.rules) {
        if (!rule.citation) {
            const d = diag('warning', rule.loc, 'missing-citation', rule.name);
            d.data = { rule: rule.id };
            out.push(d);
        }
    }
}
