/**
 * A rule, subject or type flattened to "measures": one canonical value per aspect of each of
 * its elements (a component's weight, a band's bound, a clause's condition …). The diff
 * compares measures by stable identity — entity id, element kind and name, aspect — so the
 * order of declarations and the formatting of the file never matter.
 */
export interface ElementRef {
    /** 'rule' for the entity itself; component, band, clause, exception, … for its parts. */
    kind: string;
    name: string;
    /**
     * Canonical position among the entity's elements. Defaults to the name; bands use their
     * rank because their order is part of their meaning (the first band that matches wins).
     */
    sortKey?: string;
}

export interface Measure {
    element: ElementRef;
    aspect: string;
    value: string;
}

export interface Entity {
    /** Stable identity: document/name. */
    id: string;
    kind: string;
    name: string;
    /** 第二十条: the article the entity cites, used to group changes as the text is read. */
    article?: string;
    measures: Measure[];
}

export const RULE_ELEMENT: ElementRef = { kind: 'rule', name: '' };

/** Collects measures; skips absent values so "not set" and "missing" are the same thing. */
export class MeasureSink {
    readonly measures: Measure[] = [];
    add(element: ElementRef, aspect: string, value: string | undefined): this {
        if (value !== undefined) this.measures.push({ element, aspect, value });
        return this;
    }
}

export function elementKey(e: ElementRef): string {
    return `${e.kind}:${e.name}`;
}

/** Order of element kinds in every rendering; unknown kinds sort after the known ones. */
const KIND_ORDER = ['document', 'rule', 'values', 'fact', 'derived', 'component', 'bonus-group', 'bonus', 'band', 'clause', 'exception', 'action'];

export function compareElements(a: ElementRef, b: ElementRef): number {
    const ka = KIND_ORDER.indexOf(a.kind), kb = KIND_ORDER.indexOf(b.kind);
    const ra = ka < 0 ? KIND_ORDER.length : ka, rb = kb < 0 ? KIND_ORDER.length : kb;
    if (ra !== rb) return ra - rb;
    if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
    const sa = a.sortKey ?? a.name, sb = b.sortKey ?? b.name;
    return sa < sb ? -1 : sa > sb ? 1 : 0;
}
