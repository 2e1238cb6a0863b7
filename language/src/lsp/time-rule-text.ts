import type { AccountabilityIR, DeadlineIR, FrequencyIR, Lang, Outcome, RestrictionPeriodIR, RuleIR, TimeDurationIR } from '@zeren/model';

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

const UNITS: Record<TimeDurationIR['unit'], [string, string]> = {
    day: ['日', 'days'], workday: ['个工作日', 'working days'], month: ['个月', 'months'], year: ['年', 'years'], hour: ['小时', 'hours'], 'half-month': ['个半月', 'half-months'],
};

function duration(d: TimeDurationIR, lang: Lang): string {
    return lang === 'zh' ? `${d.amount}${UNITS[d.unit][0]}` : `${d.amount} ${UNITS[d.unit][1]}`;
}

/**
 * When a conditional obligation applies, given its 当 condition as written: it is 不适用 otherwise.
 * Empty for a rule without a condition.
 */
export function applicabilityText(condition: string | undefined, lang: Lang): string {
    if (!condition) return '';
    return lang === 'zh' ? `仅当 ${condition} 时适用，否则为“不适用”` : `Applies only while ${condition} holds; otherwise not applicable (不适用)`;
}

/** How a deadline is computed, in words, with the 民法典 conventions it follows; then when it applies. */
export function deadlineRuleText(rule: DeadlineIR, lang: Lang, condition?: string): string {
    const applies = applicabilityText(condition, lang);
    return applies ? `${deadlineComputation(rule, lang)}${lang === 'zh' ? '。' : '. '}${applies}` : deadlineComputation(rule, lang);
}

function deadlineComputation(rule: DeadlineIR, lang: Lang): string {
    const s = rule.spec;
    const zh = lang === 'zh';
    switch (s.kind) {
        case 'after':
            return zh
                ? `自起算事件起 ${duration(s.duration, lang)}内完成：开始的当日不计入，自次日起算；按月、年计算的以到期月的对应日为最后一日；最后一日是法定休假日的，以休假日结束的次日为最后一日（民法典第二百零一条至第二百零三条）${s.duration.unit === 'workday' ? '；工作日按国家调休安排计' : ''}`
                : `Within ${duration(s.duration, lang)} of the starting event: the starting day is not counted, counting begins the next day; month and year periods end on the corresponding day; a last day that is a statutory rest day moves to the day after the rest days (Civil Code arts. 201–203)${s.duration.unit === 'workday' ? '; working days follow the national holiday arrangement' : ''}`;
        case 'before':
            return zh
                ? `于事件 ${duration(s.duration, lang)}前完成：自事件当日向前倒算，事件当日不计入`
                : `${duration(s.duration, lang)} before the event: counted backwards from the event, the event day not counted`;
        case 'annual':
            return zh
                ? `每年 ${s.month} 月${s.day === 'end' ? '底' : ` ${s.day} 日`}前完成`
                : `Every year by ${s.day === 'end' ? 'the end of month ' + s.month : `${s.month}/${s.day}`}`;
        case 'absolute':
            return zh ? `截止 ${s.date}（含当日）` : `By ${s.date} (inclusive)`;
        case 'month-end':
            return zh ? `截止 ${s.year} 年 ${s.month} 月底（含最后一日）` : `By the end of ${s.year}-${String(s.month).padStart(2, '0')} (last day inclusive)`;
        case 'invalid':
            return zh ? '期限的写法有误，无法计算' : 'The deadline is malformed and cannot be computed';
    }
}

const PERIODS: Record<FrequencyIR['per'], [string, string]> = {
    year: ['每年', 'per year'], 'half-year': ['每半年', 'per half-year'], quarter: ['每季度', 'per quarter'], month: ['每月', 'per month'], term: ['每届任期', 'per term'],
};

/** The counting rule of a 频次: what is counted, per which period, at least / at most; then when it applies. */
export function frequencyRuleText(rule: FrequencyIR, lang: Lang, condition?: string): string {
    const applies = applicabilityText(condition, lang);
    return applies ? `${frequencyCounting(rule, lang)}${lang === 'zh' ? '。' : '. '}${applies}` : frequencyCounting(rule, lang);
}

function frequencyCounting(rule: FrequencyIR, lang: Lang): string {
    const zh = lang === 'zh';
    const bounds = [
        rule.min !== undefined ? (zh ? `不少于 ${rule.min} ${rule.unit}` : `at least ${rule.min}`) : '',
        rule.max !== undefined ? (zh ? `不多于 ${rule.max} ${rule.unit}` : `at most ${rule.max}`) : '',
    ].filter(Boolean).join(zh ? '、' : ', ');
    return zh
        ? `${PERIODS[rule.per][0]}${bounds}：按记录中的日期计入所在期间，期间按自然年/半年/季度/月${rule.per === 'term' ? '（任期自任期开始日起算）' : ''}划分，期间首尾两日均含`
        : `${bounds} ${PERIODS[rule.per][1]}: each record counts in the period its date falls in; periods are calendar ${rule.per === 'term' ? 'terms from the term start' : 'periods'}, first and last days inclusive`;
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
    const zh = lang === 'zh';
    if (!period) return zh ? '没有期限' : 'No period';
    switch (period.kind) {
        case 'years':
        case 'months': {
            const n = period.kind === 'years' ? (zh ? `${period.amount} 年` : `${period.amount} year${period.amount === 1 ? '' : 's'}`)
                : zh ? `${period.amount} 个月` : `${period.amount} month${period.amount === 1 ? '' : 's'}`;
            return zh
                ? `${n}内：自起算之日起生效，开始的当日不计入，至到期月的对应日（含）止；没有对应日的，为该月最后一日；不因节假日顺延（民法典第二百零一、二百零二条）`
                : `${n}: in force from the start day to the corresponding day (inclusive), the start day not counted; without a corresponding day, the last day of that month; never extended over holidays (Civil Code arts. 201-202)`;
        }
        case 'this-year':
            return zh ? '当年：自起算之日起至当年 12 月 31 日（含）' : 'The same calendar year: from the start day to 31 December (inclusive)';
        case 'from-next-month':
            return zh ? '次月起：自起算之日所在月份的下一个月 1 日起生效，没有终点' : 'From the next month on: in force from the 1st of the month after the start day, with no end';
    }
}
