import type { DocRefIR, DocumentIR, Level } from '@zeren/model';
import { diag } from '@zeren/model';
import { GrammarUtils } from 'langium';
import type { Document, DocRef } from '../generated/ast.js';
import type { LoweringContext } from './lowering-context.js';
import { isIsoDate } from '@zeren/time';

const LEVELS: Record<string, Level> = { 中央: 'central', 省: 'province', 市: 'city', 县: 'county' };

const SINGLE_FIELDS: [keyof Document, string][] = [
    ['title', '标题'], ['issuer', '发布机关'], ['number', '文号'], ['issued', '发布'], ['effective', '施行'],
    ['expires', '失效'], ['level', '层级'], ['interpreter', '解释机关'], ['source', '出处'],
];

export function lowerDocument(doc: Document, ctx: LoweringContext): DocumentIR {
    reportRepeatedFields(doc, ctx);
    for (const field of ['issued', 'effective', 'expires'] as const) {
        const value = doc[field];
        if (value && !isIsoDate(value)) ctx.error(doc, field, 'invalid-date', value);
    }
    if (doc.issued && doc.effective && isIsoDate(doc.issued) && isIsoDate(doc.effective) && doc.effective < doc.issued) {
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
    const report = (field: 'holidays' | 'workdays', index: number, code: 'invalid-date' | 'calendar-both', date: string) =>
        ctx.diagnostics.push(diag('error', ctx.loc(doc, field, index), code, date));
    const valid = (field: 'holidays' | 'workdays') => doc[field].filter((d, i) => {
        if (isIsoDate(d)) return true;
        report(field, i, 'invalid-date', d);
        return false;
    });
    const holidays = valid('holidays');
    const workdays = valid('workdays');
    // A day both 放假 and 上班 has no meaning: reported at the 上班 line and left out of both lists,
    // so the working-day calendar built from them is consistent.
    const both = new Set(holidays.filter(h => workdays.includes(h)));
    doc.workdays.forEach((d, i) => { if (both.has(d)) report('workdays', i, 'calendar-both', d); });
    return { holidays: holidays.filter(d => !both.has(d)), workdays: workdays.filter(d => !both.has(d)) };
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
