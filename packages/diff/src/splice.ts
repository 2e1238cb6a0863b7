import type { DocumentIR } from '@zeren/model';
import { ruleId } from '@zeren/model';
import { METADATA_FIELDS } from './declaration-measures.js';

/**
 * One change applied alone: a copy of the old document with a single declaration or rule (or
 * the header fields) taken from the new one. The IR is a linked graph (a grade points at its
 * score rule, an expression at a fact of its subject), so the copy relinks every such pointer
 * by identity of name: a rule from the new side that names a score rule gets the one in the
 * copy, and an old rule reading a fact of a swapped subject gets that subject's fact (and so
 * its slot). Nothing is mutated; both sides' IR stay as they were.
 */
export type SpliceKey = { kind: 'entity'; id: string } | { kind: 'metadata' };

type Anchored = { key: string; object: object };

function anchors(doc: DocumentIR): Anchored[] {
    const out: Anchored[] = [];
    for (const t of doc.types) out.push({ key: `entity:${ruleId(doc.name, t.name)}`, object: t });
    for (const s of doc.subjects) {
        out.push({ key: `entity:${ruleId(doc.name, s.name)}`, object: s });
        for (const f of s.facts) out.push({ key: `fact:${s.name}/${f.name}`, object: f });
        for (const d of s.derived) out.push({ key: `derived:${s.name}/${d.name}`, object: d });
    }
    for (const r of doc.rules) out.push({ key: `entity:${r.id}`, object: r });
    return out;
}

export function spliceDocument(base: DocumentIR, from: DocumentIR, change: SpliceKey): DocumentIR {
    const baseAnchors = anchors(base), fromAnchors = anchors(from);
    const keyOf = new Map<object, string>([...baseAnchors, ...fromAnchors].map(a => [a.object, a.key]));
    // Which side each anchored object comes from: the changed entity (and what it holds) from
    // `from`, everything else from `base` — or from `from` when `base` lacks it.
    const chosen = new Map<string, object>();
    const changed = change.kind === 'entity' ? `entity:${change.id}` : undefined;
    // A swapped subject brings its own facts and derived values (and so their slots).
    const owned = (key: string) => key === changed || (subjectOf(key) !== undefined && `entity:${ruleId(base.name, subjectOf(key)!)}` === changed);
    for (const a of fromAnchors) if (owned(a.key)) chosen.set(a.key, a.object);
    for (const a of baseAnchors) if (!chosen.has(a.key) && !owned(a.key)) chosen.set(a.key, a.object);
    for (const a of fromAnchors) if (!chosen.has(a.key)) chosen.set(a.key, a.object);

    const copies = new Map<object, unknown>();
    const copy = (value: unknown): unknown => {
        if (value === null || typeof value !== 'object') return value;
        const key = keyOf.get(value);
        const source = key !== undefined ? chosen.get(key) ?? value : value;
        if (copies.has(source)) return copies.get(source);
        if (Array.isArray(source)) {
            const out: unknown[] = [];
            copies.set(source, out);
            for (const x of source) out.push(copy(x));
            return out;
        }
        if (Object.getPrototypeOf(source) !== Object.prototype && Object.getPrototypeOf(source) !== null) return source;
        const out: Record<string, unknown> = {};
        copies.set(source, out);
        for (const [k, v] of Object.entries(source)) out[k] = copy(v);
        return out;
    };

    const pick = <T extends object>(list: T[], fromList: T[], id: (x: T) => string): T[] => {
        if (!changed) return list;
        const replacement = fromList.find(x => `entity:${id(x)}` === changed);
        const at = list.findIndex(x => `entity:${id(x)}` === changed);
        if (at < 0) return replacement ? [...list, replacement] : list;
        return replacement ? list.map((x, i) => (i === at ? replacement : x)) : list.filter((_, i) => i !== at);
    };
    const header: Partial<DocumentIR> = {};
    if (change.kind === 'metadata') {
        for (const field of [...METADATA_FIELDS, 'calendar', 'jurisdiction']) {
            (header as Record<string, unknown>)[field] = (from as unknown as Record<string, unknown>)[field];
        }
    }
    const hybrid: DocumentIR = {
        ...base,
        ...header,
        types: pick(base.types, from.types, t => ruleId(base.name, t.name)),
        subjects: pick(base.subjects, from.subjects, s => ruleId(base.name, s.name)),
        rules: pick(base.rules, from.rules, r => r.id),
    };
    return copy(hybrid) as DocumentIR;
}

function subjectOf(key: string): string | undefined {
    const m = /^(?:fact|derived):([^/]+)\//.exec(key);
    return m ? m[1] : undefined;
}
