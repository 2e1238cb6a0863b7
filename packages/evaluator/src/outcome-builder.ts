import type { Citation, ComponentIR, ComponentResultT, Outcome, RuleIR, RuleStatus, TraceStep } from '@zeren/model';
import { formatPercent, formatRational, message, Rational, renderBoth } from '@zeren/model';
import { formatDurationZh } from '@zeren/time';
import type { Message } from '@zeren/model';
import { FAILED, RuleFailed } from './compile-expr.js';
import type { CompiledScore } from './compile-score.js';
import { EvalError, MissingFact } from './eval-error.js';
import type { Frame } from './frame.js';
import type { CompiledRule, Program, RunResult, SubjectProgram } from './program.js';
import { NO_BAND, NOT_GRADED } from './grade-results.js';
import { explainRule } from './explain.js';
import { scaled } from './values.js';
import type { VetoDetail } from './compile-veto.js';
import type { PartialVetoDetail } from './partial-run.js';
import { isPartialCause, partialVetoAfter, undeterminedDetail } from './partial-run.js';
import type { Undetermined } from './undetermined.js';
import { undeterminedMessages } from './undetermined.js';
import { fastBreakdown, formatScaled } from './score-breakdown-fast.js';


/** Turns the raw results of a run into the published Outcome shape (plus the trace when asked). */
export function buildOutcome(program: Program, sp: SubjectProgram, frame: Frame, run: RunResult, explain: boolean): Outcome {
    const doc = program.document.name;
    const cite = (c?: Citation) => (c ? citeOf(doc, c) : undefined);
    const outcome: Outcome = {
        document: doc,
        subject: sp.subject.name,
        status: run.assessed ? 'assessed' : 'not-assessed',
        scores: [], grades: [], vetoes: [], exclusions: [], consequences: [], requirements: [], deadlines: [], frequencies: [], errors: [],
    };
    const trace: TraceStep[] = [];
    // Details computed here may fail where the fast path did not look (per-clause detail).
    const errors = run.errors.size ? new Map(run.errors) : new Map<number, unknown>();
    // Copied only should a detail need to add to it (never when every fact is given).
    let undetermined = run.undetermined;
    let openPeriods: Record<number, { zh: string; en: string }> | undefined;
    const rules: RuleStatus[] = [];
    // A detail that reads a fact the value did not need: the entry is left out and the rule is undetermined.
    const detailFailed = (c: CompiledRule, e: unknown) => {
        if (!isPartialCause(e)) {
            errors.set(c.index, e);
            return;
        }
        const why = undeterminedDetail(sp, c.rule, frame, e, undetermined);
        undetermined = new Map(undetermined).set(c.index, why);
    };
    for (const c of sp.rules) {
        const value = frame.r[c.index];
        const failed = value === FAILED;
        const why = undetermined.get(c.index);
        const open = why ? true : undefined;
        const evaluated = run.assessed || (c.rule.kind === 'exclusion' && value !== undefined);
        const rule = c.rule;
        switch (c.kind) {
            case 'score': {
                const ok = run.assessed && !failed && value !== undefined;
                const fast = ok ? fastBreakdown(c.score, frame) : undefined;
                const breakdown = ok && !fast ? scoreBreakdown(c.score, frame) : undefined;
                outcome.scores.push({
                    rule: rule.name,
                    cite: cite(rule.citation),
                    total: ok ? formatScaled(value as number, c.score.scale) : null,
                    base: fast ? fast.base : breakdown ? formatRational(breakdown.base) : null,
                    bonus: fast ? fast.bonus : breakdown ? formatRational(breakdown.bonus) : null,
                    components: fast?.components ?? breakdown?.components ?? [],
                    bonuses: fast?.bonuses ?? breakdown?.bonuses ?? [],
                    undetermined: open,
                });
                break;
            }
            case 'grade': {
                const bands = (rule as Extract<RuleIR, { kind: 'grade' }>).bands;
                const grade = run.assessed && !failed && typeof value === 'number' && value >= 0 ? bands[value]?.name ?? null : null;
                outcome.grades.push({
                    rule: rule.name,
                    cite: cite(rule.citation),
                    grade,
                    status: !run.assessed ? 'not-assessed' : why ? 'undetermined' : value === NOT_GRADED ? 'not-graded' : 'graded',
                });
                void NO_BAND;
                break;
            }
            case 'veto': {
                const veto = rule as Extract<RuleIR, { kind: 'veto' }>;
                let detail: VetoDetail & { undetermined?: PartialVetoDetail['undetermined'] } = { vetoed: false, clauses: [], exceptions: [] };
                const partial = run.vetoes?.get(c.index);
                if (evaluated && partial) detail = partial;
                else if (evaluated && !failed) {
                    try {
                        detail = c.veto.detail(frame);
                    } catch (e) {
                        // The fast path stopped at a clause that applies; a later clause lacks a fact.
                        if (isPartialCause(e)) detail = partialVetoAfter(sp, veto, frame, undetermined);
                        else errors.set(c.index, e);
                    }
                }
                outcome.vetoes.push({
                    rule: rule.name,
                    cite: cite(rule.citation),
                    vetoed: evaluated && (!failed || !!partial) && detail.vetoed,
                    clauses: detail.clauses.map(cl => {
                        const ir = veto.clauses.find(x => x.label === cl.label)!;
                        return { label: cl.label, cite: citeOf(doc, ir.citation), members: cl.members };
                    }),
                    exceptions: detail.exceptions.map(ex => {
                        const ir = veto.exceptions.find(x => x.name === ex.name);
                        return { name: ex.name, cite: cite(ir?.citation), clauses: ex.clauses, members: ex.members };
                    }),
                    undetermined: open,
                    ...(detail.undetermined?.length ? {
                        undeterminedClauses: detail.undetermined.map(u => ({
                            label: u.label,
                            cite: { document: doc, text: veto.clauses.find(x => x.label === u.label)!.citation.text },
                            members: u.members,
                            missing: [...u.why.facts],
                            exceptions: [...(u.why.exceptions.get(u.label) ?? [])],
                        })),
                    } : {}),
                });
                break;
            }
            case 'deadline': {
                if (!evaluated || (failed && why?.openDue === undefined)) break;
                try {
                    const { summary: _summary, ...d } = c.deadline.detail(frame);
                    outcome.deadlines.push({ rule: rule.name, cite: cite(rule.citation), ...d });
                } catch (e) {
                    detailFailed(c, e);
                }
                break;
            }
            case 'frequency': {
                if (!evaluated || failed) break;
                try {
                    const d = c.frequency.detail(frame);
                    outcome.frequencies.push({ rule: rule.name, cite: cite(rule.citation), status: d.status, window: d.window, periods: d.periods });
                    // A period cut by the as-of date that what is known does not decide: open, like a deadline not yet due.
                    if (d.status === 'undetermined') openPeriods = { ...(openPeriods ?? {}), [c.index]: d.summary };
                } catch (e) {
                    detailFailed(c, e);
                }
                break;
            }
            case 'accountability': {
                if (!evaluated || failed) break;
                try {
                    (outcome.accountability ??= []).push(c.acc.detail(frame, doc));
                } catch (e) {
                    detailFailed(c, e);
                }
                break;
            }
            case 'bool': {
                const applies = evaluated && value === true;
                if (rule.kind === 'requirement') {
                    if (evaluated && (!failed || why)) outcome.requirements.push({ rule: rule.name, cite: cite(rule.citation), kind: rule.prohibition ? 'prohibition' : 'requirement', complied: value === true, undetermined: open });
                } else if (rule.kind === 'exclusion') {
                    outcome.exclusions.push({ rule: rule.name, cite: cite(rule.citation), effect: rule.effect, applies, undetermined: open });
                } else if (rule.kind === 'consequence') {
                    outcome.consequences.push({
                        rule: rule.name,
                        cite: cite(rule.citation),
                        applies,
                        actions: applies ? actionsOf(rule) : [],
                        undetermined: open,
                    });
                }
                break;
            }
        }
        if (explain && (evaluated || rule.kind === 'exclusion') && value !== undefined && !why) trace.push(...explainRule(c, program, frame, outcome));
        const periodOpen = openPeriods?.[c.index];
        if (periodOpen && !errors.has(c.index)) rules.push({ ...sharedStatus(c, 'decided', doc), status: 'open', reasons: [openPeriodText(c, periodOpen)] });
        else if (evaluated || value !== undefined) rules.push(ruleStatus(c, undetermined.get(c.index), errors.has(c.index), doc));
        else rules.push(sharedStatus(c, 'not-evaluated', doc));
    }
    outcome.rules = rules;
    for (const [index, error] of errors) {
        const c = sp.rules.find(r => r.index === index);
        outcome.errors.push({ ...errorText(error, c), cite: cite(c?.rule.citation) });
    }
    if (explain) outcome.trace = trace;
    return outcome;
}

