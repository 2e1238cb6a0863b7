import type { Lang } from '@zeren/model';

/**
 * Words for the aspects of an outcome delta (see outcome-delta.ts): the main results are named
 * by their rule alone (领导班子等次：好 → 较好); a field path reads as words, its record names
 * kept as written: actions[不作为提拔任用对象].duration → 措施 不作为提拔任用对象 期限.
 */
const WORDS: Record<string, readonly [string, string]> = {
    status: ['状态', 'status'], total: ['', ''], grade: ['', ''], vetoed: ['', ''], complied: ['', ''], deadline: ['', ''], frequency: ['', ''],
    clauses: ['条款', 'clauses'], exceptions: ['例外', 'exceptions'], applies: ['适用', 'applies'], errors: ['错误', 'errors'],
    base: ['基础分', 'base'], bonus: ['加分', 'bonus'], components: ['分项', 'component'], children: ['子项', 'part'], weight: ['权重', 'weight'],
    effectiveWeight: ['实际权重', 'effective weight'], score: ['得分', 'score'], contribution: ['计入', 'contribution'],
    bonuses: ['加分项', 'bonus item'], count: ['次数', 'count'], pointsPerItem: ['每项分值', 'points each'], cap: ['上限', 'cap'], points: ['分值', 'points'],
    actions: ['措施', 'measure'], actor: ['执行', 'actor'], duration: ['期限', 'duration'],
    due: ['截止', 'due'], done: ['完成', 'done'], daysLate: ['逾期天数', 'days late'], workingDaysLate: ['逾期工作日', 'working days late'],
    window: ['统计区间', 'window'], from: ['起', 'from'], to: ['止', 'to'], until: ['止', 'until'], periods: ['期间', 'period'],
    shortfall: ['差', 'short by'], excess: ['超', 'over by'],
    situations: ['情形', 'situations'], kind: ['类别', 'kind'], kindApplies: ['类别适用', 'kind applies'],
    determination: ['认定', 'determination'], result: ['结论', 'result'], row: ['行', 'row'], index: ['序号', 'index'],
    sanctions: ['追究', 'sanctions'], ladder: ['阶梯', 'ladder'], severity: ['情节', 'severity'], mitigating: ['从轻情节', 'mitigating'],
    aggravating: ['从重情节', 'aggravating'], moves: ['调整', 'moves'], levels: ['档次', 'levels'], options: ['可选措施', 'options'],
    measures: ['措施', 'measures'], combinable: ['可合并', 'combinable'], measure: ['措施', 'measure'],
    restrictions: ['影响', 'restrictions'], start: ['起算', 'start'], items: ['限制', 'restriction'], period: ['期间', 'period'],
    lookback: ['追溯', 'look-back'], anchor: ['起点', 'anchor'], years: ['年数', 'years'], extended: ['延长', 'extended'],
    group: ['组', 'group'], item: ['项', 'item'], label: ['名称', 'label'], name: ['名称', 'name'], members: ['成员', 'members'],
};

/** "措施 不作为提拔任用对象 期限", "due", "" (the rule's main result). */
export function outcomeAspectLabel(aspect: string, lang: Lang): string {
    const i = lang === 'zh' ? 0 : 1;
    const words: string[] = [];
    for (const part of aspect.split(/\.(?![^[]*\])/)) {
        const m = /^([^[]+)((?:\[[^\]]*\])*)$/.exec(part);
        const key = m ? m[1] : part;
        const word = WORDS[key]?.[i] ?? key;
        if (word) words.push(word);
        if (m?.[2]) for (const [, id] of m[2].matchAll(/\[([^\]]*)\]/g)) words.push(id);
    }
    return words.join(' ');
}
