import type { DeadlineIR, FrequencyIR } from '@zeren/model';
import { beforeWords, withinWords } from '@zeren/time';
import { printExpr } from './canonical-expr.js';
import { RULE_ELEMENT } from './measure.js';
import type { MeasureSink } from './measure.js';

/**
 * Deadlines and frequency obligations. The whole period rule is one measure, rendered as the
 * grammar writes it, durations worded by @zeren/time, so a revision reads as the text does: "15日内 → 10个工作日内",
 * "每 年 至少 2 次 → 每 季度 至少 1 次". A 当 condition is its own measure, so adding, removing or
 * changing it reads "条件 （无） → 在企业兼职" apart from the period.
 */
function deadlineText(spec: DeadlineIR['spec']): string | undefined {
    switch (spec.kind) {
        case 'after': return `自 ${printExpr(spec.start)} 起 ${withinWords(spec.duration).zh}`;
        case 'before': return `于 ${printExpr(spec.event)} ${beforeWords(spec.duration).zh}`;
        case 'annual': return spec.day === 'end' ? `每年 ${spec.month} 月底前` : `每年 ${spec.month} 月 ${spec.day} 日前`;
        case 'absolute': return `截止 ${spec.date}`;
        case 'month-end': return `截止 ${spec.year} 年 ${spec.month} 月底`;
        case 'invalid': return undefined;
    }
}

export function deadlineMeasures(rule: DeadlineIR, sink: MeasureSink): void {
    sink.add(RULE_ELEMENT, 'condition', rule.condition ? printExpr(rule.condition) : undefined);
    sink.add(RULE_ELEMENT, 'deadline', deadlineText(rule.spec));
    sink.add(RULE_ELEMENT, 'done', rule.done ? printExpr(rule.done) : undefined);
}

const PER: Record<FrequencyIR['per'], string> = { year: '年', 'half-year': '半年', quarter: '季度', month: '月', term: '任期' };

function countText(rule: FrequencyIR): string {
    const { min, max } = rule;
    if (min !== undefined && max !== undefined) return min === max ? `${min}` : `${min} 至 ${max}`;
    return min !== undefined ? `至少 ${min}` : `至多 ${max}`;
}

export function frequencyMeasures(rule: FrequencyIR, sink: MeasureSink): void {
    sink.add(RULE_ELEMENT, 'condition', rule.condition ? printExpr(rule.condition) : undefined);
    sink.add(RULE_ELEMENT, 'log', printExpr(rule.log));
    sink.add(RULE_ELEMENT, 'frequency', `每 ${PER[rule.per]} ${countText(rule)} ${rule.unit}`);
    sink.add(RULE_ELEMENT, 'term', rule.termStart && rule.termEnd ? `自 ${printExpr(rule.termStart)} 至 ${printExpr(rule.termEnd)}` : undefined);
}
