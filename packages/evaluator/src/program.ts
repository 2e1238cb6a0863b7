import type { DocumentIR, ExclusionIR, RuleIR, SubjectIR, ZerenDiagnostic } from '@zeren/model';
import { diag, topologicalRules } from '@zeren/model';
import type { BoolFn, RuleSlots } from './compile-expr.js';
import { ExprCompiler, FAILED, Uncompilable } from './compile-expr.js';
import type { CompiledScore } from './compile-score.js';
import { compileScore } from './compile-score.js';
import type { CompiledVeto } from './compile-veto.js';
import { compileVeto } from './compile-veto.js';
import type { Frame } from './frame.js';
import type { NumPlan } from './numeric-plan.js';
import { OverflowRisk } from './numeric-plan.js';
import type { CompiledDeadline, CompiledFrequency } from './compile-time.js';
import { calendarFor, compileDeadline, compileFrequency } from './compile-time.js';
import type { CalendarOverrides, WorkingCalendar } from '@zeren/time';
import type { CompiledAccountability } from './compile-accountability.js';
import { compileAccountability } from './compile-accountability.js';
import { notOf } from './fuse-bool.js';
import { emitSubject } from './emit-subject.js';
import type { FailureSink } from './emit-subject.js';
import { NO_BAND, NOT_GRADED } from './grade-results.js';
import { JsTable } from './js-source.js';
import type { PartialVetoDetail } from './partial-run.js';
import { isPartialCause, runPartial } from './partial-run.js';
import type { Undetermined } from './undetermined.js';

export type CompiledRule =
    | { kind: 'score'; rule: RuleIR; index: number; score: CompiledScore }
    | { kind: 'grade'; rule: RuleIR; index: number; score: NumPlan; thresholds: { op: '>=' | '>'; q: number; p: number }[]; fallback: number }
    | { kind: 'veto'; rule: RuleIR; index: number; veto: CompiledVeto }
    | { kind: 'bool'; rule: RuleIR; index: number; test: BoolFn }
    | { kind: 'deadline'; rule: RuleIR; index: number; deadline: CompiledDeadline }
    | { kind: 'frequency'; rule: RuleIR; index: number; frequency: CompiledFrequency }
    | { kind: 'accountability'; rule: RuleIR; index: number; acc: CompiledAccountability };

export { NOT_GRADED, NO_BAND } from './grade-results.js';

/** The compiled rules of one subject, in dependency order. */
export interface SubjectProgram {
    subject: SubjectIR;
    rules: CompiledRule[];
    notAssessed: CompiledRule[];
    notGraded: CompiledRule[];
    /** How runSubject executes these rules (see EvalBackend), and the table generated code refers to. */
    backend: EvalBackend;
    js: JsTable;
    /** The document's expression compiler: partial evaluation (partial-run.ts) judges sub-conditions with it. */
    compiler: ExprCompiler;
    /** What runSubject executes, prepared on the first evaluation (a field: a lookup per run costs more). */
    prepared?: Prepared;
}

/**
 * 'tiered' (the default): closures at first; once a subject program has been evaluated
 * TIER_UP times, its rules are emitted as generated functions (emit-rule.ts), where the host
 * allows it. 'closures' never emits; 'generated' emits before the first evaluation.
 */
export type EvalBackend = 'tiered' | 'closures' | 'generated';

/** Evaluations before a subject program is emitted: enough to skip one-off scenario runs. */
export const TIER_UP = 64;

export interface Program {
    document: DocumentIR;
    /** Kept for explanations, which evaluate sub-expressions with the same closures. */
    compiler: ExprCompiler;
    subjects: Map<string, SubjectProgram>;
    /** Problems found while compiling (ranges too large for exact arithmetic). */
    diagnostics: ZerenDiagnostic[];
}

/** Compiles a document once; the result evaluates any number of subjects without re-parsing. */
export interface CompileOptions {
    /** Working-day overrides from outside the rules (zeren --calendar file.json). */
    calendar?: CalendarOverrides;
    backend?: EvalBackend;
}

