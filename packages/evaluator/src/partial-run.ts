import type { ExprIR, RuleIR, VetoIR } from '@zeren/model';
import { ruleExpressions, walkExpr } from '@zeren/model';
import type { BoolFn, ExprCompiler } from './compile-expr.js';
import { FAILED, RuleFailed } from './compile-expr.js';
import type { VetoDetail } from './compile-veto.js';
import { exceptionTally } from './compile-veto.js';
import { MissingFact, NeedsAsOf } from './eval-error.js';
import type { Frame } from './frame.js';
import { NOT_GRADED } from './grade-results.js';
import type { CompiledRule, Prepared, RunResult, Step, SubjectProgram } from './program.js';
import { Undetermined } from './undetermined.js';

/**
 * Partial evaluation (three-valued, Kleene): runs only for a subject whose fast run met a fact
 * that was not given (or an open deadline without an as-of date), so evaluating complete facts
 * costs nothing more. Every rule is run again in order, in the closure tier whichever tier ran
 * first, so both tiers give the same partial results. A rule whose closure succeeds keeps its
 * value (short-circuit evaluation never reads what Kleene logic would not need); one that fails
 * for want of a fact is evaluated structurally: 且/或/非, 任一/全部, veto clauses and their
 * exceptions decide when a decided operand decides (真 或 未定 = 真, 假 且 未定 = 假), and
 * everything else — a comparison, a sum, a score, a time rule — is undetermined when an operand is.
 */

/** A veto's detail on the partial path: the clauses left undetermined, and why. */
export interface PartialVetoDetail extends VetoDetail {
    undetermined: { label: string; members: string[]; why: Undetermined }[];
}

export interface PartialRun extends RunResult {
    undetermined: ReadonlyMap<number, Undetermined>;
    vetoes?: ReadonlyMap<number, PartialVetoDetail>;
}

interface Ctx {
    compiler: ExprCompiler;
    /** Undetermined rules so far, by name (what RuleFailed carries). */
    byName: Map<string, Undetermined>;
    /** The subject whose frame is being read (an element subject inside 任一/全部). */
    subject: string;
}

/** Whether an error only means "not enough facts", which partial evaluation can say more about. */
export function isPartialCause(e: unknown, byName?: ReadonlyMap<string, Undetermined>): boolean {
    return e instanceof MissingFact || e instanceof NeedsAsOf || (e instanceof RuleFailed && (byName === undefined || byName.has(e.rule)));
}

export function runPartial(sp: SubjectProgram, prepared: Prepared, frame: Frame): PartialRun {
    const errors = new Map<number, unknown>();
    const undetermined = new Map<number, Undetermined>();
    const vetoes = new Map<number, PartialVetoDetail>();
    const ctx: Ctx = { compiler: sp.compiler, byName: new Map(), subject: sp.subject.name };
    frame.r.length = 0;
    const markUndetermined = (s: Step, why: Undetermined) => {
        undetermined.set(s.index, why);
        ctx.byName.set(s.rule.rule.name, why);
        frame.r[s.index] = FAILED;
    };
    const resolve = (s: Step): unknown => {
        try {
            return (frame.r[s.index] = s.run(frame));
        } catch (e) {
            try {
                if (!isPartialCause(e, ctx.byName)) throw e;
                const value = partialOf(s.rule, frame, e, ctx, vetoes);
                if (value instanceof Undetermined) {
                    markUndetermined(s, value);
                    return undefined;
                }
                return (frame.r[s.index] = value);
            } catch (error) {
                errors.set(s.index, error);
                return (frame.r[s.index] = FAILED);
            }
        }
    };
    const result = (assessed: boolean): PartialRun => ({ assessed, errors, undetermined, vetoes });

    let assessment: Undetermined | undefined;
    for (const s of prepared.notAssessed) {
        if (resolve(s) === true) return result(false);
        const why = undetermined.get(s.index);
        if (why) (assessment ??= new Undetermined()).add(Undetermined.through(s.rule.rule.name, why));
    }
    let notGraded = false;
    let grading: Undetermined | undefined;
    for (const s of prepared.notGraded) {
        if (resolve(s) === true) notGraded = true;
        const why = undetermined.get(s.index);
        if (why) (grading ??= new Undetermined()).add(Undetermined.through(s.rule.rule.name, why));
    }
    for (const s of prepared.rules) {
        if (s.grade && notGraded) {
            frame.r[s.index] = NOT_GRADED;
            continue;
        }
        resolve(s);
        // Whether the subject is graded at all is undetermined: so is its grade.
        if (s.grade && grading && !errors.has(s.index)) markUndetermined(s, (undetermined.get(s.index) ?? new Undetermined()).add(grading));
    }
    // Whether the subject is assessed at all is undetermined: so is every result that assumes it.
    if (assessment) {
        for (const s of prepared.rules) {
            if (errors.has(s.index)) continue;
            markUndetermined(s, (undetermined.get(s.index) ?? new Undetermined()).add(assessment));
            vetoes.delete(s.index);
        }
    }
    return result(true);
}

