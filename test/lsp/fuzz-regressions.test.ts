import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, DocumentState, EmptyFileSystem, isReference, URI, type Reference } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompletionRequest, ExecuteCommandRequest } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createZerenServices } from '../../language/src/lsp/zeren-lsp-module.js';
import { LspHarness, ROOT } from './lsp-harness.js';

// Defects the protocol fuzzer (test/robustness/lsp-fuzz.test.ts) found, one focused test each.

let h: LspHarness;

beforeAll(async () => {
    h = new LspHarness();
    await h.initialize('zh');
}, 30000);

afterAll(async () => h?.dispose());

describe('zeren.diffAgainstHead with arguments no client should send', () => {
    const diff = (argument: unknown) => h.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.diffAgainstHead', arguments: [argument] });
    const notAFile = (zh: string, en: string) => ({ ok: false, reason: 'not-a-file', zh, en, text: zh });

    it('a uri that is not a string is no file given (was an InternalError from fileURLToPath)', async () => {
        expect(await diff({ uri: 42 })).toEqual(notAFile('未指定文件', 'No file given'));
        expect(await diff({ uri: { path: '/x' } })).toEqual(notAFile('未指定文件', 'No file given'));
    });

    it('a string that is no local file URI is refused as such (was an InternalError: Invalid URL, URI malformed)', async () => {
        for (const uri of ['not a uri', 'file:///%zz', `${h.uri('examples/city/kaohe-2015/rules.zeren')}%`, 'file://host/share/x.zeren', '%', ':']) {
            expect(await diff({ uri }), uri).toEqual(notAFile('只能比较磁盘上的文件', 'Only files on disk can be compared'));
        }
    });
});

describe('a file the parser guard rejected', () => {
    it('loses the nesting error once it is emptied (the rejected tree stood for "", so Langium skipped the re-parse)', async () => {
        const uri = await h.open('examples/city/kaohe-2015/scenarios-smoke.zeren');
        await h.change(uri, '('.repeat(300));
        const deep = await h.diagnosticsFor(uri, ds => ds.some(d => d.code === 'nesting-too-deep'));
        expect(deep.map(d => [d.code, d.range.start])).toEqual([['nesting-too-deep', { line: 0, character: 40 }]]);
        await h.change(uri, '');
        expect(await h.diagnosticsFor(uri, ds => !ds.some(d => d.code === 'nesting-too-deep'))).toEqual([]);
        await h.change(uri, h.text('examples/city/kaohe-2015/scenarios-smoke.zeren'));
        await h.diagnosticsFor(uri, ds => ds.length === 0);
    });
});

describe('completion inside deeply nested brackets', () => {
    it('answers instead of failing with an InternalError (Langium\'s completion parser overflowed the stack)', async () => {
        const rel = 'examples/central/zhengji-kaohe-2013/rules.zeren';
        const uri = await h.open(rel);
        const original = h.text(rel);
        const deep = original.replace('    当 考核实施者 = 中央有关部门', `    当 ${'('.repeat(600)}考核实施者 = 中央有关部门${')'.repeat(600)}`);
        await h.change(uri, deep);
        await h.diagnosticsFor(uri, ds => ds.some(d => d.code === 'nesting-too-deep'));
        const at = (character: number) => h.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 71, character } });
        expect(await at(6 + 150)).toMatchObject({ isIncomplete: true });
        expect(await at(6 + 600)).toMatchObject({ isIncomplete: true });
        // The completion parser is left usable: a shallow position still gets the usual items.
        await h.change(uri, original);
        await h.diagnosticsFor(uri, ds => !ds.some(d => d.code === 'nesting-too-deep'));
        const shallow = await at(6);
        expect(shallow).toMatchObject({ isIncomplete: true });
        expect((shallow as { items: unknown[] }).items.length).toBeGreaterThan(0);
    });
});

