import type { RowResult } from '@zeren/evaluator';
import { outcomeExitCode } from '@zeren/evaluator';
import type { Lang, Outcome } from '@zeren/model';

/**
 * The words of a results table and of the report, in the user's language: one place, so the CSV,
 * the XLSX and the HTML report never word a state differently — and an undetermined rule is never
 * shown as "no" or as "not assessed".
 */
type Words = readonly [zh: string, en: string];
const say = (w: Words, lang: Lang) => (lang === 'zh' ? w[0] : w[1]);

const UNDETERMINED: Words = ['未能判定', 'undetermined'];
const DEADLINE: Record<Outcome['deadlines'][number]['status'], Words> = {
    'on-time': ['按时', 'on time'], late: ['逾期', 'late'], open: ['未到期', 'open'], overdue: ['逾期未完成', 'overdue'],
    'not-started': ['未开始', 'not started'], 'not-applicable': ['不适用', 'not applicable'],
};
const FREQUENCY: Record<Outcome['frequencies'][number]['status'], Words> = {
    met: ['达到要求', 'met'], unmet: ['未达到要求', 'not met'], undetermined: ['尚无法判定', 'not yet decided'], 'not-applicable': ['不适用', 'not applicable'],
};

/** 是/否, or 未能判定 when the facts did not decide it; '' when there is nothing to show. */
export function yesNo(value: boolean | undefined, undetermined: boolean | undefined, lang: Lang): string {
    if (undetermined) return say(UNDETERMINED, lang);
    return value === undefined ? '' : say(value ? ['是', 'yes'] : ['否', 'no'], lang);
}

export function gradeText(g: Outcome['grades'][number] | undefined, lang: Lang): string {
    if (!g) return '';
    switch (g.status) {
        case 'graded': return g.grade ?? '';
        case 'not-graded': return say(['不确定等次', 'not graded'], lang);
        case 'undetermined': return say(UNDETERMINED, lang);
        default: return say(['不参加考核', 'not assessed'], lang);
    }
}

export function complianceText(x: Outcome['requirements'][number] | undefined, lang: Lang): string {
    if (!x) return '';
    return x.undetermined ? say(UNDETERMINED, lang) : say(x.complied ? ['符合', 'complied'] : ['违反', 'breached'], lang);
}

export const deadlineText = (d: Outcome['deadlines'][number] | undefined, lang: Lang) => (d ? say(DEADLINE[d.status], lang) : '');
export const frequencyText = (q: Outcome['frequencies'][number] | undefined, lang: Lang) => (q ? say(FREQUENCY[q.status], lang) : '');

/** The row as a whole: invalid input, not assessed, with errors, partly undetermined (or open), evaluated. */
export function rowStatusText(r: RowResult, lang: Lang): string {
    if (!r.outcome) return say(['输入错误', 'invalid input'], lang);
    if (r.outcome.status === 'not-assessed') return say(['不参加考核', 'not assessed'], lang);
    if (r.outcome.errors.length || r.errors.length) return say(['有错误', 'with errors'], lang);
    return rowUndecided(r) ? say(['部分未能判定', 'partly undetermined'], lang) : say(['已评估', 'evaluated'], lang);
}

/** Some rule of the row is undetermined or open (a fact or an as-of date not given). */
export function rowUndecided(r: RowResult): boolean {
    return !!r.outcome && outcomeExitCode(r.outcome) === 1;
}

/** Rules the row's facts could not decide, and open ones (未到期) with their word. */
export function undecidedRules(outcome: Outcome | undefined, lang: Lang): string[] {
    if (!outcome?.rules) return [];
    return outcome.rules
        .filter(s => s.status === 'undetermined' || s.status === 'open')
        .map(s => (s.status !== 'open' ? s.rule : lang === 'zh' ? `${s.rule}（未到期）` : `${s.rule} (open)`));
}