/** The three-valued result of a rule whose closure failed with `cause`. */
function partialOf(c: CompiledRule, f: Frame, cause: unknown, ctx: Ctx, vetoes: Map<number, PartialVetoDetail>): unknown {
    const rule = c.rule;
    switch (c.kind) {
        case 'bool': {
            const k = kleene((rule as Extract<RuleIR, { condition: ExprIR }>).condition, f, ctx);
            return rule.kind === 'requirement' && rule.prohibition ? not(k) : k;
        }
        case 'veto': {
            const detail = partialVeto(rule as VetoIR, f, ctx);
            vetoes.set(c.index, detail);
            if (detail.vetoed) return true;
            return detail.undetermined.length ? detail.undetermined.reduce((u, x) => u.add(x.why), new Undetermined()) : false;
        }
        case 'score': {
            // Every component is looked at, so the message names every missing fact at once.
            const why = new Undetermined();
            for (const leaf of c.score.leaves) attempt(() => leaf.plan.fn(f), [leaf.component.value!], f, ctx, why);
            for (const b of c.score.bonusItems) attempt(() => b.count.fn(f), [], f, ctx, why);
            if (why.facts.size === 0 && why.via.size === 0 && why.asOf.size === 0) return whyOf(cause, ruleExpressions(rule), f, ctx);
            return why;
        }
        case 'deadline':
            if (cause instanceof NeedsAsOf && cause.rule === rule.name) {
                const open = new Undetermined();
                open.openDue = cause.due;
                return open;
            }
            return whyOf(cause, ruleExpressions(rule), f, ctx);
        default:
            return whyOf(cause, ruleExpressions(rule), f, ctx);
    }
}

/** Runs `fn`; a partial cause is added to `why` (other errors propagate). */
function attempt(fn: () => unknown, exprs: ExprIR[], f: Frame, ctx: Ctx, why: Undetermined): void {
    try {
        fn();
    } catch (e) {
        why.add(whyOf(e, exprs, f, ctx));
    }
}

/**
 * Why an expression could not be computed: the fact or rule it failed on, plus every other fact
 * of the same subject it reads that was not given and every undetermined rule it reads, so one
 * message lists all that is missing. Errors other than missing facts propagate.
 */
function whyOf(cause: unknown, exprs: ExprIR[], f: Frame, ctx: Ctx): Undetermined {
    const why = new Undetermined();
    if (cause instanceof MissingFact) why.facts.add(cause.fact);
    else if (cause instanceof NeedsAsOf) why.asOf.add(cause.rule);
    else if (cause instanceof RuleFailed && ctx.byName.has(cause.rule)) why.add(Undetermined.through(cause.rule, ctx.byName.get(cause.rule)!));
    else throw cause;
    for (const e of exprs) {
        walkExpr(e, x => {
            if (x.k === 'fact' && x.fact.subject === ctx.subject && f.v[x.fact.slot] === undefined) why.facts.add(x.fact.name);
            if (x.k === 'rule') {
                const r = ctx.byName.get(x.rule.name);
                if (r) why.add(Undetermined.through(x.rule.name, r));
            }
        });
    }
    return why;
}

type K = boolean | Undetermined;

function not(k: unknown): unknown {
    return k instanceof Undetermined ? k : !k;
}

const compiledBools = new WeakMap<ExprCompiler, WeakMap<ExprIR, BoolFn>>();

function boolFn(e: ExprIR, compiler: ExprCompiler): BoolFn {
    let cache = compiledBools.get(compiler);
    if (!cache) compiledBools.set(compiler, (cache = new WeakMap()));
    let fn = cache.get(e);
    if (!fn) cache.set(e, (fn = compiler.bool(e)));
    return fn;
}

