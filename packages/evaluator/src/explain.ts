import type { DeadlineIR, ExprIR, FrequencyIR, Outcome, TraceStep, VetoIR } from '@zeren/model';
import { formatRational } from '@zeren/model';
import type { ExprCompiler } from './compile-expr.js';
import type { Frame } from './frame.js';
import type { CompiledRule, Program } from './program.js';
import { displayValue } from './values.js';
import { explainAccountability } from './explain-accountability.js';

const OPS: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=', '!=': '≠', '+': '+', '-': '−', '*': '×', '/': '/' };

/**
 * Explanation steps for one rule, each citing its article. Built only when asked, from the
 * outcome already computed and the same closures (sub-expression values), so the explanation
 * can never disagree with the result.
 */
export function explainRule(c: CompiledRule, program: Program, frame: Frame, outcome: Outcome): TraceStep[] {
    const doc = program.document.name;
    const rule = c.rule;
    const cite = rule.citation ? { document: doc, text: rule.citation.text } : undefined;
    const step = (zh: string, en: string, text = rule.citation?.text): TraceStep => ({ cite: text ? { document: doc, text } : cite, zh, en });
    const compiler = program.compiler;
    switch (rule.kind) {
        case 'score': {
            const s = outcome.scores.find(x => x.rule === rule.name);
            if (!s || s.total === null) return [];
            const parts = s.components.map(p => `${p.name} ${p.score} × ${p.effectiveWeight} = ${p.contribution}`);
            const steps = [step(
                `${rule.name} = ${parts.join(' + ')}${s.bonus && s.bonus !== '0' ? ` + 加分 ${s.bonus}` : ''} = ${s.total}`,
                `${rule.name} = ${parts.join(' + ')}${s.bonus && s.bonus !== '0' ? ` + bonus ${s.bonus}` : ''} = ${s.total}`,
            )];
            for (const b of s.bonuses) {
                if (b.count === '0') continue;
                steps.push(step(`加分 ${b.item}：${b.count} 项 × ${b.pointsPerItem} 分，上限 ${b.cap} 分 → ${b.points} 分`,
                    `bonus ${b.item}: ${b.count} × ${b.pointsPerItem} points, capped at ${b.cap} → ${b.points}`));
            }
            return steps;
        }
        case 'grade': {
            const g = outcome.grades.find(x => x.rule === rule.name);
            if (!g) return [];
            if (g.status === 'not-graded') return [step(`${rule.name}：不确定等次（排除规则适用）`, `${rule.name}: not graded (an exclusion applies)`)];
            const value = displayValue(rule.score, frame, compiler);
            const band = rule.bands.find(b => b.name === g.grade);
            const why = band?.bound ? `${value} ${band.op === '>' ? '>' : '≥'} ${formatRational(band.bound)}` : `${value} 低于其他等次下限`;
            const whyEn = band?.bound ? `${value} ${band.op === '>' ? '>' : '≥'} ${formatRational(band.bound)}` : `${value} is below every other band`;
            return [step(`${rule.name}：${why} → ${g.grade ?? '—'}`, `${rule.name}: ${whyEn} → ${g.grade ?? '—'}`)];
        }
        case 'veto':
            return explainVeto(rule, program, frame, outcome, step);
        case 'deadline': {
            const d = outcome.deadlines.find(x => x.rule === rule.name);
            if (!d) return [];
            const { steps: condition, holds } = conditionSteps(rule, frame, compiler, step);
            if (d.status === 'not-applicable') return holds ? [...condition, chainStep(rule, step)] : condition;
            if (d.status === 'not-started') return [...condition, step(`${rule.name}：${d.steps.length ? '' : '起算事件尚未发生，期限未开始'}`, `${rule.name}: the starting event has not happened; not started`)];
            const verdict = { 'on-time': ['按时完成', 'done on time'], late: ['逾期完成', 'done late'], open: ['尚未到期', 'not yet due'], overdue: ['逾期未完成', 'overdue'] }[d.status];
            return [
                ...condition,
                ...d.steps.map(s => step(`${rule.name}：${s.zh}`, `${rule.name}: ${s.en}`)),
                step(`${rule.name}：期限 ${d.due}${d.done ? `，完成于 ${d.done}` : ''} → ${verdict[0]}${d.daysLate ? `（逾期 ${d.daysLate} 日${d.workingDaysLate !== undefined ? `，${d.workingDaysLate} 个工作日` : ''}）` : ''}`,
                    `${rule.name}: due ${d.due}${d.done ? `, done ${d.done}` : ''} → ${verdict[1]}${d.daysLate ? ` (${d.daysLate} days late)` : ''}`),
            ];
        }
        case 'accountability':
            return explainAccountability(rule, outcome, doc);
        case 'frequency': {
            const q = outcome.frequencies.find(x => x.rule === rule.name);
            if (!q) return [];
            const { steps: condition } = conditionSteps(rule, frame, compiler, step);
            if (q.status === 'not-applicable') return condition;
            const periods = q.periods.map(p => `${p.label} ${p.count}${rule.unit}${p.status === 'unmet' ? `（差 ${p.shortfall || ''}${p.excess ? `超 ${p.excess}` : ''}）` : ''}`).join('；');
            const verdict = { met: ['达到要求', 'met'], unmet: ['未达到要求', 'not met'], undetermined: ['尚无法判定', 'undetermined'] }[q.status];
            return [...condition, step(`${rule.name}：${periods} → ${verdict[0]}`, `${rule.name}: ${periods} → ${verdict[1]}`)];
        }
        case 'requirement': {
            const r = outcome.requirements.find(x => x.rule === rule.name);
            if (!r) return [];
            const cond = render(rule.condition, frame, compiler);
            return [step(`${rule.name}（${rule.prohibition ? '禁止' : '要求'}）：${cond} → ${r.complied ? '符合' : '违反'}`,
                `${rule.name} (${rule.prohibition ? 'prohibition' : 'requirement'}): ${cond} → ${r.complied ? 'complied with' : 'violated'}`)];
        }
        case 'exclusion':
        case 'consequence': {
            const applies = rule.kind === 'exclusion'
                ? outcome.exclusions.find(x => x.rule === rule.name)?.applies
                : outcome.consequences.find(x => x.rule === rule.name)?.applies;
            const cond = render(rule.condition, frame, compiler);
            const verdict = applies ? '适用' : '不适用';
            const steps = [step(`${rule.name}：${cond} → ${verdict}`, `${rule.name}: ${cond} → ${applies ? 'applies' : 'does not apply'}`)];
            if (applies && rule.kind === 'consequence') {
                for (const a of rule.actions) steps.push(step(`措施：${a.measure}${a.actor ? `（由${a.actor}）` : ''}`, `measure: ${a.measure}${a.actor ? ` (by ${a.actor})` : ''}`));
            }
            return steps;
        }
    }
}

