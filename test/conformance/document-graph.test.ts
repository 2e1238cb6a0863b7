import { describe, expect, it } from 'vitest';
import { buildDocumentGraph } from '@zeren/model';
import { buildFiles } from '../helpers/workspace.js';
import { cityDiagnostics, fileDiagnostics, provinceFile } from './fixtures.js';

const doc = (name: string, meta: string, rules = '') => `文件 ${name} { ${meta} }\n主体 班子 { 事实 调研记录: 记录 }\n${rules}\n`;
const freq = (name: string, cite: string, refines = '') => `频次 ${name} 〔${cite}〕 对 班子 ${refines} 计 调研记录 每 年 至少 1 次`;

describe('document graph', () => {
    it('resolves references by name, 文号 and title (with or without 《》), and dates supersession by the successor', async () => {
        const ws = await buildFiles({
            'old.zeren': doc('旧办法', '标题 "《旧办法全称》" 文号 "市委办发〔2013〕2号" 施行 2013-03-01'),
            'new.zeren': doc('新办法', '文号 "市委发〔2015〕44号" 施行 2015-12-25 废止 "市委办发〔2013〕2号"'),
            'other.zeren': doc('他办法', '施行 2016-01-01 根据 "旧办法全称" 细化 新办法'),
        });
        const docs = ['old.zeren', 'new.zeren', 'other.zeren'].flatMap(f => ws.ir(f).documents);
        const graph = buildDocumentGraph(docs);
        const [old, neu, other] = docs;
        expect(graph.resolve(other.basis[0])).toBe(old);
        expect(graph.resolve(other.refines[0])).toBe(neu);
        expect(graph.supersededBy(old).map(s => [s.by.name, s.from])).toEqual([['新办法', '2015-12-25']]);
        expect(graph.statusOn(old, '2015-12-24')).toEqual({ kind: 'in-force' });
        expect(graph.statusOn(old, '2015-12-25')).toMatchObject({ kind: 'superseded', from: '2015-12-25' });
        expect(graph.statusOn(old, '2013-02-28')).toEqual({ kind: 'not-yet', effective: '2013-03-01' });
        // other rests on the old document, superseded before it took effect.
        expect(ws.diagnostics('other.zeren').filter(d => d.code === 'docref-superseded').map(d => d.zh))
            .toEqual(['“旧办法”自 2015-12-25 起已被“新办法”废止，不能再被细化或作为依据']);
    });

    it('失效: a document no longer applies from its expiry date', async () => {
        const ws = await buildFiles({ 'a.zeren': doc('甲', '施行 2014-01-01 失效 2016-01-01') });
        const graph = buildDocumentGraph(ws.ir('a.zeren').documents);
        const a = graph.byName.get('甲')!;
        expect(graph.statusOn(a, '2015-12-31').kind).toBe('in-force');
        expect(graph.statusOn(a, '2016-01-01')).toEqual({ kind: 'expired', expires: '2016-01-01' });
    });
});

