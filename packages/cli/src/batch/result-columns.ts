import type { Program, RowResult } from '@zeren/evaluator';
import type { ComponentIR, Lang, Outcome, RuleIR } from '@zeren/model';
import { render } from '@zeren/model';

/**
 * The columns of a results table (CSV, XLSX): one row per subject — its name, row, subject and
 * status, then per rule of the document: each score's total, its components' contributions and
 * bonus, grades, vetoes (是/否 and the clauses that apply), exclusions and consequences (是/否),
 * requirements, deadline and frequency statuses; then the undetermined rules and the errors.
 * Fixed from the rules before the first row, so rows stream out as they are evaluated.
 */
export interface ResultColumn {
    header: string;
    value(r: RowResult): string;
}

const DEADLINE = { 'on-time': '按时', late: '逾期', open: '未到期', overdue: '逾期未完成', 'not-started': '未开始', 'not-applicable': '不适用' } as const;
const FREQUENCY = { met: '达到要求', unmet: '未达到要求', undetermined: '尚无法判定', 'not-applicable': '不适用' } as const;
const yes = (b: boolean | undefined) => (b === undefined ? '' : b ? '是' : '否');

export function resultColumns(program: Program, subjects: string[], lang: Lang): ResultColumn[] {
    const zh = lang === 'zh';
    const columns: ResultColumn[] = [
        { header: zh ? '名称' : 'key', value: r => r.key },
        { header: zh ? '行' : 'row', value: r => String(r.line) },
        { header: zh ? '主体' : 'subject', value: r => r.subject ?? '' },
        { header: zh ? '状态' : 'status', value: r => statusText(r, zh) },
    ];
    const wanted = new Set(subjects);
    for (const rule of program.document.rules) {
        if (!wanted.has(rule.subject.name)) continue;
        columns.push(...ruleColumns(rule));
    }
    columns.push(
        { header: zh ? '未能判定' : 'undetermined', value: r => undeterminedRules(r.outcome).join('；') },
        { header: zh ? '错误' : 'errors', value: r => r.errors.map(e => `${e.file}:${e.line}:${e.column}: ${render(e.message, lang)}`).join('\n') },
    );
    return columns;
}

function statusText(r: RowResult, zh: boolean): string {
    if (!r.outcome) return zh ? '输入错误' : 'invalid input';
    if (r.outcome.status === 'not-assessed') return zh ? '不参加考核' : 'not assessed';
    return r.errors.length ? (zh ? '部分未能判定' : 'partly undetermined') : (zh ? '已评估' : 'evaluated');
}

/**
 * Rules the facts could not decide. Today a rule whose facts are missing or unusable reports an
 * error; once outcomes carry a per-rule status (partial evaluation), it is read from there.
 */
export function undeterminedRules(outcome: Outcome | undefined): string[] {
    if (!outcome) return [];
    const statuses = (outcome as { rules?: { rule: string; status: string }[] }).rules;
    if (Array.isArray(statuses)) return statuses.filter(s => s.status === 'undetermined').map(s => s.rule);
    return outcome.errors.map(e => e.zh);
}

function ruleColumns(rule: RuleIR): ResultColumn[] {
    const name = rule.name;
    switch (rule.kind) {
        case 'score': {
            const find = (o?: Outcome) => o?.scores.find(s => s.rule === name);
            const out: ResultColumn[] = [{ header: name, value: r => find(r.outcome)?.total ?? '' }];
            const walk = (items: ComponentIR[], path: number[], prefix: string) => items.forEach((c, i) => {
                const at = [...path, i];
                out.push({ header: `${prefix}.${c.name}`, value: r => componentAt(find(r.outcome)?.components, at)?.contribution ?? '' });
                walk(c.children, at, `${prefix}.${c.name}`);
            });
            walk(rule.components, [], name);
            if (rule.bonuses.length) out.push({ header: `${name}.加分`, value: r => find(r.outcome)?.bonus ?? '' });
            return out;
        }
        case 'grade':
            return [{ header: name, value: r => {
                const g = r.outcome?.grades.find(x => x.rule === name);
                return !g ? '' : g.status === 'graded' ? g.grade ?? '' : g.status === 'not-graded' ? '不确定等次' : '不参加考核';
            } }];
        case 'veto': {
            const find = (o?: Outcome) => o?.vetoes.find(v => v.rule === name);
            return [
                { header: name, value: r => yes(find(r.outcome)?.vetoed) },
                { header: `${name}.条款`, value: r => (find(r.outcome)?.clauses ?? []).map(c => c.cite.text).join('、') },
            ];
        }
        case 'exclusion':
            return [{ header: name, value: r => yes(r.outcome?.exclusions.find(x => x.rule === name)?.applies) }];
        case 'consequence':
            return [{ header: name, value: r => yes(r.outcome?.consequences.find(x => x.rule === name)?.applies) }];
        case 'requirement':
            return [{ header: name, value: r => {
                const x = r.outcome?.requirements.find(y => y.rule === name);
                return x ? (x.complied ? '符合' : '违反') : '';
            } }];
        case 'deadline':
            return [{ header: name, value: r => {
                const d = r.outcome?.deadlines.find(y => y.rule === name);
                return d ? DEADLINE[d.status] : '';
            } }];
        case 'frequency':
            return [{ header: name, value: r => {
                const q = r.outcome?.frequencies.find(y => y.rule === name);
                return q ? FREQUENCY[q.status] : '';
            } }];
        default:
            return [];
    }
}

function componentAt<T extends { children: T[] }>(items: T[] | undefined, path: number[]): T | undefined {
    let node: T | undefined;
    let list = items;
    for (const i of path) {
        node = list?.[i];
        list = node?.children;
    }
    return node;
}