/** The status entry of one evaluated rule; for an undetermined one, what is missing and why. */
function ruleStatus(c: CompiledRule, why: Undetermined | undefined, failed: boolean, doc: string): RuleStatus {
    if (failed) return sharedStatus(c, 'error', doc);
    if (!why) return sharedStatus(c, 'decided', doc);
    const base = { rule: c.rule.name, kind: c.rule.kind, cite: c.rule.citation ? { document: doc, text: c.rule.citation.text } : undefined };
    const where = ruleWhere(c.rule);
    const reasons = undeterminedMessages(where, why).map(m => ({ code: m.code, args: [...m.args], ...renderBoth(m) }));
    return {
        ...base,
        status: why.openDue !== undefined ? 'open' : 'undetermined',
        ...(why.facts.size ? { missing: [...why.facts] } : {}),
        ...(why.via.size ? { via: [...why.via] } : {}),
        ...(why.openDue !== undefined ? { due: why.openDue } : {}),
        reasons,
    };
}

function openPeriodText(c: CompiledRule, summary: { zh: string; en: string }): NonNullable<RuleStatus['reasons']>[number] {
    const where = ruleWhere(c.rule);
    const msg = message('undetermined-period', where, summary.zh, summary.en);
    return { code: msg.code, args: [...msg.args], ...renderBoth(msg) };
}

