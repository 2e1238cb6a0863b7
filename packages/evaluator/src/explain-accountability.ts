import type { AccountabilityIR, Outcome, TraceStep } from '@zeren/model';

const MOVE_ZH: Record<string, string> = { lighter: '从轻（本档最轻）', heavier: '从重（本档最重）', 'level-down': '减轻一档', 'level-up': '加重一档' };
const MOVE_EN: Record<string, string> = { lighter: 'lighter within the level', heavier: 'heavier within the level', 'level-down': 'one level down', 'level-up': 'one level up' };

/**
 * Explanation steps for an accountability rule, read from its outcome entry (which the same
 * closures computed) and citing the article, clause or row that produced each step.
 */
export function explainAccountability(rule: AccountabilityIR, outcome: Outcome, document: string): TraceStep[] {
    const entry = outcome.accountability?.find(a => a.rule === rule.name);
    if (!entry) return [];
    const cite = (text?: string) => (text ? { document, text } : entry.cite);
    const step = (zh: string, en: string, text?: string): TraceStep => ({ cite: cite(text), zh, en });
    switch (entry.form) {
        case 'situations': {
            if (!entry.kindApplies) return [step(`${rule.name}：对象“${entry.kind}”不在适用范围内`, `${rule.name}: the subject kind '${entry.kind}' is not covered`)];
            if (!entry.situations.length) return [step(`${rule.name}：没有情形成立`, `${rule.name}: no situation holds`)];
            return entry.situations.map(s => step(`${rule.name}：情形${s.label}成立`, `${rule.name}: situation ${s.label} holds`, s.cite.text));
        }
        case 'determination':
            return [entry.result
                ? step(`${rule.name}：第 ${entry.row!.index} 行成立 → ${entry.result}`, `${rule.name}: row ${entry.row!.index} holds → ${entry.result}`, entry.row?.cite?.text)
                : step(`${rule.name}：没有一行成立 → 无`, `${rule.name}: no row holds → none`)];
        case 'sanctions': {
            if (!entry.due) return [step(`${rule.name}：不予追究（依据的情形不成立或条件不满足）`, `${rule.name}: no accountability (no ground situation, or the condition fails)`)];
            const steps = [step(`${rule.name}：对象 ${entry.kind}，${entry.severity}`, `${rule.name}: subject kind ${entry.kind}, severity ${entry.severity}`, entry.tableCite?.text)];
            for (const m of entry.mitigating) steps.push(step(`从轻减轻情节${m.label}成立`, `mitigating circumstance ${m.label} holds`, m.cite.text));
            for (const a of entry.aggravating) steps.push(step(`从重加重情节${a.label}成立`, `aggravating circumstance ${a.label} holds`, a.cite.text));
            if (entry.moves.includes('offset')) steps.push(step('从轻减轻与从重加重情节同时存在，按本档处理', 'mitigating and aggravating circumstances both hold: the level is kept'));
            else if (entry.moves.length) steps.push(step(`调整：${entry.moves.map(m => MOVE_ZH[m]).join('或')}`, `moved: ${entry.moves.map(m => MOVE_EN[m]).join(' or ')}`));
            const options = entry.options.map(o => o.join('并')).join('、或');
            steps.push(step(`可选追究方式（${entry.levels.join('、')}）：${options}${entry.combinable ? '；可以单独使用，也可以合并使用' : ''}`,
                `permitted (${entry.levels.join(', ')}): ${entry.options.map(o => o.join(' + ')).join(' | ')}${entry.combinable ? '; may be used singly or combined' : ''}`));
            return steps;
        }
        case 'restrictions': {
            const steps: TraceStep[] = [];
            for (const item of entry.items.filter(i => i.applies)) {
                const span = item.until ? `${item.from} 至 ${item.until}` : item.from ? `${item.from} 起` : '';
                const spanEn = item.until ? `${item.from} to ${item.until}` : item.from ? `from ${item.from} on` : '';
                steps.push(step(`${item.name}：${item.measure}${item.period ? `（${item.period}）` : ''}${span ? `，${span}` : ''}`,
                    `${item.name}: ${item.measure}${spanEn ? `, ${spanEn}` : ''}`, item.cite?.text));
                if (item.within !== undefined) {
                    steps.push(item.act === null || item.act === undefined
                        ? step(`${item.name}：行为日期未给出，未违反`, `${item.name}: no act date, not breached`, item.cite?.text)
                        : step(`${item.name}：行为日期 ${item.act} ${item.within ? '在限制期间内，违反' : '不在限制期间内，未违反'}`,
                            `${item.name}: act dated ${item.act} ${item.within ? 'falls within the restriction: breached' : 'falls outside the restriction: not breached'}`, item.cite?.text));
                }
            }
            return steps.length ? steps : [step(`${rule.name}：没有限制适用`, `${rule.name}: no restriction applies`)];
        }
        case 'lookback': {
            if (!entry.applies) return [step(`${rule.name}：不适用（条件不满足）`, `${rule.name}: not due (the condition fails)`)];
            const year = Number(entry.anchor!.slice(0, 4));
            return [step(
                `${rule.name}：${entry.extended ? '延长追溯，' : ''}自 ${entry.from}（${entry.anchor} 在 ${year} 年，前 ${entry.years} 年度为 ${year - entry.years} 年，自其 1 月 1 日）至 ${entry.until}（含）`,
                `${rule.name}: ${entry.extended ? 'extended: ' : ''}from ${entry.from} (${entry.anchor} is in ${year}; ${entry.years} year(s) back is ${year - entry.years}, from its 1 January) to ${entry.until} inclusive`)];
        }
    }
}
