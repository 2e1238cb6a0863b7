import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Loc, ScenarioInfo, ScenarioRun } from './protocol.js';
import { evaluateScenarios, listScenarios } from './protocol.js';
import { isZh, messageLang, t } from './messages.js';

const LEVELS = ['central', 'province', 'city', 'county'] as const;

/**
 * The Test Explorer view of scenarios: level (中央/省/市/县) → rule document → suite → scenario.
 * Items are discovered from the server (zeren.listScenarios) and run through
 * zeren.evaluateScenario, so results match the CLI. Failed expectations also go to Problems.
 */
export class ScenarioTests implements vscode.Disposable {
    readonly controller: vscode.TestController;
    /** Failed expectations of the last run of each scenario, shown in Problems. */
    readonly problems = vscode.languages.createDiagnosticCollection('zeren-scenarios');
    private readonly disposables: vscode.Disposable[] = [];
    private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
    /** Scenarios by file, as last listed by the server. */
    private readonly byFile = new Map<string, ScenarioInfo[]>();
    /** Items by id, reused across rebuilds of the tree so results stay attached. */
    private readonly items = new Map<string, vscode.TestItem>();
    private readonly failures = new Map<string, Map<string, vscode.Diagnostic[]>>();

    constructor(private readonly client: BaseLanguageClient) {
        this.controller = vscode.tests.createTestController('zeren.scenarios', t('controller'));
        this.controller.resolveHandler = async item => {
            if (!item) await this.discoverWorkspace();
        };
        this.controller.refreshHandler = () => this.discoverWorkspace();
        this.controller.createRunProfile(t('runProfile'), vscode.TestRunProfileKind.Run, (request, token) => void this.run(request, token), true);
        this.disposables.push(
            this.problems,
            vscode.workspace.onDidChangeTextDocument(e => this.schedule(e.document)),
            vscode.workspace.onDidOpenTextDocument(d => this.schedule(d)),
        );
    }

    dispose(): void {
        this.disposables.forEach(d => d.dispose());
        this.controller.dispose();
    }

    async discoverWorkspace(): Promise<void> {
        const all = await listScenarios(this.client, {});
        this.byFile.clear();
        for (const s of all) this.byFile.set(s.uri, [...(this.byFile.get(s.uri) ?? []), s]);
        this.rebuild();
    }

    private schedule(document: vscode.TextDocument): void {
        if (document.languageId !== 'zeren') return;
        const key = document.uri.toString();
        clearTimeout(this.pending.get(key));
        this.pending.set(key, setTimeout(() => void this.discoverFile(key), 400));
    }

    async discoverFile(uri: string): Promise<void> {
        const scenarios = await listScenarios(this.client, { uri });
        if (scenarios.length) this.byFile.set(uri, scenarios);
        else this.byFile.delete(uri);
        this.rebuild();
    }

    /** Lays the listed scenarios out as level → document → suite → scenario. */
    private rebuild(): void {
        const tree = new Map<string, Map<string, Map<string, ScenarioInfo[]>>>();
        for (const [uri, scenarios] of this.byFile) {
            for (const s of scenarios) {
                const level = s.level ?? 'none';
                const docs = tree.get(level) ?? tree.set(level, new Map()).get(level)!;
                const suites = docs.get(s.document ?? '') ?? docs.set(s.document ?? '', new Map()).get(s.document ?? '')!;
                const key = `${uri}#${s.suite}`;
                suites.set(key, [...(suites.get(key) ?? []), s]);
            }
        }
        const order = (level: string) => (LEVELS as readonly string[]).indexOf(level) >>> 0;
        const levels = [...tree.keys()].sort((a, b) => order(a) - order(b)).map(level => {
            const levelItem = this.item(`level:${level}`, t(`level${level}` as 'levelcity'));
            levelItem.sortText = String(order(level)).padStart(10, '0');
            levelItem.children.replace([...tree.get(level)!].map(([document, suites]) => {
                const docItem = this.item(`document:${level}:${document}`, document || '?');
                docItem.children.replace([...suites].map(([suiteId, scenarios]) => {
                    const first = scenarios[0];
                    const fileUri = vscode.Uri.parse(first.uri);
                    const suiteItem = this.item(suiteId, first.suite, fileUri);
                    suiteItem.description = vscode.workspace.asRelativePath(fileUri);
                    suiteItem.children.replace(scenarios.map(s => {
                        const item = this.item(scenarioId(s), s.scenario, fileUri);
                        item.range = toRange(s.loc);
                        return item;
                    }));
                    return suiteItem;
                }));
                return docItem;
            }));
            return levelItem;
        });
        this.controller.items.replace(levels);
    }

    private item(id: string, label: string, uri?: vscode.Uri): vscode.TestItem {
        const existing = this.items.get(id);
        if (existing && existing.label === label && existing.uri?.toString() === uri?.toString()) return existing;
        const created = this.controller.createTestItem(id, label, uri);
        this.items.set(id, created);
        return created;
    }

