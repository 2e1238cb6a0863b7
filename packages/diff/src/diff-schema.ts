import { z } from 'zod';

/**
 * The result of a semantic diff as plain data: the JSON of `zeren diff --json`, defined once
 * here so the CLI, the editor and tests share one shape. Values are canonical renderings in
 * the rules' own surface syntax ("20%", "≥ 90", "当 a 且 b"), never source text, so that
 * formatting can never show up as a change.
 */
export const ChangeStatus = z.enum(['added', 'removed', 'changed']);
export type ChangeStatus = z.infer<typeof ChangeStatus>;

export const AspectChange = z.object({
    aspect: z.string().describe('what is measured: weight, bound, condition, targets, citation, …'),
    old: z.string().nullable().describe('canonical value before; null when absent'),
    new: z.string().nullable().describe('canonical value after; null when absent'),
});
export type AspectChange = z.infer<typeof AspectChange>;

export const ElementChange = z.object({
    kind: z.string().describe('rule (the rule itself), component, bonus-group, bonus, band, clause, exception, action, fact, derived, values'),
    name: z.string(),
    status: ChangeStatus,
    aspects: z.array(AspectChange),
});
export type ElementChange = z.infer<typeof ElementChange>;

export const EntityChange = z.object({
    id: z.string().describe('stable identity: document/name'),
    kind: z.string().describe('score, grade, veto, exclusion, consequence, subject, enum, scale, or a newer rule kind'),
    name: z.string(),
    status: ChangeStatus,
    elements: z.array(ElementChange),
});
export type EntityChange = z.infer<typeof EntityChange>;

export const ArticleGroup = z.object({
    article: z.string().nullable().describe('第二十条, or null for declarations that cite no article'),
    entities: z.array(EntityChange),
});
export type ArticleGroup = z.infer<typeof ArticleGroup>;

export const DocumentChange = z.object({
    document: z.string(),
    status: ChangeStatus,
    metadata: z.array(AspectChange),
    articles: z.array(ArticleGroup),
});
export type DocumentChange = z.infer<typeof DocumentChange>;

export const OutcomeDelta = z.object({
    rule: z.string().describe('rule name, or "" for the subject as a whole'),
    aspect: z.string().describe('status, total, grade, vetoed, clauses, exceptions, applies, complied, deadline, frequency, errors — or a field path: due, daysLate, components[党风建设].score, actions[不作为提拔任用对象].duration, periods[2015年].count, restrictions.items[…].until'),
    old: z.string().nullable(),
    new: z.string().nullable(),
});
export type OutcomeDelta = z.infer<typeof OutcomeDelta>;

export const ChangeRef = z.object({
    id: z.string().describe('document/name of the rule or declaration, or the document name for its header fields or the whole document'),
    document: z.string(),
    kind: z.string().describe('rule or declaration kind (score, grade, deadline, subject…), "metadata" for header fields, "document" for a whole document'),
    name: z.string(),
});
export type ChangeRef = z.infer<typeof ChangeRef>;

export const ScenarioImpact = z.object({
    file: z.string(),
    suite: z.string(),
    scenario: z.string(),
    subject: z.string(),
    changes: z.array(OutcomeDelta),
    causes: z.array(ChangeRef).describe('the rule changes that, each applied alone to the old rules, change this outcome'),
    jointly: z.boolean().describe('no single change does it alone: the causes listed act only together'),
});
export type ScenarioImpact = z.infer<typeof ScenarioImpact>;

const Position = z.object({ line: z.number().int(), character: z.number().int() }).describe('0-based, as in the language server protocol');

export const StaleExpectation = z.object({
    file: z.string(),
    line: z.number().int(),
    suite: z.string(),
    scenario: z.string(),
    rule: z.string(),
    expected: z.string(),
    actual: z.string(),
    range: z.object({ start: Position, end: Position }).optional().describe('the expectation\'s text in the scenario file'),
    suggestion: z.string().optional().describe('the expectation rewritten to hold on the new side, in the file\'s syntax; absent when it cannot be written automatically'),
});
export type StaleExpectation = z.infer<typeof StaleExpectation>;

const ScenarioRef = z.object({ file: z.string(), suite: z.string(), scenario: z.string(), reason: z.string() });

export const ImpactResult = z.object({
    total: z.number().int().describe('scenarios run on both sides'),
    changed: z.array(ScenarioImpact),
    skipped: z.array(ScenarioRef),
    broken: z.array(ScenarioRef).describe('scenarios that load on the old side and no longer load on the new one (a dropped clause still named in 期望, a renamed fact)'),
    stale: z.array(StaleExpectation).describe('expectations that held on the old side and no longer hold'),
    byChange: z.array(z.object({ change: ChangeRef, scenarios: z.array(z.string()).describe('file › suite › scenario') }))
        .describe('changed scenarios grouped by the rule change that causes them (a scenario with several causes appears under each)'),
});
export type ImpactResult = z.infer<typeof ImpactResult>;

export const Witness = z.object({
    change: ChangeRef,
    status: z.enum(['witness', 'equivalent', 'undecided']).describe('witness: a subject whose outcome differs, verified on both sides; equivalent: proved; undecided: neither found'),
    reason: z.string(),
    subject: z.string().optional(),
    year: z.number().int().optional(),
    facts: z.array(z.tuple([z.string(), z.string()])).optional().describe('the facts of the witness, as a scenario writes them (declared defaults left out)'),
    differences: z.array(OutcomeDelta).optional().describe('old → new outcome of the witness'),
    evaluations: z.number().int().describe('subjects evaluated on both sides before the answer'),
});
export type Witness = z.infer<typeof Witness>;

export const UpstreamFinding = z.object({
    file: z.string(), line: z.number().int(), code: z.string(), zh: z.string(), en: z.string(),
});
export type UpstreamFinding = z.infer<typeof UpstreamFinding>;

export const DiffResult = z.object({
    documents: z.array(DocumentChange),
    impact: ImpactResult.optional(),
    upstream: z.array(UpstreamFinding).optional().describe('conformance findings (a refining rule now looser than what it refines) new on the new side'),
    witnesses: z.array(Witness).optional().describe('with --witness, or in --impact for each change no scenario covers'),
});
export type DiffResult = z.infer<typeof DiffResult>;

export function diffJsonSchema(): unknown {
    return z.toJSONSchema(DiffResult);
}
