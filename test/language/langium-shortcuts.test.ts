import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils, DefaultAstNodeDescriptionProvider, DefaultScopeComputation, GrammarUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { isDocument } from '@zeren/language';
import { findNodeForProperty } from '../../language/src/lowering/property-node.js';
import { referencesInOrder } from '../../language/src/references/references-in-order.js';
import { buildFiles, doc, exampleRules } from '../helpers/workspace.js';

// Zeren replaces a few Langium services with faster ones for large files (linking, the reference
// index, local symbols, node descriptions, locations in lowering): each must give what Langium's gives.

const SCENARIOS = `场景集 团队场景 针对 张掖市党风廉政建设考核办法 {
    场景 "集体违纪违规被立案查处" 对 领导班子 {
        事实 {
            日常监督评价得分 = 85; 落实责任得分 = 85; 推进重点工作得分 = 85
            民主测评票决得分 = 85; 个别谈话得分 = 85; 公众评价得分 = 85
            成员 = [ 张三 { 是主要负责人 = 是 } 李四 { } ]
            测评好票数 = 20; 测评较好票数 = 6; 测评一般票数 = 3; 测评较差票数 = 1
            集体违纪违规被立案查处 = 是
        }
        期望 { 领导班子否决 = 是 条款 （一）; 领导班子综合得分 = 85; 领导班子等次 = 较好 }
    }
}`;
const BROKEN = doc('主体 班子 { 事实 甲: 布尔 }\n一票否决 否决 〔第三条〕 对 班子 { （一） 当 甲 且 }\n得分 总分 对 班子 {');

async function corpus() {
    return buildFiles({ 'rules.zeren': exampleRules(), 'scenarios.zeren': SCENARIOS, 'broken.zeren': BROKEN });
}
const FILES = ['rules.zeren', 'scenarios.zeren', 'broken.zeren'];

describe('Langium shortcuts', () => {
    it('walks the references in the order of streamAst and streamReferences', async () => {
        const ws = await corpus();
        for (const name of FILES) {
            const root = ws.doc(name).parseResult.value;
            const langium = AstUtils.streamAst(root).flatMap(n => AstUtils.streamReferences(n)).toArray();
            expect(langium.length).toBeGreaterThan(0);
            expect(referencesInOrder(root)).toEqual(langium);
            // Every reference is linked, and the document keeps them in that order.
            expect(ws.doc(name).references).toEqual(langium.map(r => r.reference));
        }
    });

    it('finds the CST node of a property as GrammarUtils.findNodeForProperty does', async () => {
        const ws = await corpus();
        let compared = 0;
        for (const name of FILES) {
            for (const node of AstUtils.streamAst(ws.doc(name).parseResult.value)) {
                const cst = node.$cstNode;
                if (!cst) continue;
                for (const property of [...Object.keys(node).filter(k => !k.startsWith('$')), 'noSuchProperty']) {
                    for (const index of [undefined, 0, 1, 3, -1]) {
                        expect(findNodeForProperty(cst, property, index)).toBe(GrammarUtils.findNodeForProperty(cst, property, index));
                        compared++;
                    }
                }
            }
        }
        expect(compared).toBeGreaterThan(1000);
    });

    it('describes a node as Langium does, the path and ranges computed on first read', async () => {
        const ws = await corpus();
        const langium = new DefaultAstNodeDescriptionProvider(ws.services);
        const zeren = ws.services.workspace.AstNodeDescriptionProvider;
        const document = ws.doc('rules.zeren');
        const named = AstUtils.streamAst(document.parseResult.value).filter(n => !!ws.services.references.NameProvider.getName(n)).toArray();
        expect(named.length).toBeGreaterThan(100);
        for (const node of named) {
            const expected = langium.createDescription(node, undefined, document);
            const actual = zeren.createDescription(node, undefined, document);
            for (const key of ['node', 'name', 'type', 'documentUri', 'path', 'nameSegment', 'selectionSegment'] as const) {
                expect(actual[key]).toEqual(expected[key]);
            }
        }
    });

    it('keeps the local symbols that references to documents read', async () => {
        const ws = await corpus();
        const langium = new DefaultScopeComputation(ws.services);
        for (const name of FILES) {
            const document = ws.doc(name);
            const all = await langium.collectLocalSymbols(document);
            const root = document.parseResult.value;
            const documentsOnly = (symbols: typeof all, node: AstNode) => symbols.getStream(node).filter(d => d.type === 'Document').map(d => d.node).toArray();
            for (const node of AstUtils.streamAst(root)) {
                expect(documentsOnly(document.localSymbols!, node)).toEqual(documentsOnly(all, node));
            }
        }
        expect(ws.doc('rules.zeren').localSymbols!.getStream(ws.doc('rules.zeren').parseResult.value).map(d => d.node).filter(isDocument).count()).toBe(1);
    });

    it('still visits every node when a check is registered for a node type below the root', async () => {
        const ws = await corpus();
        const seen: string[] = [];
        ws.services.validation.ValidationRegistry.register({ Fact: (node: AstNode & { name: string }, _accept: ValidationAcceptor) => { seen.push(node.name); } });
        const diagnostics = await ws.services.validation.DocumentValidator.validateDocument(ws.doc('rules.zeren'));
        expect(seen).toContain('日常监督评价得分');
        expect(diagnostics.map(d => d.code)).toEqual(ws.doc('rules.zeren').diagnostics!.map(d => d.code));
    });
});
