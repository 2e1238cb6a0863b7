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
            const what = i.kind === 'rule' ? (zh ? '规则' : 'rule') : i.kind === 'clause' ? (zh ? '条款' : 'clause') : (zh ? '例外' : 'exception');
            lines.push(`    ${zh ? '未覆盖' : 'not exercised'} ${what} ${i.rule}${i.part ? ` ${i.part}` : ''}`);
        }
    }
    const total = items.length;
    const covered = items.filter(i => i.scenarios.length > 0).length;
    lines.push(zh ? `  合计 ${covered}/${total}` : `  total ${covered}/${total}`);
    return lines.join('\n');
}
