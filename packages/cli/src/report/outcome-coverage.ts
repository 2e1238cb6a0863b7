import type { Lang } from '@zeren/model';
import type { OutcomeItem } from '@zeren/evaluator';
import type { CoverageExemption } from '../ledger/coverage-exemptions.js';

export interface OutcomeTally {
    total: number;
    exercised: number;
    exempt: number;
}

/** Exercised, exempt (justified: cannot occur) and total outcomes of a set of items. */
export function tally(items: OutcomeItem[], exemptions: CoverageExemption[]): OutcomeTally {
    const exempt = items.filter(i => i.scenarios.length === 0 && exemptionFor(i, exemptions)).length;
    return { total: items.length, exercised: items.filter(i => i.scenarios.length > 0).length, exempt };
}

export function exemptionFor(i: OutcomeItem, exemptions: CoverageExemption[]): CoverageExemption | undefined {
    return exemptions.find(e => e.rule === i.rule && e.outcome === i.outcome);
}

/** Exercised or justified, as a percentage with one decimal, computed on integers (rounded down). */
export function percent(t: OutcomeTally): string {
    if (t.total === 0) return '100.0';
    const tenths = Math.floor(((t.exercised + t.exempt) * 1000) / t.total);
    return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** Whether the tally reaches a minimum given as written (`95`, `99.5`), compared exactly on integers. */
export function meetsMinimum(t: OutcomeTally, min: string): boolean {
    const [whole, frac = ''] = min.split('.');
    const scale = 10n ** BigInt(frac.length);
    const minScaled = BigInt(whole) * scale + BigInt(frac || '0');
    return BigInt(t.exercised + t.exempt) * 100n * scale >= minScaled * BigInt(t.total);
}

/**
 * Per document: outcomes exercised by an asserting scenario, outcomes the folder states cannot occur
 * (listed with the reason), the percentage, and each outcome neither exercised nor justified.
 */
export function outcomeCoverageReport(items: OutcomeItem[], exemptions: CoverageExemption[], lang: Lang): string {
    const zh = lang === 'zh';
    const lines = [zh ? '结果覆盖（每条规则可能出现的每种结果）：' : 'Outcome coverage (every outcome each rule can produce):'];
    const byDoc = new Map<string, OutcomeItem[]>();
    for (const i of items) byDoc.set(i.document, [...(byDoc.get(i.document) ?? []), i]);
    for (const [doc, list] of byDoc) {
        const t = tally(list, exemptions);
        lines.push(zh ? `  ${doc}: ${t.exercised}/${t.total} 已覆盖，${t.exempt} 项说明不能出现，${percent(t)}%`
            : `  ${doc}: ${t.exercised}/${t.total} exercised, ${t.exempt} justified as impossible, ${percent(t)}%`);
        for (const i of list.filter(x => x.scenarios.length === 0)) {
            const ex = exemptionFor(i, exemptions);
            if (ex) lines.push(zh ? `    不能出现 ${i.rule} = ${i.outcome}：${ex.reason}` : `    cannot occur ${i.rule} = ${i.outcome}: ${ex.reason}`);
            else lines.push(zh ? `    未覆盖 ${i.rule} = ${i.outcome}` : `    not exercised ${i.rule} = ${i.outcome}`);
        }
    }
    // An exemption that names no outcome, or one a scenario exercises, is stale: say so.
    for (const e of exemptions) {
        const item = items.find(i => i.rule === e.rule && i.outcome === e.outcome);
        if (item && item.scenarios.length === 0) continue;
        const where = `${e.file}:${e.line}`;
        lines.push(!item
            ? (zh ? `  ${where}: 说明的结果不存在：${e.rule} = ${e.outcome}` : `  ${where}: the exemption names no outcome: ${e.rule} = ${e.outcome}`)
            : (zh ? `  ${where}: 说明已过时，场景已覆盖：${e.rule} = ${e.outcome}` : `  ${where}: stale exemption, a scenario exercises ${e.rule} = ${e.outcome}`));
    }
    const t = tally(items, exemptions);
    lines.push(zh ? `  合计 ${t.exercised}/${t.total} 已覆盖，${t.exempt} 项说明不能出现，${percent(t)}%`
        : `  total ${t.exercised}/${t.total} exercised, ${t.exempt} justified as impossible, ${percent(t)}%`);
    return lines.join('\n');
}
