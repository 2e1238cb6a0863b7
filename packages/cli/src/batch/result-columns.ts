import type { Program, RowResult } from '@zeren/evaluator';
import type { ComponentIR, Lang, Outcome, RuleIR } from '@zeren/model';
import { render } from '@zeren/model';
import { complianceText, deadlineText, frequencyText, gradeText, rowStatusText, undecidedRules, yesNo } from './result-words.js';

/**
 * The columns of a results table (CSV, XLSX): one row per subject — its name, row, subject and
 * status, then per rule of the document: each score's total, its components' contributions and
 * bonus, grades, vetoes (是/否 and the clauses that apply), exclusions and consequences (是/否),
 * requirements, deadline and frequency statuses; then the undetermined (and open) rules and the errors.
 * Fixed from the rules before the first row, so rows stream out as they are evaluated.
 */
export interface ResultColumn {
    header: string;
    value(r: RowResult): string;
    /** Scores, components, bonuses and the row: a workbook stores them as numbers, so they sum and sort. */
    numeric?: boolean;
}

export function resultColumns(program: Program, subjects: string[], lang: Lang): ResultColumn[] {
    const zh = lang === 'zh';
    const columns: ResultColumn[] = [
        { header: zh ? '名称' : 'key', value: r => r.key },
        { header: zh ? '行' : 'row', value: r => String(r.line), numeric: true },
        { header: zh ? '主体' : 'subject', value: r => r.subject ?? '' },
        { header: zh ? '状态' : 'status', value: r => rowStatusText(r, lang) },
    ];
    const wanted = new Set(subjects);
    for (const rule of program.document.rules) {
        if (!wanted.has(rule.subject.name)) continue;
        columns.push(...ruleColumns(rule, lang));
    }
    columns.push(
        { header: zh ? '未能判定' : 'undetermined', value: r => undecidedRules(r.outcome, lang).join(zh ? '；' : '; ') },
        { header: zh ? '错误' : 'errors', value: r => r.errors.map(e => `${e.file}:${e.line}:${e.column}: ${render(e.message, lang)}`).join('\n') },
    );
    return columns;
}

function ruleColumns(rule: RuleIR, lang: Lang): ResultColumn[] {
    const name = rule.name;
    switch (rule.kind) {
        case 'score': {
            const find = (o?: Outcome) => o?.scores.find(s => s.rule === name);
            const out: ResultColumn[] = [{ header: name, value: r => find(r.outcome)?.total ?? '', numeric: true }];
            const walk = (items: ComponentIR[], path: number[], prefix: string) => items.forEach((c, i) => {
                const at = [...path, i];
                out.push({ header: `${prefix}.${c.name}`, value: r => componentAt(find(r.outcome)?.components, at)?.contribution ?? '', numeric: true });
                walk(c.children, at, `${prefix}.${c.name}`);
            });
            walk(rule.components, [], name);
            if (rule.bonuses.length) out.push({ header: `${name}.加分`, value: r => find(r.outcome)?.bonus ?? '', numeric: true });
            return out;
        }
        case 'grade':
            return [{ header: name, value: r => gradeText(r.outcome?.grades.find(x => x.rule === name), lang) }];
        case 'veto': {
            const find = (o?: Outcome) => o?.vetoes.find(v => v.rule === name);
            return [
                { header: name, value: r => yesNo(find(r.outcome)?.vetoed, find(r.outcome)?.undetermined, lang) },
                { header: `${name}.条款`, value: r => (find(r.outcome)?.clauses ?? []).map(c => c.cite.text).join('、') },
            ];
        }
        case 'exclusion':
            return [{ header: name, value: r => {
                const x = r.outcome?.exclusions.find(y => y.rule === name);
                return yesNo(x?.applies, x?.undetermined, lang);
            } }];
        case 'consequence':
            return [{ header: name, value: r => {
                const x = r.outcome?.consequences.find(y => y.rule === name);
                return yesNo(x?.applies, x?.undetermined, lang);
            } }];
        case 'requirement':
            return [{ header: name, value: r => complianceText(r.outcome?.requirements.find(y => y.rule === name), lang) }];
        case 'deadline':
            return [{ header: name, value: r => deadlineText(r.outcome?.deadlines.find(y => y.rule === name), lang) }];
        case 'frequency':
            return [{ header: name, value: r => frequencyText(r.outcome?.frequencies.find(y => y.rule === name), lang) }];
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