/** Kleene evaluation of a condition; the left operand is evaluated first and decides when it can, as 且/或 do. */
export function kleene(e: ExprIR, f: Frame, ctx: Ctx): K {
    switch (e.k) {
        case 'bool': return e.value;
        case 'not': return not(kleene(e.operand, f, ctx)) as K;
        case 'derived': return kleene(e.derived.expr, f, ctx);
        case 'logic': {
            const decides = e.op === 'or';
            const l = kleene(e.left, f, ctx);
            if (l === decides) return l;
            const r = kleene(e.right, f, ctx);
            if (r === decides) return r;
            if (l instanceof Undetermined) return r instanceof Undetermined ? new Undetermined().add(l).add(r) : l;
            return r;
        }
        case 'agg':
            if (e.fn === 'any' || e.fn === 'all') {
                let items: Frame[];
                try {
                    items = ctx.compiler.list(e.collection)(f);
                } catch (x) {
                    return whyOf(x, [e.collection], f, ctx);
                }
                const decides = e.fn === 'any';
                const inner = { ...ctx, subject: e.element.name };
                let why: Undetermined | undefined;
                for (const item of items) {
                    const k = e.body ? kleene(e.body, item, inner) : true;
                    if (k === decides) return k;
                    if (k instanceof Undetermined) (why ??= new Undetermined()).add(k);
                }
                return why ?? !decides;
            }
            break;
    }
    try {
        return Boolean(boolFn(e, ctx.compiler)(f));
    } catch (x) {
        return whyOf(x, [e], f, ctx);
    }
}

/**
 * compile-veto.ts `detail`, three-valued: a clause applies to a frame when its condition holds and
 * no exception naming it holds; an exception that cannot be judged leaves a clause that holds
 * undetermined (and says so). One clause that applies vetoes, whatever the others are.
 */
export function partialVeto(rule: VetoIR, f: Frame, ctx: Ctx): PartialVetoDetail {
    const detail: PartialVetoDetail = { vetoed: false, clauses: [], exceptions: [], undetermined: [] };
    const excepted = exceptionTally();
    for (const c of rule.clauses) {
        const overMembers = !!(c.over && c.element);
        const inner = overMembers ? { ...ctx, subject: c.element!.name } : ctx;
        const exceptions = rule.exceptions.filter(x => x.targets.includes(c.label));
        let frames: Frame[];
        try {
            frames = overMembers ? ctx.compiler.list(c.over!)(f) : [f];
        } catch (x) {
            detail.undetermined.push({ label: c.label, members: [], why: whyOf(x, [c.over!], f, ctx) });
            continue;
        }
        const hits: string[] = [];
        const open: string[] = [];
        const why = new Undetermined();
        let hit = false;
        for (const m of frames) {
            const condition = kleene(c.condition, m, inner);
            if (condition === false) continue;
            const blocking: string[] = [];
            const unjudged = new Undetermined();
            const unjudgedNames: string[] = [];
            for (const x of exceptions) {
                const k = kleene(x.condition, m, inner);
                if (k === true) blocking.push(x.name);
                else if (k instanceof Undetermined) {
                    unjudged.add(k);
                    unjudgedNames.push(x.name);
                }
            }
            if (blocking.length) {
                if (condition === true) blocking.forEach(name => excepted.note(name, c.label, overMembers ? m.label : undefined));
                continue;
            }
            if (condition === true && unjudgedNames.length === 0) {
                hit = true;
                if (overMembers) hits.push(m.label);
                continue;
            }
            if (condition instanceof Undetermined) why.add(condition);
            if (unjudgedNames.length) {
                why.add(unjudged);
                if (condition === true) why.exceptions.set(c.label, new Set([...(why.exceptions.get(c.label) ?? []), ...unjudgedNames]));
            }
            if (overMembers) open.push(m.label);
        }
        if (hit) detail.clauses.push({ label: c.label, members: hits });
        else if (why.facts.size || why.via.size || why.asOf.size || why.exceptions.size) detail.undetermined.push({ label: c.label, members: open, why });
    }
    detail.vetoed = detail.clauses.length > 0;
    detail.exceptions = excepted.list();
    return detail;
}

/** The veto detail of a run that was not partial but whose detail met a missing fact the fast path never read. */
export function partialVetoAfter(sp: SubjectProgram, rule: VetoIR, f: Frame, undetermined: ReadonlyMap<number, Undetermined>): PartialVetoDetail {
    const byName = new Map<string, Undetermined>();
    for (const c of sp.rules) {
        const why = undetermined.get(c.index);
        if (why) byName.set(c.rule.name, why);
    }
    return partialVeto(rule, f, { compiler: sp.compiler, byName, subject: sp.subject.name });
}

/**
 * Why a rule's outcome detail could not be built (it reads more than the value other rules read,
 * e.g. every situation where the value stopped at the first that holds): undetermined for want of
 * the facts it names; other errors propagate.
 */
export function undeterminedDetail(sp: SubjectProgram, rule: RuleIR, f: Frame, error: unknown, undetermined: ReadonlyMap<number, Undetermined>): Undetermined {
    const byName = new Map<string, Undetermined>();
    for (const c of sp.rules) {
        const why = undetermined.get(c.index);
        if (why) byName.set(c.rule.name, why);
    }
    return whyOf(error, ruleExpressions(rule), f, { compiler: sp.compiler, byName, subject: sp.subject.name });
}