describe('a score group weighted 占 0%', () => {
    it('gets a score from its parts instead of failing validation with Division by Zero', async () => {
        const rel = 'examples/city/kaohe-2015/rules.zeren';
        const rulesUri = await h.open(rel);
        const smoke = h.uri('examples/city/kaohe-2015/scenarios-smoke.zeren');
        const zero = h.text(rel).replace('集中考核 〔第十八条第二款〕 占 70% {', '集中考核 〔第十八条第二款〕 占 0% {');
        await h.change(rulesUri, zero);
        await h.diagnosticsFor(rulesUri, ds => ds.some(d => d.code === 'weights-sum'));
        await h.settle(); // the scenario files are revalidated after a pause
        expect((h.currentDiagnostics(smoke) ?? []).filter(d => /An error occurred/.test(String(d.message)))).toEqual([]);
        const runs = await h.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.evaluateScenario', arguments: [{ uri: smoke }] }) as
            { outcome?: { scores: { components: { name: string; weight: string; score: string; contribution: string }[] }[] } }[];
        const group = runs[0].outcome!.scores[0].components.find(c => c.name === '集中考核')!;
        // 落实责任 88 × 40% + 推进重点工作 87 × 40% + 民主测评 (77 × 70% + 87 × 30%) × 20% = 86, contributing nothing.
        expect(group).toMatchObject({ weight: '0%', score: '86', contribution: '0' });
        await h.change(rulesUri, h.text(rel));
        await h.diagnosticsFor(rulesUri, ds => !ds.some(d => d.code === 'weights-sum'));
        await h.settle();
    });
});

describe('a deadline chained to itself', () => {
    it('fails its scenarios as not computable instead of failing validation with "start is not a function"', async () => {
        const rel = 'examples/city/xuncha-2015/rules.zeren';
        const rulesUri = await h.open(rel);
        const timeline = h.uri('examples/city/xuncha-2015/scenarios-timeline.zeren');
        const looped = h.text(rel).replace('对 一次巡察 自 收到书面反馈日期 起 10 个工作日内', '对 一次巡察 自 整改方案期限 起 10 个工作日内');
        await h.change(rulesUri, looped);
        const cycle = await h.diagnosticsFor(rulesUri, ds => ds.some(d => d.code === 'rule-cycle'));
        expect(cycle.filter(d => d.code === 'rule-cycle').map(d => d.message)).toEqual(['规则循环依赖：整改方案期限 → 整改方案期限']);
        // Before the fix the scenario file got "An error occurred during validation" and never this.
        const diagnostics = await h.diagnosticsFor(timeline, ds => ds.some(d => d.code === 'eval-dependency'));
        expect(diagnostics.filter(d => /An error occurred/.test(String(d.message)))).toEqual([]);
        expect(diagnostics.map(d => d.message)).toContain('规则“整改方案期限”无法计算，因此整改方案期限也无法计算');
        await h.change(rulesUri, h.text(rel));
        await h.diagnosticsFor(timeline, ds => ds.length === 0);
    });
});

describe('a deadline whose unit was deleted (自 约谈日期 起 15 完成)', () => {
    it('is a syntax error on the rule file and nothing on its scenarios (was a TypeError reading "unit" in scenario validation)', async () => {
        const rel = 'examples/city/yuetan-2015/rules.zeren';
        const rulesUri = await h.open(rel);
        const scenarios = h.uri('examples/city/yuetan-2015/scenarios.zeren');
        const before = h.stderr.length;
        const broken = h.text(rel).replace('自 约谈日期 起 15 日内 完成', '自 约谈日期 起 15 完成');
        await h.change(rulesUri, broken);
        const syntax = await h.diagnosticsFor(rulesUri, ds => ds.some(d => d.code === 'syntax-expected'));
        // Reported at 完成, where the unit is missing.
        const lines = broken.split('\n');
        const line = lines.findIndex(l => l.includes('起 15 完成'));
        expect(syntax.filter(d => d.severity === 1).map(d => [d.code, d.range.start])).toEqual([['syntax-expected', { line, character: lines[line].indexOf('起 15 完成') + 5 }]]);
        await h.settle(); // the scenario files are revalidated after a pause
        // Lowering keeps no duration for the broken rule, so nothing is computed from it (no stand-in date either).
        expect((h.currentDiagnostics(scenarios) ?? []).filter(d => /An error occurred/.test(String(d.message)))).toEqual([]);
        expect(h.stderr.slice(before)).not.toMatch(/TypeError|An error occurred/);
        // While the rule file has syntax errors its scenarios are not run, and the editor says why.
        const runs = await h.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.evaluateScenario', arguments: [{ uri: scenarios }] }) as { passed: boolean; error?: string }[];
        expect(runs.length).toBeGreaterThan(0);
        expect(new Set(runs.map(r => `${r.passed} ${r.error}`))).toEqual(new Set(['false 规则文件“张掖市纪检监察机关约谈领导干部办法”有语法错误，修正后才能运行场景']));
        await h.change(rulesUri, h.text(rel));
        await h.diagnosticsFor(rulesUri, ds => ds.length === 0);
        await h.settle();
        expect(h.currentDiagnostics(scenarios) ?? []).toEqual([]);
    });
});