export function compileDocument(document: DocumentIR, options: CompileOptions = {}): Program {
    const diagnostics: ZerenDiagnostic[] = [];
    const calendar = calendarFor(document, options.calendar);
    const ordered = topologicalRules(document.rules);
    const index = new Map<RuleIR, number>(ordered.map((r, i) => [r, i]));
    const scores = new Map<RuleIR, CompiledScore>();
    const deadlines = new Map<RuleIR, CompiledDeadline>();
    const slots: RuleSlots = {
        index: r => index.get(r) ?? -1,
        scoreScale: r => scores.get(r)?.scale ?? 1n,
        scoreBound: r => scores.get(r)?.bound ?? 0n,
    };
    const compiler = new ExprCompiler(slots);
    const subjects = new Map<string, SubjectProgram>();
    const js = new JsTable();
    const backend = options.backend ?? 'tiered';
    for (const s of document.subjects) subjects.set(s.name, { subject: s, rules: [], notAssessed: [], notGraded: [], backend, js, compiler });
    for (const rule of ordered) {
        const program = subjects.get(rule.subject.name);
        if (!program) continue;
        try {
            const compiled = compileRule(rule, index.get(rule)!, compiler, scores, deadlines, calendar);
            program.rules.push(compiled);
            if (rule.kind === 'exclusion') ((rule as ExclusionIR).effect === 'not-assessed' ? program.notAssessed : program.notGraded).push(compiled);
        } catch (e) {
            if (e instanceof OverflowRisk) diagnostics.push(diag('error', rule.loc, 'overflow-risk'));
            // Lowering has reported why, but a rule left out of evaluation is said so at the rule too.
            else if (e instanceof Uncompilable) diagnostics.push(diag('error', rule.loc, 'rule-not-compiled', rule.name));
            else throw e;
        }
    }
    return { document, compiler, subjects, diagnostics };
}

function compileRule(
    rule: RuleIR, index: number, compiler: ExprCompiler, scores: Map<RuleIR, CompiledScore>, deadlines: Map<RuleIR, CompiledDeadline>, calendar: WorkingCalendar,
): CompiledRule {
    switch (rule.kind) {
        case 'score': {
            const score = compileScore(rule, compiler);
            scores.set(rule, score);
            return { kind: 'score', rule, index, score };
        }
        case 'grade': {
            const score = compiler.num(rule.score);
            // value/scale op p/q  ⇔  value·q op p·scale
            const thresholds = rule.bands.filter(b => b.bound).map(b => ({
                op: b.op!,
                q: Number(b.bound!.d),
                p: Number(b.bound!.s * b.bound!.n * score.scale),
            }));
            // Below every bound: the band without one, if the rule has it (较差), else no band.
            const fallback = thresholds.length < rule.bands.length ? thresholds.length : NO_BAND;
            return { kind: 'grade', rule, index, score, thresholds, fallback };
        }
        case 'veto':
            return { kind: 'veto', rule, index, veto: compileVeto(rule, compiler) };
        case 'deadline': {
            const deadline = compileDeadline(rule, compiler, r => deadlines.get(r), calendar);
            deadlines.set(rule, deadline);
            return { kind: 'deadline', rule, index, deadline };
        }
        case 'frequency':
            return { kind: 'frequency', rule, index, frequency: compileFrequency(rule, compiler) };
        case 'accountability':
            return { kind: 'accountability', rule, index, acc: compileAccountability(rule, compiler) };
        case 'requirement': {
            const holds = compiler.bool(rule.condition);
            return { kind: 'bool', rule, index, test: rule.prohibition ? notOf(holds) : holds };
        }
        default:
            return { kind: 'bool', rule, index, test: compiler.bool(rule.condition) };
    }
}

/** Result of one evaluation: rule results are in frame.r; errors by rule index. */
export interface RunResult {
    assessed: boolean;
    /** Errors by rule index; shared and empty when there are none, so treat it as read-only. */
    errors: ReadonlyMap<number, unknown>;
    /** Rules left undetermined (未能判定) by facts not given, by rule index; shared and empty when none. */
    undetermined: ReadonlyMap<number, Undetermined>;
    /** Veto details computed three-valued (partial-run.ts), by rule index. */
    vetoes?: ReadonlyMap<number, PartialVetoDetail>;
}

/** Shared by runs without errors, so the fast path allocates nothing per subject. */
const NO_ERRORS: ReadonlyMap<number, unknown> = new Map();
const NONE_UNDETERMINED: ReadonlyMap<number, Undetermined> = new Map();
const ASSESSED: RunResult = Object.freeze({ assessed: true, errors: NO_ERRORS, undetermined: NONE_UNDETERMINED });
const NOT_ASSESSED: RunResult = Object.freeze({ assessed: false, errors: NO_ERRORS, undetermined: NONE_UNDETERMINED });

/** What runSubject executes per rule, prepared once per subject program (see `prepare`). */
export interface Step {
    rule: CompiledRule;
    index: number;
    run: (f: Frame) => unknown;
    grade: boolean;
}

export interface Prepared {
    notAssessed: Step[];
    notGraded: Step[];
    rules: Step[];
    /** Evaluations left before the rules are emitted (tiered backend); −1 once decided. */
    untilEmit: number;
    /** The subject's rules as one generated function, once emitted. */
    emitted?: (f: Frame, fail: FailureSink) => boolean;
}

