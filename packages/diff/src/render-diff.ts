import type { Lang } from '@zeren/model';
import type { AspectChange, DiffResult, DocumentChange, ElementChange, EntityChange } from './diff-schema.js';
import { aspectLabel, displayValue, elementLabel, entityLabel, entityTitle, metadataLabel, surface, word } from './labels.js';

/**
 * The diff as lines a reviewer reads, one change per line, each line complete on its own
 * (article, rule, what, old → new) so it can be grepped, quoted in a review, or read out of
 * context:  第二十条 领导班子等次：好 ≥ 90 → ≥ 85
 */
export function renderDiff(result: DiffResult, lang: Lang): string[] {
    if (result.documents.length === 0) return [word('noChanges', lang)];
    return result.documents.flatMap(doc => renderDocument(doc, lang));
}

function renderDocument(doc: DocumentChange, lang: Lang): string[] {
    const colon = word('colon', lang);
    const lines = [`${word('document', lang)} ${doc.document}${colon}${word(doc.status, lang)}`];
    for (const m of doc.metadata) lines.push(`  ${metadataLine(m, doc.status, lang)}`);
    for (const group of doc.articles) {
        const prefix = group.article ? `${group.article} ` : '';
        for (const entity of group.entities) lines.push(...renderEntity(entity, prefix, lang));
    }
    return lines;
}

function metadataLine(m: AspectChange, status: DocumentChange['status'], lang: Lang): string {
    const label = metadataLabel(m.aspect, lang);
    if (status === 'added') return `+ ${label} ${m.new}`;
    if (status === 'removed') return `- ${label} ${m.old}`;
    return `${label} ${displayValue(m.aspect, m.old, lang)} → ${displayValue(m.aspect, m.new, lang)}`;
}

function renderEntity(entity: EntityChange, prefix: string, lang: Lang): string[] {
    const colon = word('colon', lang);
    const title = entityTitle(entity.kind, entity.name, lang);
    if (entity.status !== 'changed') {
        // A whole rule appears or disappears: a header with the rule's own measures, then one
        // indented line per part, as in a unified diff.
        const self = entity.elements.find(e => e.kind === 'rule');
        const head = [`${word(entity.status, lang)} ${entityLabel(entity.kind, lang)} ${entity.name}`, surfaces(self, entity.status, lang)].filter(Boolean).join(' ');
        const mark = entity.status === 'added' ? '+' : '-';
        const parts = entity.elements.filter(e => e.kind !== 'rule').map(e => `      ${mark} ${elementSurface(e, entity.status, lang)}`);
        return [`  ${prefix}${head}`, ...parts];
    }
    const lines: string[] = [];
    for (const element of entity.elements) {
        if (element.status !== 'changed') {
            lines.push(`  ${prefix}${title}${colon}${word(element.status, lang)} ${elementSurface(element, element.status, lang)}`);
            continue;
        }
        const what = element.kind === 'rule' ? '' : `${elementLabel(element.kind, element.name, lang)} `;
        for (const a of element.aspects) {
            const label = aspectLabel(a.aspect, lang);
            lines.push(`  ${prefix}${title}${colon}${what}${label ? `${label} ` : ''}${displayValue(a.aspect, a.old, lang)} → ${displayValue(a.aspect, a.new, lang)}`);
        }
    }
    return lines;
}

function elementSurface(e: ElementChange, status: ElementChange['status'], lang: Lang): string {
    return [elementLabel(e.kind, e.name, lang), surfaces(e, status, lang)].filter(Boolean).join(' ');
}

/** The side that exists: new values of an added part, old values of a removed one. */
function surfaces(e: ElementChange | undefined, status: ElementChange['status'], lang: Lang): string {
    if (!e) return '';
    return e.aspects
        .map(a => {
            const v = status === 'removed' ? a.old : a.new;
            return v === null ? '' : surface(a.aspect, v, lang);
        })
        .filter(Boolean)
        .join(' ');
}