describe('a list fact whose type was deleted, with an unknown name in one of its records', () => {
    it('is reported instead of ending the server (the glued-keyword hint read the missing type)', async () => {
        const rules = 'examples/city/kaohe-2015/rules.zeren';
        const scen = 'examples/city/kaohe-2015/scenarios-consequences.zeren';
        const rulesUri = await h.open(rules);
        const scenUri = await h.open(scen);
        const before = h.stderr.length;
        await h.change(rulesUri, h.text(rules).replace('    事实 成员: 列表 班子成员\n', '    事实 成员:\n'));
        await h.change(scenUri, h.text(scen).replace('张三 { 是主要负责人 = 是 }', '张三 { 非是主要负责人 = 是 }'));
        const ds = await h.diagnosticsFor(scenUri, d => d.some(x => String(x.message).includes('非是主要负责人')));
        expect(ds.filter(d => String(d.message).includes('非是主要负责人')).map(d => d.code)).toEqual(['unresolved-reference']);
        expect(h.stderr.slice(before)).not.toMatch(/TypeError|An error occurred/);
        // Still serving.
        const hover = await h.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.evaluateScenario', arguments: [{ uri: scenUri }] });
        expect(Array.isArray(hover)).toBe(true);
        await h.change(rulesUri, h.text(rules));
        await h.change(scenUri, h.text(scen));
        await h.diagnosticsFor(scenUri, d => d.length === 0);
    });
});

describe('links resolved during a cancelled build', () => {
    // In-process: the fuzzer hit this through a race (a dependent's build cancelled part way through
    // linking); here the state that race leaves is set up directly, so the test does not depend on timing.
    it('are redone when the file they point into changes', async () => {
        const { shared } = createZerenServices({ ...EmptyFileSystem });
        const { TextDocuments, LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = shared.workspace;
        const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
        // Editor buffers (TextDocuments) are what the builder re-reads on update.
        const open = (uri: string, text: string) => {
            const buffer = TextDocument.create(uri, 'zeren', 1, text);
            TextDocuments.set(buffer);
            const document = LangiumDocumentFactory.fromTextDocument(buffer);
            LangiumDocuments.addDocument(document);
            return document;
        };
        const province = read('examples/province/nengshang-nengxia-2015/rules.zeren');
        const provinceUri = 'file:///ws/province/rules.zeren';
        const P = open(provinceUri, province);
        const C = open('file:///ws/city/rules.zeren', read('examples/city/nengshang-nengxia-2015/rules.zeren'));
        await DocumentBuilder.build([P, C], { validation: true });
        expect(C.diagnostics?.filter(d => d.severity === 1)).toEqual([]);

        // What a cancelled build leaves: the city file back at ComputedScopes (unlinked, its entries in
        // the reference index removed) and its references resolved again before it reached IndexedReferences.
        DocumentBuilder.resetToState(C, DocumentState.ComputedScopes);
        const references = () => AstUtils.streamAst(C.parseResult.value).flatMap(n => AstUtils.streamReferences(n)).map(r => r.reference).filter(isReference);
        references().forEach((r: Reference) => r.ref);

        // The province file renames a rule the city file refines (细化 ….复核申诉期间停止执行).
        TextDocuments.set(TextDocument.create(provinceUri, 'zeren', 2, province.replace('禁止 复核申诉期间停止执行 〔', '禁止 复核申诉期间暂停执行 〔')));
        await DocumentBuilder.update([URI.parse(provinceUri)], []);

        expect(C.state).toBe(DocumentState.Validated);
        const stale = references().filter(r => r.ref && AstUtils.getDocument(r.ref) === P && AstUtils.findRootNode(r.ref) !== P.parseResult.value);
        expect(stale.map(r => r.$refText).toArray()).toEqual([]);
        expect(C.diagnostics?.filter(d => d.code === 'unresolved-reference').map(d => d.message)).toEqual(['未知引用“复核申诉期间停止执行”，是否应为“复核申诉期间暂停执行”？']);
    });
});
