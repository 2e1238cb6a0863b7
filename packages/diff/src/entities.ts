import type { DocumentIR } from '@zeren/model';
import { ruleId } from '@zeren/model';
import { declarationsArticle } from './articles.js';
import { subjectMeasures, typeMeasures } from './declaration-measures.js';
import type { Entity } from './measure.js';
import { ruleMeasures } from './rule-measures.js';

/** Everything in a document that can change, keyed by stable identity. */
export function documentEntities(doc: DocumentIR): Entity[] {
    return [
        ...doc.types.map(t => ({ id: ruleId(doc.name, t.name), kind: t.kind, name: t.name, article: declarationsArticle(t.citation), measures: typeMeasures(t) })),
        ...doc.subjects.map(s => ({ id: ruleId(doc.name, s.name), kind: 'subject', name: s.name, article: declarationsArticle(s.citation), measures: subjectMeasures(s) })),
        ...doc.rules.map(r => ({ id: r.id, kind: r.kind, name: r.name, article: declarationsArticle(r.citation), measures: ruleMeasures(r) })),
    ];
}
