import { describe, expect, it } from 'vitest';
import { createZerenCoreServices } from '@zeren/language';
import type { Model } from '@zeren/language';
import { diffDocuments, renderDiff, ruleMeasures } from '@zeren/diff';
import type { RuleIR } from '@zeren/model';
import { CITY, V1, V2, documentsOf, read } from './helpers.js';

/** Reverses the file's top-level declarations and re-indents every line: same rules, other text. */
function reorderAndReformat(text: string): string {
    const { Zeren } = createZerenCoreServices();
    const model = Zeren.parser.LangiumParser.parse<Model>(text).value;
    const parts = model.parts.map(p => p.$cstNode!.text);
    return parts.reverse().map(p => p.split('\n').map(l => l.replace(/^ {4}/, '\t').replace(/^\t {4}/, '\t\t')).join('\n')).join('\n\n\n');
}

describe('semantic diff on the model', () => {
    it('diff(a, a) is empty', async () => {
        const a = await documentsOf(['rules.zeren', read(CITY)]);
        const b = await documentsOf(['rules.zeren', read(CITY)]);
        expect(diffDocuments(a, b).documents).toEqual([]);
    });

    it('reordering and reformatting the city assessment method yields no change', async () => {
        const text = read(CITY);
        const shuffled = reorderAndReformat(text);
        expect(shuffled).not.toBe(text);
        const a = await documentsOf(['a.zeren', text]);
        const b = await documentsOf(['b.zeren', shuffled]);
        expect(b[0].rules.map(r => r.name)).toEqual([...a[0].rules.map(r => r.name)].reverse());
        expect(diffDocuments(a, b).documents).toEqual([]);
    });

    it('a hand-reordered revision (components, clauses, metadata, >= and parentheses) yields no change', async () => {
        const a = await documentsOf(['v1.zeren', read(V1)]);
        const b = await documentsOf(['v1-reordered.zeren', read(new URL('./fixtures/v1-reordered.zeren', import.meta.url).pathname)]);
        expect(diffDocuments(a, b).documents).toEqual([]);
        expect(renderDiff(diffDocuments(a, b), 'zh')).toEqual(['没有语义变化']);
    });

    it('reports each measure of the revision pair with its old and new value', async () => {
        const result = diffDocuments(await documentsOf(['v1.zeren', read(V1)]), await documentsOf(['v2.zeren', read(V2)]));
        expect(result.documents).toHaveLength(1);
        const doc = result.documents[0];
        expect(doc.metadata).toEqual([{ aspect: 'effective', old: '2015-12-25', new: '2017-01-01' }]);
        expect(doc.articles.map(a => a.article)).toEqual(['第十八条', '第二十条', '第二十二条', '第二十七条']);
        const band = doc.articles[1].entities[0].elements[0];
        expect(band).toEqual({ kind: 'band', name: '好', status: 'changed', aspects: [{ aspect: 'bound', old: '≥ 90', new: '≥ 85' }] });
        const weights = doc.articles[0].entities[0].elements.map(e => [e.name, e.aspects[0].old, e.aspects[0].new]);
        expect(weights).toEqual([['公众评价', '10%', '15%'], ['日常监督评价', '20%', '15%']]);
    });

    it('reports added and removed clauses, exceptions and exception targets', async () => {
        const base = read(V1);
        const revised = base
            .replace('（一） 当 集体违纪违规被立案查处', '（一） 当 集体违纪违规被立案查处\n    （七） 当 集体违纪违规被立案查处 且 一年内被上级通报批评或组织处理次数 ≥ 1\n    例外 首次 〔第二十四条（一）〕 排除 （一）、（七） 当 一年内被上级通报批评或组织处理次数 = 0');
        const withException = base.replace('（一） 当 集体违纪违规被立案查处', '（一） 当 集体违纪违规被立案查处\n    例外 首次 〔第二十四条（一）〕 排除 （一） 当 一年内被上级通报批评或组织处理次数 = 0');
        const result = diffDocuments(await documentsOf(['a.zeren', withException]), await documentsOf(['b.zeren', revised]));
        expect(renderDiff(result, 'zh')).toEqual([
            '文件 考核办法修订示例：修改',
            '  第二十二条 领导班子否决：新增 条款（七） 当 集体违纪违规被立案查处 且 一年内被上级通报批评或组织处理次数 ≥ 1',
            '  第二十二条 领导班子否决：例外 首次 排除 （一） → （一）、（七）',
        ]);
        const removed = diffDocuments(await documentsOf(['b.zeren', revised]), await documentsOf(['a.zeren', base]));
        expect(renderDiff(removed, 'en')).toEqual([
            'document 考核办法修订示例: changed',
            '  第二十二条 领导班子否决: removed clause （七） 当 集体违纪违规被立案查处 且 一年内被上级通报批评或组织处理次数 ≥ 1',
            '  第二十二条 领导班子否决: removed exception 首次 排除 （一）、（七） 当 一年内被上级通报批评或组织处理次数 = 0 〔第二十四条（一）〕',
        ]);
    });

    it('reports bonus points and caps, consequence actions and durations, added rules', async () => {
        const before = read(CITY);
        const after = before
            .replace('中央级 每项 3 上限 5', '中央级 每项 3 上限 6')
            .replace('措施 "不作为提拔任用对象" 期限 1 年', '措施 "不作为提拔任用对象" 期限 2 年')
            .replace('排除 离岗半年以上不参加考核 〔第二十一条〕 对 领导干部 不参加考核 当 离岗月数 ≥ 6', '排除 离岗半年以上不参加考核 〔第二十一条〕 对 领导干部 不确定等次 当 离岗月数 > 6')
            + '\n后果 否决干部通报 〔第二十六条（三）〕 对 领导干部 当 领导干部否决 {\n    措施 "在全市通报" 由 "市纪委"\n}\n';
        const lines = renderDiff(diffDocuments(await documentsOf(['a.zeren', before]), await documentsOf(['b.zeren', after])), 'zh');
        expect(lines).toEqual([
            '文件 张掖市党风廉政建设考核办法：修改',
            '  第十八条 领导班子综合得分：加分 表彰奖励/中央级 上限 5 → 6',
            '  第二十一条 离岗半年以上不参加考核：效果 不参加考核 → 不确定等次',
            '  第二十一条 离岗半年以上不参加考核：条件 离岗月数 ≥ 6 → 离岗月数 > 6',
            '  第二十六条 否决干部取消评优并暂停提拔：措施 "不作为提拔任用对象" 期限 1年 → 2年',
            '  第二十六条 新增 后果 否决干部通报 对 领导干部 当 领导干部否决 〔第二十六条（三）〕',
            '      + 措施 "在全市通报" 由 "市纪委"',
        ]);
    });

    it('a rule kind without an extractor falls back to a canonical rendering of its properties', async () => {
        const [doc] = await documentsOf(['v1.zeren', read(V1)]);
        const grade = doc.rules.find(r => r.kind === 'grade')!;
        // A kind the diff does not know yet (eligibility limits are still to come).
        const future = { ...grade, kind: 'eligibility', days: grade.bands[0].bound, anchor: '年底' } as unknown as RuleIR;
        const measures = ruleMeasures(future);
        expect(measures.find(m => m.aspect === 'kind')?.value).toBe('eligibility');
        expect(measures.find(m => m.aspect === 'days')?.value).toBe('90');
        expect(measures.find(m => m.aspect === 'score')?.value).toBe('领导班子综合得分');
        const changed = { ...future, days: grade.bands[1].bound } as unknown as RuleIR;
        const oldDoc = { ...doc, rules: [future] }, newDoc = { ...doc, rules: [changed] };
        expect(renderDiff(diffDocuments([oldDoc], [newDoc]), 'en')).toEqual([
            'document 考核办法修订示例: changed',
            '  第二十条 领导班子等次: days 90 → 80',
        ]);
    });

    it('deadlines and frequencies diff as the text reads (15 日内 → 10 个工作日内, 每年至少2次 → 每季度至少1次)', async () => {
        const before = [
            '文件 报告制度示例 { 文号 "示例" }',
            '主体 党委 〔第一条〕 { 事实 报告记录: 记录; 事实 约谈日期: 日期; 事实 整改报告日期: 日期 可无 }',
            '频次 年度报告 〔第八条〕 对 党委 计 报告记录 每 年 至少 2 次',
            '期限 整改报告 〔第九条〕 对 党委 自 约谈日期 起 15 日内 完成 整改报告日期',
        ].join('\n');
        const after = before.replace('每 年 至少 2 次', '每 季度 至少 1 次').replace('15 日内', '10 个工作日内');
        const lines = renderDiff(diffDocuments(await documentsOf(['a.zeren', before]), await documentsOf(['b.zeren', after])), 'zh');
        expect(lines).toEqual([
            '文件 报告制度示例：修改',
            '  第八条 年度报告：频次 每 年 至少 2 次 → 每 季度 至少 1 次',
            '  第九条 整改报告：期限 自 约谈日期 起 15日内 → 自 约谈日期 起 10个工作日内',
        ]);
    });

    it('a 当 condition of a deadline or frequency added, changed or removed is its own change', async () => {
        const plain = [
            '文件 报告制度示例 { 文号 "示例" }',
            '主体 党委 〔第一条〕 { 事实 报告记录: 记录; 事实 年报日期: 日期 可无; 事实 兼职: 布尔; 事实 兼职个数: 整数 范围 0..9 }',
            '频次 年度报告 〔第八条〕 对 党委 计 报告记录 每 年 至少 2 次',
            '期限 兼职年报 〔第九条〕 对 党委 每年 12 月底前 完成 年报日期',
        ].join('\n');
        const conditional = plain.replace('对 党委 计', '对 党委 当 兼职 计').replace('对 党委 每年', '对 党委 当 兼职 每年');
        const diff = async (a: string, b: string, lang: 'zh' | 'en') =>
            renderDiff(diffDocuments(await documentsOf(['a.zeren', a]), await documentsOf(['b.zeren', b])), lang);
        expect(await diff(plain, conditional, 'zh')).toEqual([
            '文件 报告制度示例：修改',
            '  第八条 年度报告：条件 （无） → 兼职',
            '  第九条 兼职年报：条件 （无） → 兼职',
        ]);
        expect(await diff(conditional, plain, 'en')).toEqual([
            'document 报告制度示例: changed',
            '  第八条 年度报告: condition 兼职 → (none)',
            '  第九条 兼职年报: condition 兼职 → (none)',
        ]);
        // Spelling and parentheses do not matter; a changed condition shows old → new.
        const respelled = conditional.replace('当 兼职 计', '当 (兼职) 计');
        expect(await diff(conditional, respelled, 'zh')).toEqual(['没有语义变化']);
        const changed = conditional.replace('当 兼职 每年', '当 兼职 且 兼职个数 >= 1 每年');
        expect(await diff(conditional, changed, 'zh')).toEqual([
            '文件 报告制度示例：修改',
            '  第九条 兼职年报：条件 兼职 → 兼职 且 兼职个数 ≥ 1',
        ]);
    });
});
