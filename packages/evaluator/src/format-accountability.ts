import type { Lang, Outcome } from '@zeren/model';

/** Summary lines of the accountability part of an outcome (CLI `run`). */
export function formatAccountability(o: Outcome, lang: Lang): string[] {
    const zh = lang === 'zh';
    const c = (cite?: { text: string }) => (cite ? `〔${cite.text}〕` : '');
    const lines: string[] = [];
    for (const a of o.accountability ?? []) {
        switch (a.form) {
            case 'situations':
                if (a.applies) lines.push(`  ${c(a.cite)}${a.rule}: ${zh ? '情形' : 'situations'} ${a.situations.map(s => s.label).join('')}`);
                break;
            case 'determination':
                lines.push(`  ${c(a.cite)}${a.rule}: ${a.result ?? (zh ? '无' : 'none')}`);
                break;
            case 'sanctions':
                lines.push(`  ${c(a.cite)}${a.rule}: ${a.due
                    ? `${a.severity} → ${a.options.map(o => o.join(zh ? '并' : ' + ')).join(zh ? ' 或 ' : ' | ')}${a.combinable ? (zh ? '（可合并使用）' : ' (may be combined)') : ''}`
                    : (zh ? '不予追究' : 'no accountability')}`);
                break;
            case 'restrictions':
                for (const i of a.items.filter(x => x.applies)) {
                    const span = i.until ? (zh ? `：${i.from} 至 ${i.until}` : `: ${i.from} to ${i.until}`) : i.from ? (zh ? `：${i.from} 起` : `: from ${i.from} on`) : '';
                    lines.push(`  ${c(i.cite)}${i.measure}${span}`);
                }
                break;
            case 'lookback':
                if (a.applies) lines.push(`  ${c(a.cite)}${a.rule}: ${a.from} ${zh ? '至' : 'to'} ${a.until}${a.extended ? (zh ? '（延长）' : ' (extended)') : ''}`);
                break;
        }
    }
    return lines;
}