/** 〔第十八条〕领导班子综合得分: how messages name a rule. */
function ruleWhere(rule: RuleIR): string {
    return `${rule.citation ? `〔${rule.citation.text}〕` : ''}${rule.name}`;
}

const cites = new WeakMap<Citation, { document: string; text: string }>();

/** A rule's citation as outcomes give it, made once and shared (frozen), not per evaluation. */
function citeOf(doc: string, c: Citation): { document: string; text: string } {
    let cited = cites.get(c);
    if (cited?.document !== doc) cites.set(c, (cited = Object.freeze({ document: doc, text: c.text })));
    return cited;
}

const actionLists = new WeakMap<RuleIR, Outcome['consequences'][number]['actions']>();

/** A consequence's actions, their durations worded once per rule (shared, frozen). */
function actionsOf(rule: Extract<RuleIR, { kind: 'consequence' }>): Outcome['consequences'][number]['actions'] {
    let actions = actionLists.get(rule);
    if (!actions) {
        actions = Object.freeze(rule.actions.map(a => Object.freeze({
            measure: a.measure,
            actor: a.actor,
            duration: a.duration ? formatDurationZh({ unit: a.duration.unit, amount: formatRational(a.duration.amount) }) : undefined,
        }))) as Outcome['consequences'][number]['actions'];
        actionLists.set(rule, actions);
    }
    return actions;
}