describe('references between documents', () => {
    it('废止 or 细化 naming an unknown document is a warning (known only by reference); a 仅引用 document makes it fine', async () => {
        const unknown = await fileDiagnostics({ 'a.zeren': doc('甲', '施行 2015-01-01 废止 "市委办发〔2013〕2号" 细化 "甘发〔2014〕9号"') }, 'a.zeren');
        expect(unknown.diagnostics.map(d => [d.code, d.severity])).toEqual([['docref-unknown', 'warning'], ['docref-unknown', 'warning']]);
        const known = await fileDiagnostics({
            'a.zeren': doc('甲', '施行 2015-01-01 废止 "市委办发〔2013〕2号"'),
            'ref.zeren': '文件 旧 { 文号 "市委办发〔2013〕2号" 仅引用 是 }',
        }, 'a.zeren');
        expect(known.diagnostics).toEqual([]);
    });

    it('refining a document superseded before the refining one took effect is an error', async () => {
        const r = await fileDiagnostics({
            'p1.zeren': doc('省旧', '文号 "甘〔2010〕1号" 施行 2010-01-01', freq('调研', '第一条')),
            'p2.zeren': doc('省新', '施行 2014-01-01 废止 省旧'),
            'c.zeren': doc('市办法', '施行 2015-01-01 细化 省旧', freq('调研', '第二条', '细化 省旧.调研')),
        }, 'c.zeren');
        expect(r.diagnostics.map(d => d.code)).toEqual(['docref-superseded', 'docref-superseded']);
        // Refining it before its successor took effect was fine.
        const before = await fileDiagnostics({
            'p1.zeren': doc('省旧', '施行 2010-01-01', freq('调研', '第一条')),
            'p2.zeren': doc('省新', '施行 2016-01-01 废止 省旧'),
            'c.zeren': doc('市办法', '施行 2015-01-01 细化 省旧', freq('调研', '第二条', '细化 省旧.调研')),
        }, 'c.zeren');
        expect(before.diagnostics).toEqual([]);
    });

    it('a rule refining a rule of a document the document neither refines nor rests on is a warning', async () => {
        const ds = await cityDiagnostics('频次 调研 〔第五条〕 对 班子 计 调研记录 每 年 至少 1 次',
            '频次 调研 〔第十条〕 对 班子 细化 省意见.调研 计 调研记录 每 年 至少 1 次', {});
        expect(ds).toEqual([]);
        const r = await fileDiagnostics({
            'province.zeren': provinceFile('频次 调研 〔第五条〕 对 班子 计 调研记录 每 年 至少 1 次'),
            'c.zeren': doc('市办法', '施行 2015-01-01', freq('调研', '第二条', '细化 省意见.调研')),
        }, 'c.zeren');
        expect(r.diagnostics.map(d => [d.code, d.severity])).toEqual([['refines-undeclared', 'warning']]);
    });

    it('refinement cycles, at document and at rule level, are errors', async () => {
        const docs = await fileDiagnostics({
            'a.zeren': doc('甲', '细化 乙'),
            'b.zeren': doc('乙', '细化 甲'),
        }, 'a.zeren');
        expect(docs.diagnostics.map(d => [d.code, d.zh])).toEqual([['refinement-cycle', '细化关系形成循环：甲 → 乙 → 甲']]);
        const self = await fileDiagnostics({ 'a.zeren': doc('甲', '细化 甲') }, 'a.zeren');
        expect(self.diagnostics.map(d => d.code)).toEqual(['refinement-cycle']);
        const rules = await fileDiagnostics({
            'a.zeren': doc('甲', '根据 乙', freq('调研', '第一条', '细化 乙.调研')),
            'b.zeren': doc('乙', '根据 甲', freq('调研', '第二条', '细化 甲.调研')),
        }, 'b.zeren');
        expect(rules.diagnostics.map(d => d.code)).toEqual(['refinement-cycle']);
        const chain = await fileDiagnostics({
            'a.zeren': doc('甲', '细化 乙'),
            'b.zeren': doc('乙', '细化 丙'),
            'c.zeren': doc('丙', ''),
        }, 'a.zeren');
        expect(chain.diagnostics).toEqual([]);
    });

    it('a rule refining a rule of another kind cannot be judged: a warning', async () => {
        const ds = await cityDiagnostics('期限 年底报告 〔第五条〕 对 班子 每年 12 月底前 完成 报告日期',
            '频次 报告 〔第十条〕 对 班子 细化 省意见.年底报告 计 调研记录 每 半年 至少 1 次');
        expect(ds.map(d => [d.code, d.severity])).toEqual([['conformance-incomparable', 'warning']]);
        expect(ds[0].en).toBe("Cannot tell whether '报告' loosens the refined '年底报告' 〔第五条〕: one is a frequency rule, the other a deadline rule");
    });
});

describe('scenarios as of a date', () => {
    const rules = doc('办法', '文号 "x〔2015〕1号" 施行 2015-09-19', freq('调研', '第一条'));
    const suite = (asOf: string) => `场景集 集 针对 办法 { 场景 "一" 对 班子 年度 2015 截至 ${asOf} { 事实 { 调研记录 = [2015-10-01] } 期望 { 调研 = 是 } } }`;

    it('a scenario dated before its document is in force gets a clear error', async () => {
        const r = await fileDiagnostics({ 'r.zeren': rules, 's.zeren': suite('2015-06-30') }, 's.zeren');
        expect(r.diagnostics.map(d => [d.code, d.zh])).toEqual([['scenario-doc-not-yet', '场景截至 2015-06-30，文件“办法”尚未施行（2015-09-19 起施行）']]);
        expect((await fileDiagnostics({ 'r.zeren': rules, 's.zeren': suite('2015-12-31') }, 's.zeren')).diagnostics).toEqual([]);
    });

    it('a scenario dated after its document was superseded gets a clear error', async () => {
        const r = await fileDiagnostics({
            'r.zeren': rules,
            'n.zeren': doc('新办法', '施行 2016-07-01 废止 "x〔2015〕1号"'),
            's.zeren': suite('2016-12-31'),
        }, 's.zeren');
        expect(r.diagnostics.map(d => [d.code, d.en])).toEqual([['scenario-doc-superseded', "As of 2016-12-31 the document '办法' is superseded by '新办法' (from 2016-07-01)"]]);
    });
});
