import type { DocumentIR } from '@zeren/model';
import { compareArticles } from './articles.js';
import { compareCodepoints } from './canonical-values.js';
import { metadataMeasures } from './declaration-measures.js';
import { documentEntities } from './entities.js';
import { elementLabel, entityLabel, metadataLabel, surface } from './labels.js';
import type { Entity, ElementRef, Measure } from './measure.js';
import { compareElements, elementKey } from './measure.js';

/**
 * A canonical, order-independent listing of a file's rules: what `git diff` shows through the
 * textconv driver. One line per part of a rule, each line naming its rule, sorted by article —
 * so a line-based diff of two listings is a rule-level diff, and reordering or reformatting
 * the file changes nothing. Always Chinese: it is a rendering of the rule file itself.
 */
export function canonicalListing(docs: DocumentIR[]): string[] {
    const lines: string[] = [];
    for (const doc of [...docs].sort((a, b) => compareCodepoints(a.name, b.name))) {
        lines.push(`文件 ${doc.name}`);
        for (const [field, value] of metadataMeasures(doc)) lines.push(`  ${metadataLabel(field, 'zh')} ${value}`);
        const entities = documentEntities(doc).sort((a, b) =>
            compareArticles(a.article ?? null, b.article ?? null) || compareCodepoints(a.kind, b.kind) || compareCodepoints(a.name, b.name));
        for (const entity of entities) lines.push('', ...entityLines(entity));
    }
    return lines;
}

const PROSE = new Set(['source', 'note']);

function entityLines(entity: Entity): string[] {
    const groups = new Map<string, { ref: ElementRef; measures: Measure[] }>();
    for (const m of entity.measures) {
        const key = elementKey(m.element);
        if (!groups.has(key)) groups.set(key, { ref: m.element, measures: [] });
        groups.get(key)!.measures.push(m);
    }
    const head = `${entity.article ? `${entity.article} ` : ''}${entityLabel(entity.kind, 'zh')} ${entity.name}`;
    const lines = [head];
    for (const { ref, measures } of [...groups.values()].sort((a, b) => compareElements(a.ref, b.ref))) {
        const label = ref.kind === 'rule' ? '' : elementLabel(ref.kind, ref.name, 'zh');
        // 原文 and 注 are long: on lines of their own, so a hunk shows the measure that changed.
        const prose = measures.filter(m => PROSE.has(m.aspect));
        const body = [label, ...measures.filter(m => !PROSE.has(m.aspect)).map(m => surface(m.aspect, m.value, 'zh'))].filter(Boolean).join(' ');
        if (body || prose.length) lines.push(`  ${entity.name} › ${body || elementLabel(ref.kind, ref.name, 'zh') || entity.name}`);
        for (const m of prose) lines.push(`      ${surface(m.aspect, m.value, 'zh')}`);
    }
    return lines;
}
