import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, CompletionList, DocumentSymbol, Hover, InlayHint, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import {
    CodeActionRequest, CodeLensRequest, CompletionRequest, DefinitionRequest, DocumentFormattingRequest, DocumentSymbolRequest,
    ExecuteCommandRequest, FoldingRangeRequest, HoverRequest, InlayHintRequest, ReferencesRequest, RenameRequest,
    SemanticTokensRequest,
} from 'vscode-languageserver-protocol';
import { applyEdits, LspHarness, positionOf } from './lsp-harness.js';
import { RULES, SCENARIOS, scenarioFixture } from './lsp-fixtures.js';

// One built server (extension/dist/server.cjs) over stdio for the whole file, on a copy of examples/.
let h: LspHarness;
let rulesUri: string;
let scenUri: string;
let rules: string;
let scen: string;

beforeAll(async () => {
    h = new LspHarness(scenarioFixture());
    await h.initialize('zh');
    rules = h.text(RULES);
    scen = h.text(SCENARIOS);
    rulesUri = await h.open(RULES);
    scenUri = await h.open(SCENARIOS);
    await h.diagnosticsFor(rulesUri);
    await h.diagnosticsFor(scenUri);
}, 30000);

afterAll(async () => h?.dispose());

const doc = (uri: string) => ({ textDocument: { uri } });
const hoverText = (hv: Hover | null) => (hv && typeof hv.contents === 'object' && 'value' in hv.contents ? hv.contents.value : '');

describe('diagnostics', () => {
    it('the example rule file has no errors', async () => {
        const d = await h.diagnosticsFor(rulesUri);
        expect(d.filter(x => x.severity === 1)).toEqual([]);
    });

    it('an introduced weight error is reported with its code and zh message, then cleared', async () => {
        const broken = rules.replace('日常监督评价 〔第十三条〕 占 20%', '日常监督评价 〔第十三条〕 占 25%');
        await h.changeAndSettle(rulesUri, broken, [scenUri]);
        const d = await h.diagnosticsFor(rulesUri, ds => ds.some(x => x.code === 'weights-sum'));
        const w = d.find(x => x.code === 'weights-sum')!;
        expect(w.message).toBe('“领导班子综合得分”下各项权重之和为 105%，应为 100%');
        expect(w.range.start.line).toBe(positionOf(broken, '占 25%').line);
        await h.changeAndSettle(rulesUri, rules, [scenUri]);
        await h.diagnosticsFor(rulesUri, ds => !ds.some(x => x.code === 'weights-sum'));
    });
});

describe('hover', () => {
    it('a rule shows its citation, document title and quoted source text', async () => {
        const hv = await h.connection.sendRequest(HoverRequest.type, { ...doc(rulesUri), position: positionOf(rules, '等次 领导班子等次', 0, 4) });
        const text = hoverText(hv);
        expect(text).toContain('〔第二十条〕');
        expect(text).toContain('《张掖市党风廉政建设考核办法（试行）》');
        expect(text).toContain('原文：得分在90分（含90分）以上的确定为“好”等次');
        expect(text).toContain('好 ≥ 90；较好 ≥ 80；一般 ≥ 65；较差');
    });

    it('a nested weight shows its effective weight in the total', async () => {
        const hv = await h.connection.sendRequest(HoverRequest.type, { ...doc(rulesUri), position: positionOf(rules, '个别谈话 占 30%', 0, 1) });
        expect(hoverText(hv)).toContain('70% × 20% × 30% = 4.2%');
    });

    it('a fact shows its notes (注)', async () => {
        const hv = await h.connection.sendRequest(HoverRequest.type, { ...doc(rulesUri), position: positionOf(rules, '事实 离岗月数', 0, 4) });
        expect(hoverText(hv)).toContain('“半年以上”含半年');
    });

    it('in a scenario, an expectation shows the evaluated value', async () => {
        const hv = await h.connection.sendRequest(HoverRequest.type, { ...doc(scenUri), position: positionOf(scen, '领导班子综合得分 = 91', 0, 2) });
        const text = hoverText(hv);
        expect(text).toContain('〔第十八条〕');
        expect(text).toContain('实际: **90**');
    });
});

