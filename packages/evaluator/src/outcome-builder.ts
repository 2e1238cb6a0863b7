import type { Citation, ComponentIR, ComponentResultT, Outcome, RuleIR, TraceStep } from '@zeren/model';
import { formatPercent, formatRational, message, Rational, renderBoth } from '@zeren/model';
import type { Message } from '@zeren/model';
import { FAILED, RuleFailed } from './compile-expr.js';
import type { CompiledScore } from './compile-score.js';
import { EvalError, MissingFact } from './eval-error.js';
import type { Frame } from './frame.js';
import type { CompiledRule, Program, RunResult, SubjectProgram } from './program.js';
import { NO_BAND, NOT_GRADED } from './grade-results.js';
import { explainRule } from './explain.js';
import { scaled } from './values.js';
import { fastBreakdown, formatScaled } from './score-breakdown-fast.js';

const UNIT_TEXT = { year: '年', month: '个月', day: '日', workday: '个工作日', hour: '小时' } as const;

/** Turns the raw results of a run into the published Outcome shape (plus the trace when asked). */
export function buildOutcome(program: Program, sp: SubjectProgram, frame: Frame, run: RunResult, explain: boolean): Outcome {
    const doc = program.document.name;
    const cite = (c?: Citation) => (c ? { document: doc, text: c.text } : undefined);
    const outcome: Outcome = {
        document: doc,
        subject: sp.subject.name,
        status: run.assessed ? 'assessed' : 'not-assessed',
        scores: [], grades: [], vetoes: [], exclusions: [], consequences: [], requirements: [], deadlines: [], frequencies: [], errors: [],
    };
    const trace: TraceStep[] = [];
    // Details computed here may fail where the fast path did not look (per-clause detail).
    const errors = new Map(run.errors);
    for (const c of sp.rules) {
        const value = frame.r[c.index];
        const failed = value === FAILED;
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
                    status: !run.assessed ? 'not-assessed' : value === NOT_GRADED ? 'not-graded' : 'graded',
                });
                void NO_BAND;
                break;
            }
            case 'veto': {
                const veto = rule as Extract<RuleIR, { kind: 'veto' }>;
                let detail = { vetoed: false, clauses: [] as { label: string; members: string[] }[], exceptions: [] as { name: string; clauses: string[]; members: string[] }[] };
                if (evaluated && !failed) {
                    try {
                        detail = c.veto.detail(frame);
                    } catch (e) {
                        errors.set(c.index, e);
                    }
                }
                outcome.vetoes.push({
                    rule: rule.name,
                    cite: cite(rule.citation),
                    vetoed: evaluated && !failed && detail.vetoed,
                    clauses: detail.clauses.map(cl => {
                        const ir = veto.clauses.find(x => x.label === cl.label)!;
                        return { label: cl.label, cite: { document: doc, text: ir.citation.text }, members: cl.members };
                    }),
                    exceptions: detail.exceptions.map(ex => {
                        const ir = veto.exceptions.find(x => x.name === ex.name);
                        return { name: ex.name, cite: cite(ir?.citation), clauses: ex.clauses, members: ex.members };
                    }),
                });
                break;
            }
            case 'deadline': {
                if (!evaluated || failed) break;
                try {
                    const { summary: _summary, ...d } = c.deadline.detail(frame);
                    outcome.deadlines.push({ rule: rule.name, cite: cite(rule.citation), ...d });
                } catch (e) {
                    errors.set(c.index, e);
                }
                break;
            }
            case 'frequency': {
                if (!evaluated || failed) break;
                try {
                    const d = c.frequency.detail(frame);
                    outcome.frequencies.push({ rule: rule.name, cite: cite(rule.citation), status: d.status, window: d.window, periods: d.periods });
                } catch (e) {
                    errors.set(c.index, e);
                }
                break;
            }
            case 'accountability': {
                if (!evaluated || failed) break;
                try {
                    (outcome.accountability ??= []).push(c.acc.detail(frame, doc));
                } catch (e) {
                    errors.set(c.index, e);
                }
                break;
            }
            case 'bool': {
                const applies = evaluated && value === true;
                if (rule.kind === 'requirement') {
                    if (evaluated && !failed) outcome.requirements.push({ rule: rule.name, cite: cite(rule.citation), kind: rule.prohibition ? 'prohibition' : 'requirement', complied: value === true });
                } else if (rule.kind === 'exclusion') {
                    outcome.exclusions.push({ rule: rule.name, cite: cite(rule.citation), effect: rule.effect, applies });
                } else if (rule.kind === 'consequence') {
                    outcome.consequences.push({
                        rule: rule.name,
                        cite: cite(rule.citation),
                        applies,
                        actions: applies ? rule.actions.map(a => ({
                            measure: a.measure,
                            actor: a.actor,
                            duration: a.duration ? `${formatRational(a.duration.amount)}${UNIT_TEXT[a.duration.unit]}` : undefined,
                        })) : [],
                    });
                }
                break;
            }
        }
        if (explain && (evaluated || rule.kind === 'exclusion') && value !== undefined) trace.push(...explainRule(c, program, frame, outcome));
    }
    for (const [index, error] of errors) {
        const c = sp.rules.find(r => r.index === index);
        outcome.errors.push({ ...errorText(error, c), cite: cite(c?.rule.citation) });
    }
    if (explain) outcome.trace = trace;
    return outcome;
}

function errorText(error: unknown, c: CompiledRule | undefined): { code: string; args: string[]; zh: string; en: string } {
    const where = c ? `${c.rule.citation ? `〔${c.rule.citation.text}〕` : ''}${c.rule.name}` : '';
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
