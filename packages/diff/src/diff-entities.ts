import type { AspectChange, ChangeStatus, ElementChange, EntityChange } from './diff-schema.js';
import type { ElementRef, Entity, Measure } from './measure.js';
import { compareElements, elementKey } from './measure.js';

/**
 * The core comparison: two sets of entities matched by id, their measures by element and
 * aspect. Nothing here knows what a score or a veto is — the extractors decided that.
 */
export function diffEntities(oldEntities: Entity[], newEntities: Entity[]): { change: EntityChange; article?: string }[] {
    const oldById = new Map(oldEntities.map(e => [e.id, e]));
    const newById = new Map(newEntities.map(e => [e.id, e]));
    const ids = [...new Set([...oldById.keys(), ...newById.keys()])];
    const out: { change: EntityChange; article?: string }[] = [];
    for (const id of ids) {
        const before = oldById.get(id);
        const after = newById.get(id);
        const elements = diffMeasures(before?.measures ?? [], after?.measures ?? []);
        if (elements.length === 0) continue;
        const status: ChangeStatus = !before ? 'added' : !after ? 'removed' : 'changed';
        const ref = (after ?? before)!;
        out.push({ change: { id, kind: ref.kind, name: ref.name, status, elements }, article: ref.article });
    }
    return out;
}

export function diffMeasures(before: Measure[], after: Measure[]): ElementChange[] {
    const oldElements = groupByElement(before);
    const newElements = groupByElement(after);
    const keys = new Map<string, ElementRef>();
    for (const [k, g] of [...oldElements, ...newElements]) keys.set(k, g.ref);
    const ordered = [...keys.entries()].sort(([, a], [, b]) => compareElements(a, b));
    const out: ElementChange[] = [];
    for (const [key, ref] of ordered) {
        const o = oldElements.get(key)?.aspects ?? new Map<string, string>();
        const n = newElements.get(key)?.aspects ?? new Map<string, string>();
        const aspects: AspectChange[] = [];
        for (const aspect of new Set([...o.keys(), ...n.keys()])) {
            const ov = o.get(aspect) ?? null;
            const nv = n.get(aspect) ?? null;
            if (ov !== nv) aspects.push({ aspect, old: ov, new: nv });
        }
        if (aspects.length === 0) continue;
        const status: ChangeStatus = !oldElements.has(key) ? 'added' : !newElements.has(key) ? 'removed' : 'changed';
        out.push({ kind: ref.kind, name: ref.name, status, aspects });
    }
    return out;
}

function groupByElement(measures: Measure[]): Map<string, { ref: ElementRef; aspects: Map<string, string> }> {
    const out = new Map<string, { ref: ElementRef; aspects: Map<string, string> }>();
    for (const m of measures) {
        const key = elementKey(m.element);
        let g = out.get(key);
        if (!g) out.set(key, (g = { ref: m.element, aspects: new Map() }));
        g.aspects.set(m.aspect, m.value);
    }
    return out;
}
