import type { DocumentIR, SubjectIR, TypeDeclIR } from '@zeren/model';
import { writtenType } from '@zeren/model';
import { addAnnotations } from './annotations.js';
import { printExpr } from './canonical-expr.js';
import { canonicalDocRef, canonicalFactValue, canonicalNumber, quote, unorderedList } from './canonical-values.js';
import type { Measure } from './measure.js';
import { MeasureSink } from './measure.js';

/**
 * Measures of what is not a rule: the document's metadata, subjects with their facts (a
 * changed default or range changes outcomes), and enumerations and scales.
 */
const LEVEL: Record<string, string> = { central: '中央', province: '省', city: '市', county: '县' };

export const METADATA_FIELDS = ['title', 'issuer', 'number', 'issued', 'effective', 'expires', 'level', 'basis', 'supersedes', 'refines', 'interpreter', 'source', 'referenceOnly'];

/** Metadata fields as [aspect, value]; aspects are the surface keywords' English names. */
export function metadataMeasures(doc: DocumentIR): [string, string][] {
    const out: [string, string | undefined][] = [
        ['title', doc.title !== undefined ? quote(doc.title) : undefined],
        ['issuer', doc.issuer !== undefined ? quote(doc.issuer) : undefined],
        ['number', doc.number !== undefined ? quote(doc.number) : undefined],
        ['issued', doc.issued],
        ['effective', doc.effective],
        ['expires', doc.expires],
        ['level', doc.level ? [LEVEL[doc.level], doc.jurisdiction !== undefined ? quote(doc.jurisdiction) : undefined].filter(Boolean).join(' ') : undefined],
        ['basis', doc.basis.length ? unorderedList(doc.basis.map(canonicalDocRef)) : undefined],
        ['supersedes', doc.supersedes.length ? unorderedList(doc.supersedes.map(canonicalDocRef)) : undefined],
        ['refines', doc.refines.length ? unorderedList(doc.refines.map(canonicalDocRef)) : undefined],
        ['interpreter', doc.interpreter !== undefined ? quote(doc.interpreter) : undefined],
        ['source', doc.source !== undefined ? quote(doc.source) : undefined],
        ['referenceOnly', doc.referenceOnly ? '是' : undefined],
    ];
    return out.filter((x): x is [string, string] => x[1] !== undefined);
}

export function subjectMeasures(subject: SubjectIR): Measure[] {
    const sink = new MeasureSink();
    const self = { kind: 'rule', name: '' };
    sink.add(self, 'exists', '');
    addAnnotations(sink, self, subject);
    for (const fact of subject.facts) {
        const element = { kind: 'fact', name: fact.name };
        // 可无 on a non-enum fact (a date that may not have happened) is part of its type.
        const optional = (fact as { optional?: boolean }).optional && fact.type.kind !== 'enum' ? ' 可无' : '';
        sink.add(element, 'type', writtenType(fact.type) + optional);
        const range = fact.min !== undefined || fact.max !== undefined
            ? `${fact.min !== undefined ? canonicalNumber(fact.min) : ''}..${fact.max !== undefined ? canonicalNumber(fact.max) : ''}`
            : undefined;
        sink.add(element, 'range', range);
        sink.add(element, 'default', fact.default ? canonicalFactValue(fact.default) : undefined);
        addAnnotations(sink, element, fact);
    }
    for (const derived of subject.derived) {
        const element = { kind: 'derived', name: derived.name };
        sink.add(element, 'expr', printExpr(derived.expr));
        addAnnotations(sink, element, derived);
    }
    return sink.measures;
}

export function typeMeasures(decl: TypeDeclIR): Measure[] {
    const sink = new MeasureSink();
    const self = { kind: 'rule', name: '' };
    // A scale's order is its meaning (lightest first); an enumeration's is not.
    sink.add(self, 'values', decl.kind === 'scale' ? decl.values.join(' < ') : unorderedList(decl.values));
    addAnnotations(sink, self, decl);
    return sink.measures;
}