/**
 * Whether a conditional deadline or frequency applies, with the condition's facts and their values:
 * 兼职情况年报：适用条件 在企业兼职（否） 不成立 → 不适用. Nothing for a rule without 当.
 */
function conditionSteps(
    rule: DeadlineIR | FrequencyIR, frame: Frame, compiler: ExprCompiler, step: (zh: string, en: string) => TraceStep,
): { steps: TraceStep[]; holds: boolean } {
    if (!rule.condition) return { steps: [], holds: true };
    const text = render(rule.condition, frame, compiler);
    const holds = compiler.bool(rule.condition)(frame);
    return {
        holds,
        steps: [holds
            ? step(`${rule.name}：适用条件 ${text} 成立`, `${rule.name}: the condition ${text} holds, so the obligation applies`)
            : step(`${rule.name}：适用条件 ${text} 不成立 → 不适用`, `${rule.name}: the condition ${text} does not hold → not applicable`)],
    };
}

/** A deadline chained to one that does not apply (the only other way a deadline is 不适用). */
function chainStep(rule: DeadlineIR, step: (zh: string, en: string) => TraceStep): TraceStep {
    const from = rule.spec.kind === 'after' && rule.spec.start.k === 'rule' ? rule.spec.start.rule.name : '';
    return step(`${rule.name}：起算的期限“${from}”不适用 → 不适用`, `${rule.name}: the deadline '${from}' it runs from does not apply → not applicable`);
}

