import type { DocRefIR, DocumentIR, Level } from '@zeren/model';
import { GrammarUtils } from 'langium';
import type { Document, DocRef } from '../generated/ast.js';
import type { LoweringContext } from './lowering-context.js';
import { checkIsoDate } from './dates.js';

const LEVELS: Record<string, Level> = { 中央: 'central', 省: 'province', 市: 'city', 县: 'county' };

const SINGLE_FIELDS: [keyof Document, string][] = [
    ['title', '标题'], ['issuer', '发布机关'], ['number', '文号'], ['issued', '发布'], ['effective', '施行'],
    ['expires', '失效'], ['level', '层级'], ['interpreter', '解释机关'], ['source', '出处'],
];

export function lowerDocument(doc: Document, ctx: LoweringContext): DocumentIR {
    reportRepeatedFields(doc, ctx);
    for (const field of ['issued', 'effective', 'expires'] as const) {
        const value = doc[field];
        if (value && !checkIsoDate(value)) ctx.error(doc, field, 'invalid-date', value);
    }
    if (doc.issued && doc.effective && checkIsoDate(doc.issued) && checkIsoDate(doc.effective) && doc.effective < doc.issued) {
        ctx.error(doc, 'effective', 'date-order', doc.effective, doc.issued);
    }
    const ir: DocumentIR = {
        kind: 'document',
        name: doc.name,
        title: doc.title,
        issuer: doc.issuer,
        number: doc.number,
        issued: doc.issued,
        effective: doc.effective ?? doc.issued,
        expires: doc.expires,
        level: doc.level ? LEVELS[doc.level] : undefined,
        jurisdiction: doc.jurisdiction,
        basis: doc.basis.map(r => lowerDocRef(r, ctx)),
        supersedes: doc.supersedes.map(r => lowerDocRef(r, ctx)),
        refines: doc.refines.map(r => lowerDocRef(r, ctx)),
        interpreter: doc.interpreter,
        source: doc.source,
        referenceOnly: doc.referenceOnly,
        calendar: lowerCalendar(doc, ctx),
        loc: ctx.loc(doc, 'name'),
        uri: ctx.uri,
        subjects: [],
        types: [],
        rules: [],
    };
    ctx.irOf.set(doc, ir);
    return ir;
}

function lowerCalendar(doc: Document, ctx: LoweringContext): DocumentIR['calendar'] {
    if (doc.holidays.length === 0 && doc.workdays.length === 0) return undefined;
    const valid = (field: 'holidays' | 'workdays') => doc[field].filter((d, i) => {
        if (checkIsoDate(d)) return true;
        ctx.error(doc, field, 'invalid-date', d);
        void i;
        return false;
    });
    const holidays = valid('holidays');
    const workdays = valid('workdays');
    for (const d of holidays.filter(h => workdays.includes(h))) ctx.error(doc, 'workdays', 'calendar-both', d);
    return { holidays, workdays };
}

function lowerDocRef(ref: DocRef, ctx: LoweringContext): DocRefIR {
    return { document: ref.doc?.ref?.name ?? ref.doc?.$refText, text: ref.text, loc: ctx.loc(ref) };
}

/** The grammar lets a field appear more than once; the later value would silently win. */
function reportRepeatedFields(doc: Document, ctx: LoweringContext): void {
    const cst = doc.$cstNode;
    if (!cst) return;
    for (const [property, keyword] of SINGLE_FIELDS) {
        const nodes = GrammarUtils.findNodesForProperty(cst, property as string);
        if (nodes.length > 1) ctx.error(doc, property as string, 'duplicate-field', keyword);
    }
}
