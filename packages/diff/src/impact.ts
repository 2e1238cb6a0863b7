import type { Outcome, ScenarioIR } from '@zeren/model';
import type { ChangeRef, DocumentChange, ImpactResult, ScenarioImpact } from './diff-schema.js';
import type { LoadedFile, LoadedSide, SideDiagnostic, SideLoader, SourceFile } from './side.js';
import { outcomeDeltas } from './outcome-delta.js';
import { Programs, checkedRun, outcomeOf } from './run-scenario.js';
import { staleExpectations } from './stale.js';
import { spliceDocument } from './splice.js';
import type { SpliceKey } from './splice.js';

/**
 * Runs the new side's scenarios against both revisions of the rules. A scenario file is
 * lowered once per side, together with that side's rule files, so its facts are typed against
 * each side's own subjects (a fact renamed on one side makes the scenario invalid there, and
 * it is reported as skipped rather than silently evaluated with a default).
 *
 * Attribution: for a scenario whose outcome changes, each change of its document is applied
 * alone to the old IR (spliceDocument) and the scenario run again; the changes that by
 * themselves alter the old outcome are its causes. When none does alone, the document's
 * changes are listed as acting jointly. Cost: one compilation per change of a document with a
 * changed scenario, plus one evaluation per (changed scenario × change of its document).
 */
export async function computeImpact(
    loadSide: SideLoader, oldSide: LoadedSide, oldFiles: SourceFile[], newSide: LoadedSide, newFiles: SourceFile[], changes: DocumentChange[] = [],
): Promise<ImpactResult> {
    const scenarioFiles = newSide.files.filter(f => f.suites.length > 0 && f.documents.length === 0).map(f => f.path);
    const ruleFiles = oldSide.files.filter(f => f.documents.length > 0).map(f => f.path);
    const sources = [
        ...oldFiles.filter(f => ruleFiles.includes(f.path)),
        ...newFiles.filter(f => scenarioFiles.includes(f.path) && !ruleFiles.includes(f.path)),
    ];
    // Scenario files unchanged between the sides were already lowered against the old rules.
    const unchanged = scenarioFiles.every(p => oldFiles.find(f => f.path === p)?.text === newFiles.find(f => f.path === p)?.text);
    const oldWithScenarios = unchanged ? oldSide : await loadSide(sources);
    const oldPrograms = new Programs(d => oldWithScenarios.documentIR(d));
    const newPrograms = new Programs(d => newSide.documentIR(d));
    const attribute = attribution(oldWithScenarios, newSide, changes);
    const result: ImpactResult = { total: 0, changed: [], skipped: [], broken: [], stale: [], byChange: [] };
    for (const file of newSide.files) {
        for (const suite of file.suites) {
            for (const scenario of suite.scenarios) {
                const id = { file: file.path, suite: suite.name, scenario: scenario.name };
                const before = findScenario(oldWithScenarios, suite.name, scenario.name);
                const skip = (reason: string) => result.skipped.push({ ...id, reason });
                const newProblem = problemOf(file, scenario);
                const oldProblem = before && problemOf(before.file, before.scenario);
                const brokenNow = before && !oldProblem && newProblem;
                if (brokenNow) result.broken.push({ ...id, reason: (newProblem.facts ?? newProblem.expectations)! });
                if (newProblem?.facts) { if (!brokenNow) skip(newProblem.facts); continue; }
                if (!before) { skip('not on the old side / 旧版本中没有此场景'); continue; }
                if (oldProblem) { skip(`old side: ${oldProblem.facts ?? oldProblem.expectations}`); continue; }
                const oldRun = checkedRun(oldPrograms.of(suite.document), before.scenario);
                const newRun = checkedRun(newPrograms.of(suite.document), scenario);
                if (typeof oldRun === 'string' || typeof newRun === 'string') { skip((typeof oldRun === 'string' ? oldRun : newRun) as string); continue; }
                const o = oldRun.outcome, n = newRun.outcome;
                result.total++;
                result.stale.push(...staleExpectations(file.path, oldRun, newRun, scenario));
                const deltas = outcomeDeltas(o, n);
                if (!deltas.length) continue;
                const { causes, jointly } = attribute(suite.document, before.scenario, o);
                result.changed.push({ ...id, subject: scenario.subject.name, changes: deltas, causes, jointly } satisfies ScenarioImpact);
            }
        }
    }
    result.byChange = groupByChange(result.changed);
    return result;
}