describe('completion', () => {
    it('offers Chinese keywords at the top level of a rule file', async () => {
        const end = rules.split('\n').length;
        const res = await h.connection.sendRequest(CompletionRequest.type, { ...doc(rulesUri), position: { line: end - 1, character: 0 } });
        const labels = items(res).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['得分', '等次', '一票否决', '主体']));
    });

    it('offers the subject facts inside a scenario facts block', async () => {
        const pos = positionOf(scen, '落实责任得分 = 88');
        const res = await h.connection.sendRequest(CompletionRequest.type, { ...doc(scenUri), position: pos });
        expect(items(res).map(i => i.label)).toEqual(expect.arrayContaining(['日常监督评价得分', '测评好票数', '经组织考核确实存在问题']));
    });

    it('offers scale values after a comparison with a scaled fact', async () => {
        const text = rules.replace('所受党纪处分 ≥ 警告 或', '所受党纪处分 ≥  或');
        await h.changeAndSettle(rulesUri, text, [scenUri]);
        const pos = positionOf(text, '所受党纪处分 ≥  或', 0, '所受党纪处分 ≥ '.length);
        const res = await h.connection.sendRequest(CompletionRequest.type, { ...doc(rulesUri), position: pos });
        await h.changeAndSettle(rulesUri, rules, [scenUri]);
        expect(items(res).map(i => i.label)).toEqual(expect.arrayContaining(['警告', '严重警告', '开除党籍']));
    });
});

describe('navigation', () => {
    it('go to definition jumps from a scenario expectation to the rule', async () => {
        const res = (await h.connection.sendRequest(DefinitionRequest.type, { ...doc(scenUri), position: positionOf(scen, '领导班子等次 = 好', 0, 1) })) as Location[] | Location;
        const loc = Array.isArray(res) ? res[0] : res;
        const target = 'targetUri' in loc ? (loc as unknown as { targetUri: string; targetSelectionRange: Location['range'] }) : undefined;
        expect(target?.targetUri ?? loc.uri).toBe(rulesUri);
        expect((target?.targetSelectionRange ?? loc.range).start.line).toBe(positionOf(rules, '等次 领导班子等次').line);
    });

    it('goes from `= 不适用` (read as a status keyword) to the 认定 row of that name', async () => {
        const scenarios = 'examples/central/jianzhi-2013/scenarios.zeren';
        const uri = await h.open(scenarios);
        const text = h.text(scenarios);
        const res = (await h.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, '兼职程序 = 不适用', 0, 8) })) as { targetUri: string; targetSelectionRange: Location['range'] }[];
        const rulesText = h.text('examples/central/jianzhi-2013/rules.zeren');
        expect(res.map(l => [l.targetUri, l.targetSelectionRange.start])).toEqual([[h.uri('examples/central/jianzhi-2013/rules.zeren'), positionOf(rulesText, '    不适用 〔一〕', 0, 4)]]);
        // A deadline's 不适用 is a status, not a name: nothing to go to.
        const deadline = await h.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, '兼职情况年报 = 不适用', 0, 9) });
        expect(deadline ?? []).toEqual([]);
    });

    it('find references of a fact includes both files', async () => {
        const res = (await h.connection.sendRequest(ReferencesRequest.type, { ...doc(rulesUri), position: positionOf(rules, '事实 公众评价得分', 0, 3), context: { includeDeclaration: true } }))!;
        const uris = new Set(res.map(l => l.uri));
        expect([...uris]).toEqual(expect.arrayContaining([rulesUri, scenUri]));
        expect(res.filter(l => l.uri === scenUri)).toHaveLength(2);
    });

    it('rename of a fact edits the rule file and the scenario file', async () => {
        const edit = (await h.connection.sendRequest(RenameRequest.type, { ...doc(rulesUri), position: positionOf(rules, '事实 公众评价得分', 0, 3), newName: '群众评价得分' })) as WorkspaceEdit;
        const changes = edit.changes!;
        expect(Object.keys(changes)).toEqual(expect.arrayContaining([rulesUri, scenUri]));
        const renamedScen = applyEdits(scen, changes[scenUri]);
        expect(renamedScen).toContain('群众评价得分 = 98');
        expect(renamedScen).not.toContain('公众评价得分');
        // 公众评价得分 exists on two subjects; only the team's fact and its uses are renamed.
        const renamedRules = applyEdits(rules, changes[rulesUri]);
        expect(renamedRules).toContain('公众评价 〔第十四条〕 占 10% = 群众评价得分');
        expect(renamedRules).toContain('公众评价 占 20% = 公众评价得分');
    });

    it('outline lists documents, subjects and rules with nested components', async () => {
        const symbols = (await h.connection.sendRequest(DocumentSymbolRequest.type, doc(rulesUri))) as DocumentSymbol[];
        const names = symbols.map(s => s.name);
        expect(names).toEqual(expect.arrayContaining(['张掖市党风廉政建设考核办法', '领导班子', '领导班子综合得分', '领导班子否决']));
        const score = symbols.find(s => s.name === '领导班子综合得分')!;
        expect(score.children!.map(c => c.name)).toEqual(expect.arrayContaining(['日常监督评价', '集中考核', '公众评价']));
    });

    it('folding covers multi-line blocks', async () => {
        const ranges = await h.connection.sendRequest(FoldingRangeRequest.type, doc(rulesUri));
        const subjectLine = positionOf(rules, '主体 领导班子').line;
        expect(ranges!.some(r => r.startLine === subjectLine && r.endLine > subjectLine + 20)).toBe(true);
    });
});