function prepare(program: SubjectProgram): Prepared {
    let prepared = program.prepared;
    if (!prepared) {
        const step = (rule: CompiledRule): Step => ({ rule, index: rule.index, run: runnerOf(rule), grade: rule.kind === 'grade' });
        prepared = {
            notAssessed: program.notAssessed.map(step),
            notGraded: program.notGraded.map(step),
            rules: program.rules.filter(r => r.rule.kind !== 'exclusion').map(step),
            untilEmit: program.backend === 'closures' ? -1 : program.backend === 'generated' ? 0 : TIER_UP,
        };
        program.prepared = prepared;
    }
    if (prepared.untilEmit >= 0 && prepared.untilEmit-- === 0) {
        const rules = (list: Step[]) => list.map(s => s.rule);
        try {
            prepared.emitted = emitSubject({ notAssessed: rules(prepared.notAssessed), notGraded: rules(prepared.notGraded), rules: rules(prepared.rules) }, program.js);
        } catch (e) {
            // Emission is an optimisation with the closures' exact semantics: if it fails, the closures
            // run. Asked for explicitly ('generated', as the tests do), the failure is reported.
            if (program.backend === 'generated') throw e;
        }
    }
    return prepared;
}

/** Errors of the run in progress; module state so the per-rule loop creates no closure per subject. */
let runErrors: Map<number, unknown> | undefined;

/** Runs one rule into frame.r; a failure is recorded and marks the result FAILED. */
function runStep(s: Step, frame: Frame): unknown {
    try {
        return (frame.r[s.index] = s.run(frame));
    } catch (e) {
        return (frame.r[s.index] = recordFailure(s.index, e));
    }
}

const recordFailure: FailureSink = (index, e) => {
    (runErrors ??= new Map()).set(index, e);
    return FAILED;
};

function finish(assessed: boolean, outer: Map<number, unknown> | undefined, program: SubjectProgram, frame: Frame): RunResult {
    const errors = runErrors;
    runErrors = outer;
    if (errors === undefined) return assessed ? ASSESSED : NOT_ASSESSED;
    // A fact not given (or a deadline without an as-of date): evaluate again, three-valued.
    for (const e of errors.values()) if (isPartialCause(e)) return runPartial(program, program.prepared!, frame);
    return { assessed, errors, undetermined: NONE_UNDETERMINED };
}

/**
 * Evaluates all rules of a subject into `frame.r`. Exclusions that make the subject not assessed
 * stop evaluation (第二十一条: 不参加当年的考核); a failing rule marks its result FAILED and the
 * rules that read it fail too, while independent rules still evaluate.
 */
export function runSubject(program: SubjectProgram, frame: Frame): RunResult {
    const { notAssessed, notGraded, rules, emitted } = prepare(program);
    // Saved and restored, should a rule ever evaluate another subject while this one runs.
    const outer = runErrors;
    runErrors = undefined;
    if (emitted) return finish(emitted(frame, recordFailure), outer, program, frame);
    for (let i = 0; i < notAssessed.length; i++) {
        if (runStep(notAssessed[i], frame) === true) return finish(false, outer, program, frame);
    }
    let notGradedNow = false;
    for (let i = 0; i < notGraded.length; i++) if (runStep(notGraded[i], frame) === true) notGradedNow = true;
    for (let i = 0; i < rules.length; i++) {
        const s = rules[i];
        if (s.grade && notGradedNow) frame.r[s.index] = NOT_GRADED;
        else runStep(s, frame);
    }
    return finish(true, outer, program, frame);
}

/** One closure per rule, chosen once, instead of a switch on the rule's kind per evaluation. */
export function runnerOf(rule: CompiledRule): (f: Frame) => unknown {
    switch (rule.kind) {
        case 'score': {
            const { base, bonus } = rule.score;
            return f => base(f) + bonus(f);
        }
        case 'grade': {
            const score = rule.score.fn;
            const q = rule.thresholds.map(t => t.q);
            const p = rule.thresholds.map(t => t.p);
            const strict = rule.thresholds.map(t => t.op === '>');
            const n = q.length;
            const fallback = rule.fallback;
            return f => {
                const v = score(f);
                for (let i = 0; i < n; i++) {
                    const lhs = v * q[i];
                    if (strict[i] ? lhs > p[i] : lhs >= p[i]) return i;
                }
                return fallback;
            };
        }
        case 'veto': return rule.veto.fast;
        case 'bool': return rule.test;
        case 'deadline': return rule.deadline.value;
        case 'frequency': return rule.frequency.value;
        case 'accountability': return rule.acc.value;
    }
}

export function evalRuleUnsafe(rule: CompiledRule, f: Frame): unknown {
    return runnerOf(rule)(f);
}