/** The rule changes that alone change a scenario's old outcome (see computeImpact). */
function attribution(oldSide: LoadedSide, newSide: LoadedSide, changes: DocumentChange[]) {
    const hybrids = new Map<string, Programs>();
    return (document: string, scenario: ScenarioIR, oldOutcome: Outcome): { causes: ChangeRef[]; jointly: boolean } => {
        const change = changes.find(c => c.document === document);
        const candidates = change ? candidatesOf(change) : [];
        // The document itself is unchanged: what moved is in a document it refines or cites.
        if (candidates.length === 0) {
            const elsewhere = changes.filter(c => c.document !== document).flatMap(candidatesOf).map(c => c.ref);
            return { causes: elsewhere, jointly: elsewhere.length > 1 };
        }
        const oldIR = oldSide.documentIR(document), newIR = newSide.documentIR(document);
        if (!oldIR || !newIR) return { causes: candidates.map(c => c.ref), jointly: candidates.length > 1 };
        const causes: ChangeRef[] = [];
        for (const c of candidates) {
            const key = `${document}\u0000${c.ref.id}\u0000${c.ref.kind}`;
            if (!hybrids.has(key)) {
                const spliced = spliceDocument(oldIR, newIR, c.splice);
                hybrids.set(key, new Programs(d => (d === document ? spliced : oldSide.documentIR(d))));
            }
            const alone = outcomeOf(hybrids.get(key)!.of(document), scenario);
            if (typeof alone === 'string' || outcomeDeltas(oldOutcome, alone).length > 0) causes.push(c.ref);
        }
        return causes.length ? { causes, jointly: false } : { causes: candidates.map(c => c.ref), jointly: true };
    };
}

function candidatesOf(change: DocumentChange): { ref: ChangeRef; splice: SpliceKey }[] {
    const doc = change.document;
    if (change.status !== 'changed') return [{ ref: { id: doc, document: doc, kind: 'document', name: doc }, splice: { kind: 'metadata' } }];
    const out: { ref: ChangeRef; splice: SpliceKey }[] = [];
    if (change.metadata.length) out.push({ ref: { id: doc, document: doc, kind: 'metadata', name: doc }, splice: { kind: 'metadata' } });
    for (const group of change.articles) {
        for (const e of group.entities) out.push({ ref: { id: e.id, document: doc, kind: e.kind, name: e.name }, splice: { kind: 'entity', id: e.id } });
    }
    return out;
}

function groupByChange(changed: ScenarioImpact[]): ImpactResult['byChange'] {
    const groups = new Map<string, { change: ChangeRef; scenarios: string[] }>();
    for (const s of changed) {
        for (const c of s.causes) {
            const key = `${c.id}\u0000${c.kind}`;
            if (!groups.has(key)) groups.set(key, { change: c, scenarios: [] });
            groups.get(key)!.scenarios.push(`${s.file} › ${s.suite} › ${s.scenario}`);
        }
    }
    return [...groups.values()];
}

function findScenario(side: LoadedSide, suite: string, name: string): { file: LoadedFile; scenario: ScenarioIR } | undefined {
    for (const file of side.files) {
        for (const s of file.suites) {
            if (s.name !== suite) continue;
            const scenario = s.scenarios.find(x => x.name === name);
            if (scenario) return { file, scenario };
        }
    }
    return undefined;
}

/**
 * The first error inside the scenario's own lines — from its name to the next scenario of the
 * file as written (a scenario's location covers its name only). An error after its last fact is in its
 * 期望: the scenario still runs (its facts are sound), but no longer loads as written.
 */
function problemOf(file: LoadedFile, scenario: ScenarioIR): { facts?: string; expectations?: string } | undefined {
    const start = scenario.loc.range.start.line;
    // The next 场景 as written (one whose subject does not resolve is missing from the IR).
    const lines = file.text.split('\n');
    let end = start + 1;
    while (end < lines.length && !/^\s*场景[\s"]/.test(lines[end])) end++;
    end--;
    const lastFact = Math.max(start, ...[...scenario.factLocs.values()].map(l => l.range.end.line));
    const text = (d: SideDiagnostic) => `${d.file}:${d.line}: ${d.message}`;
    const inFacts = file.diagnostics.find(x => x.line - 1 >= start && x.line - 1 <= lastFact);
    const inExpectations = file.diagnostics.find(x => x.line - 1 > lastFact && x.line - 1 <= end);
    if (!inFacts && !inExpectations) return undefined;
    return { facts: inFacts && text(inFacts), expectations: inExpectations && text(inExpectations) };
}