describe('formatting', () => {
    it('restores indentation, keeps Chinese text intact and is idempotent', async () => {
        const messy = rules.split('\n').map(l => l.trimStart()).join('\n').replace('\n\n', '\n\n\n');
        await h.changeAndSettle(rulesUri, messy, [scenUri]);
        const edits = (await h.connection.sendRequest(DocumentFormattingRequest.type, { ...doc(rulesUri), options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
        const formatted = applyEdits(messy, edits);
        expect(formatted).toBe(rules);
        await h.changeAndSettle(rulesUri, formatted, [scenUri]);
        const again = await h.connection.sendRequest(DocumentFormattingRequest.type, { ...doc(rulesUri), options: { tabSize: 4, insertSpaces: true } });
        expect(again).toEqual([]);
    });
});

describe('quick fixes', () => {
    async function fixFor(uri: string, text: string, code: string): Promise<CodeAction[]> {
        await h.change(uri, text);
        const ds = await h.diagnosticsFor(uri, d => d.some(x => x.code === code));
        const diagnostic = ds.find(x => x.code === code)!;
        return (await h.connection.sendRequest(CodeActionRequest.type, { ...doc(uri), range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    }

    it('weights-sum: normalise, or give the remainder to the last component', async () => {
        const broken = rules.replace('落实责任 占 40%', '落实责任 占 50%');
        const actions = await fixFor(rulesUri, broken, 'weights-sum');
        // 50/110 has no exact percentage, so only the remainder fix is offered.
        expect(actions.map(a => a.title)).toEqual(['将“民主测评”的权重调整为 10%（余量 -10%）']);
        const remainder = actions.find(a => a.title.startsWith('将“民主测评”的权重调整为 10%'))!;
        expect(remainder).toBeDefined();
        const fixed = applyEdits(broken, remainder.edit!.changes![rulesUri]);
        expect(fixed).toContain('民主测评 〔第十八条第三款〕 占 10%');
        await h.changeAndSettle(rulesUri, fixed, [scenUri]);
        await h.diagnosticsFor(rulesUri, d => !d.some(x => x.code === 'weights-sum'));
    });

    it('weights-sum: proportional normalisation when the result is exact', async () => {
        const broken = rules.replace('测评 占 70% = 民主测评票决得分', '测评 占 140% = 民主测评票决得分').replace('个别谈话 占 30%', '个别谈话 占 60%');
        const actions = await fixFor(rulesUri, broken, 'weights-sum');
        const normalise = actions.find(a => a.title.startsWith('按比例调整权重'))!;
        expect(normalise.title).toBe('按比例调整权重，使合计为 100%（70%、30%）');
        expect(applyEdits(broken, normalise.edit!.changes![rulesUri])).toBe(rules);
    });

    it('band-gap: adds a catch-all band', async () => {
        const broken = rules.replace('    一般 ≥ 65\n    较差\n', '    一般 ≥ 65\n');
        const actions = await fixFor(rulesUri, broken, 'band-gap');
        expect(actions[0].title).toBe('添加兜底等次“较差”（无下限）');
        expect(applyEdits(broken, actions[0].edit!.changes![rulesUri])).toBe(rules);
    });

    it('missing-citation: inserts 〔〕 after the rule name', async () => {
        const broken = rules.replace('得分 领导干部综合得分 〔第十九条〕 对', '得分 领导干部综合得分 对');
        const actions = await fixFor(rulesUri, broken, 'missing-citation');
        expect(applyEdits(broken, actions[0].edit!.changes![rulesUri])).toContain('得分 领导干部综合得分 〔〕 对');
    });

    it('unknown fact in a scenario: declares it in the subject of the rule file', async () => {
        await h.changeAndSettle(rulesUri, rules, [scenUri]);
        const broken = scen.replace('公众评价得分 = 98', '公众评价得分 = 98\n            网络评价得分 = 85.5');
        // The name ends in the keyword 得分, but 网络评价 is no name either: an unknown reference, not a glued keyword.
        const actions = await fixFor(scenUri, broken, 'unresolved-reference');
        const declare = actions.find(a => a.title.includes('网络评价得分'))!;
        expect(declare.title).toBe('在主体“领导班子”中声明事实“网络评价得分”（小数）');
        const newRules = applyEdits(rules, declare.edit!.changes![rulesUri]);
        expect(newRules).toContain('        注 "测评总票数取四个等次票数之和，不计废票。"\n    事实 网络评价得分: 小数\n}');
        await h.changeAndSettle(rulesUri, newRules, [scenUri]);
        await h.diagnosticsFor(scenUri, d => !d.some(x => x.code === 'unresolved-reference'));
        await h.changeAndSettle(rulesUri, rules, [scenUri]);
        await h.change(scenUri, scen);
    });
});

describe('scenarios in the editor', () => {
    it('inlay hints show effective weights and evaluated values', async () => {
        await h.diagnosticsFor(scenUri, d => !d.some(x => x.severity === 1));
        const full = { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } };
        const ruleHints = (await h.connection.sendRequest(InlayHintRequest.type, { ...doc(rulesUri), range: full })) as InlayHint[];
        const at = (hints: InlayHint[], line: number) => hints.filter(x => x.position.line === line).map(x => String(x.label));
        expect(at(ruleHints, positionOf(rules, '落实责任 占 40%').line)).toEqual(['总 28%']);
        expect(at(ruleHints, positionOf(rules, '测评 占 70% =').line)).toEqual(['总 9.8%']);
        const scenHints = (await h.connection.sendRequest(InlayHintRequest.type, { ...doc(scenUri), range: full })) as InlayHint[];
        expect(at(scenHints, positionOf(scen, '领导班子综合得分 = 91').line)).toEqual(['实际: 90']);
        expect(at(scenHints, positionOf(scen, '领导班子否决 = 否').line)).toEqual(['实际: 否']);
    });

    it('code lenses run each scenario and show pass/fail', async () => {
        const lenses = (await h.connection.sendRequest(CodeLensRequest.type, doc(scenUri)))!;
        const titles = lenses.map(l => l.command!.title);
        expect(titles).toContain('▶ 运行全部场景 (1/2 通过)');
        expect(titles).toContain('▶ 运行场景 · ✓ 通过');
        expect(titles).toContain('▶ 运行场景 · ✗ 未通过');
        const failing = lenses.find(l => l.command!.title.includes('✗'))!;
        expect(failing.range.start.line).toBe(positionOf(scen, '"期望写错的场景"').line);
        expect(failing.command!.arguments).toEqual([{ uri: scenUri, suite: '编辑器', scenario: '期望写错的场景' }]);
    });

    it('zeren.evaluateScenario returns the outcome, failures and explanation', async () => {
        const [run] = (await h.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.evaluateScenario', arguments: [{ uri: scenUri, scenario: '期望写错的场景' }] })) as {
            passed: boolean; failures: { expected: string; actual: string }[]; explanation: string; outcome: { scores: { total: string }[] };
        }[];
        expect(run.passed).toBe(false);
        expect(run.failures).toEqual([expect.objectContaining({ expected: '91', actual: '90' })]);
        expect(run.outcome.scores[0].total).toBe('90');
        expect(run.explanation).toContain('第十八条');
        const list = (await h.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.listScenarios', arguments: [{ uri: scenUri }] })) as { scenario: string }[];
        expect(list.map(s => s.scenario)).toEqual(['恰好90分为好', '期望写错的场景']);
    });
});

describe('semantic tokens', () => {
    it('colours Chinese keywords, rule names, facts and citations', async () => {
        const res = await h.connection.sendRequest(SemanticTokensRequest.type, doc(rulesUri));
        const legend = ['class', 'comment', 'enum', 'enumMember', 'event', 'function', 'interface', 'keyword', 'macro', 'method', 'modifier', 'namespace', 'number', 'operator', 'parameter', 'property', 'regexp', 'string', 'struct', 'type', 'typeParameter', 'variable', 'decorator'];
        const tokens = new Map<string, string>();
        let line = 0;
        let char = 0;
        const lines = rules.split('\n');
        for (let i = 0; i < res!.data.length; i += 5) {
            const [dl, dc, len, type] = res!.data.slice(i, i + 4);
            line += dl;
            char = dl ? dc : char + dc;
            tokens.set(`${line}:${lines[line].slice(char, char + len)}`, legend[type]);
        }
        const lineOf = (s: string) => positionOf(rules, s).line;
        expect(tokens.get(`${lineOf('得分 领导班子综合得分')}:得分`)).toBe('keyword');
        expect(tokens.get(`${lineOf('得分 领导班子综合得分')}:领导班子综合得分`)).toBe('function');
        expect(tokens.get(`${lineOf('得分 领导班子综合得分')}:〔第十八条〕`)).toBe('decorator');
        expect(tokens.get(`${lineOf('得分 领导班子综合得分')}:领导班子`)).toBe('class');
        expect(tokens.get(`${lineOf('日常监督评价 〔第十三条〕 占 20%')}:日常监督评价得分`)).toBe('property');
        expect(tokens.get(`${lineOf('日常监督评价 〔第十三条〕 占 20%')}:占`)).toBe('keyword');
        expect(tokens.get(`${lineOf('    警告 < 严重警告')}:严重警告`)).toBe('enumMember');
    });
});

function items(res: CompletionItem[] | CompletionList | null): CompletionItem[] {
    if (!res) return [];
    return Array.isArray(res) ? res : res.items;
}
