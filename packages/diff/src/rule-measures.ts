import type { RuleIR } from '@zeren/model';
import { addAnnotations } from './annotations.js';
import { genericMeasures } from './measures-generic.js';
import { gradeMeasures } from './measures-grade.js';
import { consequenceMeasures, exclusionMeasures } from './measures-conditional.js';
import { scoreMeasures } from './measures-score.js';
import { vetoMeasures } from './measures-veto.js';
import { ACCOUNTABILITY_KEYWORD, accountabilityMeasures } from './measures-accountability.js';
import { deadlineMeasures, frequencyMeasures } from './measures-time.js';
import type { Measure } from './measure.js';
import { MeasureSink, RULE_ELEMENT } from './measure.js';

type Extractor<K extends RuleIR['kind']> = (rule: Extract<RuleIR, { kind: K }>, sink: MeasureSink) => void;

/**
 * One extractor per rule kind. A new kind plugs in with one line here and one small function;
 * until then it falls back to genericMeasures, so its changes still show (coarsely).
 */
const EXTRACTORS: { [K in RuleIR['kind']]?: Extractor<K> } = {
    score: scoreMeasures,
    grade: gradeMeasures,
    veto: vetoMeasures,
    exclusion: exclusionMeasures,
    consequence: consequenceMeasures,
    deadline: deadlineMeasures,
    frequency: frequencyMeasures,
    accountability: accountabilityMeasures,
};

/** Surface keyword of each kind, shown when a rule changes kind. */
export const RULE_KEYWORD: Record<string, string> = {
    score: '得分', grade: '等次', veto: '一票否决', exclusion: '排除', consequence: '后果', deadline: '期限', frequency: '频次',
};

export function ruleMeasures(rule: RuleIR): Measure[] {
    const sink = new MeasureSink();
    sink.add(RULE_ELEMENT, 'kind', rule.kind === 'accountability' ? ACCOUNTABILITY_KEYWORD[rule.form] : RULE_KEYWORD[rule.kind] ?? rule.kind);
    sink.add(RULE_ELEMENT, 'subject', rule.subject.name);
    const extract = EXTRACTORS[rule.kind] as Extractor<RuleIR['kind']> | undefined;
    (extract ?? genericMeasures)(rule as never, sink);
    // Last, so a rule's own line reads "对 主体 当 条件 〔引用〕 原文 …" as in the file.
    addAnnotations(sink, RULE_ELEMENT, rule);
    return sink.measures;
}
