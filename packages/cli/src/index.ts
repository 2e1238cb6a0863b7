/**
 * Zeren as a library (the package `zeren`): load rule files from paths or strings, check them,
 * evaluate a subject's facts, explain the outcome, and diff two versions or git revisions.
 * Documented in docs/api.md.
 */
export { loadRules, check } from './library/rules.js';
export type { Rules, RuleSource } from './library/rules.js';
export { evaluate, explain } from './library/evaluate.js';
export type { Facts, EvaluateOptions } from './library/evaluate.js';
export { evaluateMany } from './library/evaluate-many.js';
export type { RowResult, RowError } from '@zeren/evaluator';
export { diff, diffRevisions } from './library/diff.js';
export type { DiffSide } from './library/diff.js';
export { ZerenError } from './library/zeren-error.js';
export type { ReportedDiagnostic } from './reported-diagnostic.js';
export { formatText as formatRules } from '@zeren/language';
export type { Outcome, DocumentIR, Lang } from '@zeren/model';
export type { DiffResult } from '@zeren/diff';