    /** Runs the given items (or everything) and reports each scenario's result. */
    async run(request: vscode.TestRunRequest, token?: vscode.CancellationToken): Promise<ScenarioRun[]> {
        const run = this.controller.createTestRun(request);
        const roots: vscode.TestItem[] = [];
        if (request.include) roots.push(...request.include);
        else this.controller.items.forEach(i => roots.push(i));
        const excluded = new Set(request.exclude ?? []);
        const wanted = new Map<string, vscode.TestItem>();
        for (const root of roots) for (const leaf of leaves(root, excluded)) wanted.set(leaf.id, leaf);
        const results: ScenarioRun[] = [];
        try {
            wanted.forEach(l => run.started(l));
            // One request per file (the server caches results per scenario), or per scenario if only one is wanted.
            const byUri = new Map<string, vscode.TestItem[]>();
            for (const leaf of wanted.values()) {
                const uri = leaf.id.split('#')[0];
                byUri.set(uri, [...(byUri.get(uri) ?? []), leaf]);
            }
            for (const [uri, leavesOfFile] of byUri) {
                if (token?.isCancellationRequested) break;
                const [, suite, scenario] = leavesOfFile.length === 1 ? leavesOfFile[0].id.split('#') : [];
                const runs = await evaluateScenarios(this.client, { uri, suite, scenario, lang: messageLang() });
                for (const r of runs) {
                    const item = wanted.get(scenarioId(r));
                    if (!item) continue;
                    report(run, item, r);
                    this.recordProblems(r);
                    results.push(r);
                }
            }
        } finally {
            run.end();
        }
        return results;
    }

    /** Items for a command's query ({uri, suite?, scenario?}), discovering the file first. */
    async itemsFor(query: { uri: string; suite?: string; scenario?: string }): Promise<vscode.TestItem[]> {
        if (!this.byFile.has(query.uri)) await this.discoverFile(query.uri);
        const scenarios = (this.byFile.get(query.uri) ?? [])
            .filter(s => (!query.suite || s.suite === query.suite) && (!query.scenario || s.scenario === query.scenario));
        return scenarios.map(s => this.items.get(scenarioId(s))).filter((i): i is vscode.TestItem => !!i);
    }

    /** A failed scenario's expectations become problems at their lines; a pass clears them. */
    private recordProblems(r: ScenarioRun): void {
        const byScenario = this.failures.get(r.uri) ?? this.failures.set(r.uri, new Map()).get(r.uri)!;
        const zh = isZh();
        const diagnostics = r.passed ? [] : (r.failures.length ? r.failures : [{ loc: r.loc, zh: r.error ?? '', en: r.error ?? '' }]).map(f => {
            const d = new vscode.Diagnostic(toRange(f.loc), t('scenarioFailed', r.scenario, zh ? f.zh : f.en), vscode.DiagnosticSeverity.Error);
            d.source = 'Zeren';
            d.code = 'scenario-failed';
            return d;
        });
        byScenario.set(scenarioId(r), diagnostics);
        this.problems.set(vscode.Uri.parse(r.uri), [...byScenario.values()].flat());
    }
}

function report(run: vscode.TestRun, item: vscode.TestItem, r: ScenarioRun): void {
    run.appendOutput(`${r.scenario}\r\n${r.explanation.replace(/\r?\n/g, '\r\n')}\r\n\r\n`, undefined, item);
    if (r.passed) {
        run.passed(item);
        return;
    }
    const zh = isZh();
    const messages = r.failures.map(f => {
        const text = zh ? f.zh : f.en;
        const m = f.expected || f.actual ? vscode.TestMessage.diff(text, f.expected, f.actual) : new vscode.TestMessage(text);
        m.location = new vscode.Location(vscode.Uri.parse(f.loc.uri), toRange(f.loc));
        return m;
    });
    const explanation = new vscode.TestMessage(new vscode.MarkdownString(`**${t('expected')} ≠ ${t('actual')}**\n\n\`\`\`text\n${r.explanation}\n\`\`\``));
    explanation.location = new vscode.Location(vscode.Uri.parse(r.uri), toRange(r.loc));
    run.failed(item, [...messages, explanation]);
}

function leaves(item: vscode.TestItem, excluded: Set<vscode.TestItem>): vscode.TestItem[] {
    if (excluded.has(item)) return [];
    if (item.children.size === 0) return item.uri ? [item] : [];
    const out: vscode.TestItem[] = [];
    item.children.forEach(c => out.push(...leaves(c, excluded)));
    return out;
}

function scenarioId(s: ScenarioInfo): string {
    return `${s.uri}#${s.suite}#${s.scenario}`;
}

function toRange(loc: Loc): vscode.Range {
    return new vscode.Range(loc.range.start.line, loc.range.start.character, loc.range.end.line, loc.range.end.character);
}