type PlainStatus = 'decided' | 'error' | 'not-evaluated';
const plainStatuses = new WeakMap<CompiledRule, Partial<Record<PlainStatus, RuleStatus>>>();

/** Entries without details are made once per compiled rule and shared (frozen): no allocation per evaluation. */
function sharedStatus(c: CompiledRule, status: PlainStatus, doc: string): RuleStatus {
    let byStatus = plainStatuses.get(c);
    if (!byStatus) plainStatuses.set(c, (byStatus = {}));
    return (byStatus[status] ??= Object.freeze({
        rule: c.rule.name, kind: c.rule.kind, cite: c.rule.citation ? Object.freeze({ document: doc, text: c.rule.citation.text }) : undefined, status,
    }));
}

function errorText(error: unknown, c: CompiledRule | undefined): { code: string; args: string[]; zh: string; en: string } {
    const where = c ? ruleWhere(c.rule) : '';
    let msg: Message;
    if (error instanceof MissingFact) msg = message('fact-missing', error.fact, error.neededBy ?? where);
    else if (error instanceof EvalError) msg = error.msg;
    else if (error instanceof RuleFailed) msg = message('eval-dependency', error.rule, where);
    else throw error; // a defect in Zeren itself, not in the user's input
    return { code: msg.code, args: [...msg.args], ...renderBoth(msg) };
}

interface Breakdown {
    base: Rational;
    bonus: Rational;
    components: ComponentResultT[];
    bonuses: Outcome['scores'][number]['bonuses'];
}

/** Per-component scores and contributions, computed exactly from the same leaf closures. */
export function scoreBreakdown(score: CompiledScore, frame: Frame): Breakdown {
    const leafValue = new Map<ComponentIR, Rational>();
    for (const leaf of score.leaves) leafValue.set(leaf.component, scaled(leaf.plan.fn(frame), leaf.plan.scale));
    const contribution = (c: ComponentIR): Rational =>
        c.value ? leafValue.get(c)!.mul(c.effectiveWeight) : c.children.reduce((s, ch) => s.add(contribution(ch)), new Rational(0));
    // A group's score from its children's scores by their own weights: the same value as its
    // points over its effective weight, and still defined when that weight is 0% (占 0%).
    const scoreOf = (c: ComponentIR): Rational =>
        c.value ? leafValue.get(c)! : c.children.reduce((s, ch) => s.add(scoreOf(ch).mul(ch.weight)), new Rational(0));
    const toResult = (c: ComponentIR): ComponentResultT => {
        const points = contribution(c);
        return {
            name: c.name,
            weight: formatPercent(c.weight),
            effectiveWeight: formatPercent(c.effectiveWeight),
            score: formatRational(scoreOf(c)),
            contribution: formatRational(points),
            children: c.children.map(toResult),
        };
    };
    const roots = score.roots;
    const base = roots.reduce((s, c) => s.add(contribution(c)), new Rational(0));
    const groups = new Map<string, Rational>();
    const bonuses: Breakdown['bonuses'] = [];
    for (const b of score.bonusItems) {
        const count = scaled(b.count.fn(frame), b.count.scale);
        const raw = count.mul(b.points);
        const points = raw.compare(b.cap) > 0 ? b.cap : raw;
        groups.set(b.group, (groups.get(b.group) ?? new Rational(0)).add(points));
        bonuses.push({ group: b.group, item: b.item, count: formatRational(count), pointsPerItem: formatRational(b.points), cap: formatRational(b.cap), points: formatRational(points) });
    }
    let bonus = new Rational(0);
    for (const b of score.bonusItems) {
        const sum = groups.get(b.group);
        if (sum === undefined) continue;
        bonus = bonus.add(b.groupCap && sum.compare(b.groupCap) > 0 ? b.groupCap : sum);
        groups.delete(b.group);
    }
    return { base, bonus, components: roots.map(toResult), bonuses };
}