function explainVeto(rule: VetoIR, program: Program, frame: Frame, outcome: Outcome, step: (zh: string, en: string, text?: string) => TraceStep): TraceStep[] {
    const v = outcome.vetoes.find(x => x.rule === rule.name);
    if (!v) return [];
    const compiler = program.compiler;
    const steps: TraceStep[] = [];
    for (const clause of rule.clauses) {
        const hit = v.clauses.find(c => c.label === clause.label);
        const excepted = v.exceptions.filter(e => e.clauses.includes(clause.label));
        if (!hit && excepted.length === 0) continue;
        const members = hit?.members.length ? `（${hit.members.join('、')}）` : '';
        const cond = clause.over ? '' : `：${render(clause.condition, frame, compiler)}`;
        if (hit) steps.push(step(`${clause.label}${members}条件成立${cond} → 否决`, `${clause.label}${members} holds${cond} → veto`, clause.citation.text));
        for (const e of excepted) {
            const ir = rule.exceptions.find(x => x.name === e.name);
            const who = e.members.length ? `（${e.members.join('、')}）` : '';
            steps.push(step(`例外“${e.name}”${who}适用，排除${clause.label}`, `exception '${e.name}'${who} applies and overrides ${clause.label}`, ir?.citation?.text));
        }
    }
    steps.push(step(v.vetoed ? `${rule.name}：一票否决` : `${rule.name}：未触发任何否决条款`, v.vetoed ? `${rule.name}: vetoed` : `${rule.name}: no veto clause applies`));
    return steps;
}

/** An expression with the value of each fact and derived value beside its name. */
export function render(e: ExprIR, frame: Frame, compiler: ExprCompiler): string {
    switch (e.k) {
        case 'num': return e.text ?? formatRational(e.value);
        case 'bool': return e.value ? '是' : '否';
        case 'date': return e.value;
        case 'fact': return `${e.fact.name}（${displayValue(e, frame, compiler)}）`;
        case 'derived': return `${e.derived.name}（${displayValue(e, frame, compiler)}）`;
        case 'rule': return `${e.rule.name}（${displayValue(e, frame, compiler)}）`;
        case 'enumValue': return e.decl.values[e.index];
        case 'band': return e.grade.bands[e.index].name;
        case 'not': return `非 ${render(e.operand, frame, compiler)}`;
        case 'logic': return `${wrap(e.left, frame, compiler)} ${e.op === 'and' ? '且' : '或'} ${wrap(e.right, frame, compiler)}`;
        case 'compare':
        case 'arith': return `${wrap(e.left, frame, compiler)} ${OPS[e.op]} ${wrap(e.right, frame, compiler)}`;
        case 'agg': return `${({ count: '计数', any: '任一', all: '所有', sum: '合计' })[e.fn]}(${render(e.collection, frame, compiler)}) = ${displayValue(e, frame, compiler)}`;
        case 'call': return `${e.fn === 'min' ? '最小' : '最大'}(${e.args.map(a => render(a, frame, compiler)).join(', ')})`;
        default: return '？';
    }
}

function wrap(e: ExprIR, frame: Frame, compiler: ExprCompiler): string {
    const text = render(e, frame, compiler);
    return e.k === 'logic' || (e.k === 'arith' && (e.op === '+' || e.op === '-')) ? `(${text})` : text;
}
