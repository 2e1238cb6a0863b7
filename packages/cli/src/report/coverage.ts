import type { Lang } from '@zeren/model';
import type { CoverageItem } from '@zeren/evaluator';

/** Per document: how many rules, clauses and exceptions scenarios exercise, and which they miss. */
export function coverageReport(items: CoverageItem[], lang: Lang): string {
    const zh = lang === 'zh';
    const lines = [zh ? '场景覆盖：' : 'Scenario coverage:'];
    const byDoc = new Map<string, CoverageItem[]>();
    for (const i of items) byDoc.set(i.document, [...(byDoc.get(i.document) ?? []), i]);
    for (const [doc, list] of byDoc) {
        const covered = list.filter(i => i.scenarios.length > 0).length;
        lines.push(`  ${doc}: ${covered}/${list.length}`);
        for (const i of list.filter(x => x.scenarios.length === 0)) {
            lines.push(`    ${zh ? '未覆盖' : 'not exercised'} ${uncovered(i, zh)}`);
        }
    }
    const total = items.length;
    const covered = items.filter(i => i.scenarios.length > 0).length;
    lines.push(zh ? `  合计 ${covered}/${total}` : `  total ${covered}/${total}`);
    return lines.join('\n');
}

function uncovered(i: CoverageItem, zh: boolean): string {
    switch (i.kind) {
        case 'rule': return `${zh ? '规则' : 'rule'} ${i.rule}`;
        case 'clause': return `${zh ? '条款' : 'clause'} ${i.rule} ${i.part}`;
        case 'exception': return `${zh ? '例外' : 'exception'} ${i.rule} ${i.part}`;
        // No asserting scenario saw the obligation apply (or not apply): its 当 condition is untested on that side.
        case 'condition-true': return zh ? `适用条件成立 ${i.rule}` : `condition holding ${i.rule}`;
        case 'condition-false': return zh ? `适用条件不成立 ${i.rule}` : `condition failing ${i.rule}`;
    }
}
