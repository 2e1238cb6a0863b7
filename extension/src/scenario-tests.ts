import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Loc, ScenarioInfo, ScenarioRun } from './protocol.js';
import { evaluateScenarios, listScenarios } from './protocol.js';
import { isZh, t } from './messages.js';

/**
 * The Test Explorer view of scenarios: file → suite → scenario. Items are discovered from the
 * server (zeren.listScenarios) and run through zeren.evaluateScenario, so results match the CLI.
 */
export class ScenarioTests implements vscode.Disposable {
    readonly controller: vscode.TestController;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

    constructor(private readonly client: BaseLanguageClient) {
        this.controller = vscode.tests.createTestController('zeren.scenarios', t('controller'));
        this.controller.resolveHandler = async item => {
            if (!item) await this.discoverWorkspace();
        };
        this.controller.refreshHandler = () => this.discoverWorkspace();
        this.controller.createRunProfile(t('runProfile'), vscode.TestRunProfileKind.Run, (request, token) => void this.run(request, token), true);
        this.disposables.push(
            vscode.workspace.onDidChangeTextDocument(e => this.schedule(e.document)),
            vscode.workspace.onDidOpenTextDocument(d => this.schedule(d)),
        );
    }

    dispose(): void {
        this.disposables.forEach(d => d.dispose());
        this.controller.dispose();
    }

    async discoverWorkspace(): Promise<void> {
        const files = await vscode.workspace.findFiles('**/*.zeren', '**/node_modules/**');
        await Promise.all(files.map(uri => this.discoverFile(uri.toString())));
    }

    private schedule(document: vscode.TextDocument): void {
        if (document.languageId !== 'zeren') return;
        const key = document.uri.toString();
        clearTimeout(this.pending.get(key));
        this.pending.set(key, setTimeout(() => void this.discoverFile(key), 400));
    }

    async discoverFile(uri: string): Promise<vscode.TestItem | undefined> {
        const scenarios = await listScenarios(this.client, { uri });
        if (!scenarios.length) {
            this.controller.items.delete(uri);
            return undefined;
        }
        const fileUri = vscode.Uri.parse(uri);
        const file = this.controller.items.get(uri) ?? this.controller.createTestItem(uri, vscode.workspace.asRelativePath(fileUri), fileUri);
        const suites = new Map<string, vscode.TestItem[]>();
        const suiteItems = new Map<string, vscode.TestItem>();
        for (const s of scenarios) {
            const suiteId = `${uri}#${s.suite}`;
            if (!suiteItems.has(suiteId)) {
                suiteItems.set(suiteId, file.children.get(suiteId) ?? this.controller.createTestItem(suiteId, s.suite, fileUri));
                suites.set(suiteId, []);
            }
            const id = scenarioId(s);
            const item = suiteItems.get(suiteId)!.children.get(id) ?? this.controller.createTestItem(id, s.scenario, fileUri);
            item.range = toRange(s.loc);
            suites.get(suiteId)!.push(item);
        }
        for (const [id, suite] of suiteItems) suite.children.replace(suites.get(id)!);
        file.children.replace([...suiteItems.values()]);
        this.controller.items.add(file);
        return file;
    }

    /** Runs the given items (or everything) and reports each scenario's result. */
    async run(request: vscode.TestRunRequest, token?: vscode.CancellationToken): Promise<ScenarioRun[]> {
        const run = this.controller.createTestRun(request);
        const roots: vscode.TestItem[] = [];
        if (request.include) roots.push(...request.include);
        else this.controller.items.forEach(i => roots.push(i));
        const excluded = new Set(request.exclude ?? []);
        const results: ScenarioRun[] = [];
        try {
            for (const root of roots) {
                if (token?.isCancellationRequested || excluded.has(root)) continue;
                const [uri, suite, scenario] = root.id.split('#');
                leaves(root).forEach(l => run.started(l));
                const runs = await evaluateScenarios(this.client, { uri, suite, scenario, lang: isZh() ? 'zh' : 'en' });
                for (const r of runs) {
                    const item = this.find(r);
                    if (!item || excluded.has(item)) continue;
                    report(run, item, r);
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
        const file = this.controller.items.get(query.uri) ?? (await this.discoverFile(query.uri));
        if (!file) return [];
        if (!query.suite) return [file];
        const suite = file.children.get(`${query.uri}#${query.suite}`);
        if (!suite) return [];
        if (!query.scenario) return [suite];
        const item = suite.children.get(`${query.uri}#${query.suite}#${query.scenario}`);
        return item ? [item] : [];
    }

    private find(r: ScenarioInfo): vscode.TestItem | undefined {
        return this.controller.items.get(r.uri)?.children.get(`${r.uri}#${r.suite}`)?.children.get(scenarioId(r));
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

function leaves(item: vscode.TestItem): vscode.TestItem[] {
    if (item.children.size === 0) return [item];
    const out: vscode.TestItem[] = [];
    item.children.forEach(c => out.push(...leaves(c)));
    return out;
}

function scenarioId(s: ScenarioInfo): string {
    return `${s.uri}#${s.suite}#${s.scenario}`;
}

function toRange(loc: Loc): vscode.Range {
    return new vscode.Range(loc.range.start.line, loc.range.start.character, loc.range.end.line, loc.range.end.character);
}
