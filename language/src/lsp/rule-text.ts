import type { AccountabilityIR, DeadlineIR, FrequencyIR, Lang, Outcome, RestrictionPeriodIR, RuleIR } from '@zeren/model';
import { type Bilingual, deadlineMethod, deadlineWords, frequencyMethod, frequencyWords, restrictionPeriodWords } from '@zeren/time';

/** The construct's keyword, as a hover heading (要求 and 禁止 share a rule kind). */
export function ruleHead(rule: RuleIR): string {
    switch (rule.kind) {
        case 'score': return '得分';
        case 'grade': return '等次';
        case 'veto': return '一票否决';
        case 'exclusion': return '排除';
        case 'consequence': return '后果';
        case 'deadline': return '期限';
        case 'frequency': return '频次';
        case 'requirement': return rule.prohibition ? '禁止' : '要求';
        case 'accountability': return ACCOUNTABILITY_HEADS[(rule as AccountabilityIR).form];
    }
}

const ACCOUNTABILITY_HEADS: Record<AccountabilityIR['form'], string> = {
    situations: '情形', sanctions: '追究方式', determination: '认定', restrictions: '影响', lookback: '追溯',
};

/**
 * When a conditional obligation applies, given its 当 condition as written: it is 不适用 otherwise.
 * Empty for a rule without a condition.
 */
export function applicabilityText(condition: string | undefined, lang: Lang): string {
    if (!condition) return '';
    return lang === 'zh' ? `仅当 ${condition} 时适用，否则为“不适用”` : `Applies only while ${condition} holds; otherwise not applicable (不适用)`;
}

/**
 * How a deadline is computed, worded by @zeren/time (the wording the evaluator's explanations use):
 * the due date in a few words, then when it applies, then only the steps that apply to this rule.
 */
export function deadlineRuleText(rule: DeadlineIR, lang: Lang, condition?: string): string {
    const s = rule.spec;
    const zh = lang === 'zh';
    if (s.kind === 'invalid') return zh ? '期限的写法有误，无法计算' : 'The deadline is malformed and cannot be computed';
    const words = deadlineWords(s)[lang];
    const head = s.kind === 'after' ? (zh ? `自起算事件起 ${words}完成` : `${words} of the starting event`) : zh ? `${words}完成` : words;
    return withSteps(head, condition, deadlineMethod(s), lang);
}

/** The counting rule of a 频次: what is counted per which period, then when it applies, then how periods are counted. */
export function frequencyRuleText(rule: FrequencyIR, lang: Lang, condition?: string): string {
    return withSteps(frequencyWords(rule)[lang], condition, frequencyMethod(rule.per), lang);
}

function withSteps(head: string, condition: string | undefined, steps: readonly Bilingual[], lang: Lang): string {
    const applies = applicabilityText(condition, lang);
    const first = applies ? `${head}${lang === 'zh' ? '。' : '. '}${applies}` : head;
    return [first, ...steps.map(s => `- ${s[lang]}`)].join('\n');
}

const DEADLINE_STATUS: Record<Outcome['deadlines'][number]['status'], [string, string]> = {
    'on-time': ['按期完成', 'on time'], late: ['逾期完成', 'late'], open: ['未到期', 'open'], overdue: ['已逾期', 'overdue'], 'not-started': ['未开始', 'not started'],
    'not-applicable': ['不适用', 'not applicable'],
};

const FREQUENCY_STATUS: Record<Outcome['frequencies'][number]['status'], [string, string]> = {
    met: ['达到', 'met'], unmet: ['未达到', 'not met'], undetermined: ['尚未确定', 'undetermined'], 'not-applicable': ['不适用', 'not applicable'],
};

const pick = (pair: readonly [string, string], lang: Lang) => pair[lang === 'zh' ? 0 : 1];
const same = (rule: RuleIR) => (o: { rule: string }) => o.rule === rule.name || o.rule === rule.id;

/** The evaluated result of a time, requirement or accountability rule, on one line. */
export function timeRuleValue(outcome: Outcome, rule: RuleIR, lang: Lang): string | undefined {
    const zh = lang === 'zh';
    switch (rule.kind) {
        case 'deadline': {
            const d = outcome.deadlines.find(same(rule));
            if (!d) return undefined;
            const late = d.daysLate ? (zh ? `，逾期 ${d.daysLate} 日` : `, ${d.daysLate} days late`) : '';
            return `${pick(DEADLINE_STATUS[d.status], lang)}${d.due ? (zh ? `（截止 ${d.due}${late}）` : ` (due ${d.due}${late})`) : ''}`;
        }
        case 'frequency': {
            const f = outcome.frequencies.find(same(rule));
            if (!f) return undefined;
            const counts = f.periods.map(p => `${p.label} ${p.count}`).join(zh ? '、' : ', ');
            return `${pick(FREQUENCY_STATUS[f.status], lang)}${counts ? (zh ? `（${counts}）` : ` (${counts})`) : ''}`;
        }
        case 'requirement': {
            const r = outcome.requirements.find(same(rule));
            if (!r) return undefined;
            return r.complied ? (zh ? '遵守' : 'complied') : zh ? '违反' : 'violated';
        }
        case 'accountability': {
            const a = outcome.accountability?.find(same(rule));
            if (!a) return undefined;
            const yesNo = (b: boolean) => (b ? (zh ? '是' : 'yes') : zh ? '否' : 'no');
            switch (a.form) {
                case 'situations': return `${yesNo(a.applies)}${a.situations.length ? ` ${a.situations.map(s => s.label).join('')}` : ''}`;
                case 'determination': return a.result ?? (zh ? '无' : 'none');
                case 'sanctions': return a.due ? a.measures.join(zh ? '、' : ', ') || (zh ? '无' : 'none') : yesNo(false);
                case 'restrictions': return a.items.map(i => `${i.name} ${!i.applies ? yesNo(false)
                    : !i.until && i.from ? (zh ? `${i.from} 起` : `from ${i.from}`)
                    : zh ? `至 ${i.until ?? '…'}` : `until ${i.until ?? '…'}`}`).join(zh ? '；' : '; ');
                case 'lookback': return a.applies ? `${a.from ?? '…'} — ${a.until ?? '…'}` : yesNo(false);
            }
            return undefined;
        }
        default: return undefined;
    }
}

/** Why a conditional deadline or frequency is 不适用 in a scenario's outcome: its condition as written does not hold. */
export function notApplicableReason(outcome: Outcome, rule: RuleIR, condition: string | undefined, lang: Lang): string[] {
    const status = rule.kind === 'deadline' ? outcome.deadlines.find(same(rule))?.status
        : rule.kind === 'frequency' ? outcome.frequencies.find(same(rule))?.status : undefined;
    if (status !== 'not-applicable' || !condition) return [];
    // A chained deadline is also 不适用 when the deadline it runs from is: the outcome does not say which.
    if (rule.kind === 'deadline' && rule.spec.kind === 'after' && rule.spec.start.k === 'rule') return [];
    return [lang === 'zh' ? `适用条件 ${condition} 不成立` : `the condition ${condition} does not hold`];
}

/** The explanation steps of a deadline in a scenario's outcome (they cite the 民法典 conventions). */
export function deadlineSteps(outcome: Outcome, rule: RuleIR, lang: Lang): string[] {
    if (rule.kind !== 'deadline') return [];
    return outcome.deadlines.find(same(rule))?.steps.map(s => (lang === 'zh' ? s.zh : s.en)) ?? [];
}

/** How a restriction's period (影响 … N 年内 / 当年 / 次月起) runs from its start date, for hovers. */
export function restrictionPeriodText(period: RestrictionPeriodIR | undefined, lang: Lang): string {
    return restrictionPeriodWords(period)[lang];
}
