import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { evaluateScenarios, listScenarios } from './protocol.js';
import type { ScenarioTests } from './scenario-tests.js';
import { messageLang, t } from './messages.js';
import { ExplanationView } from './explanation-view.js';

interface Query { uri: string; suite?: string; scenario?: string }

/** Commands: run scenarios (through the Test Explorer so results show there), explain, format. */
export function registerScenarioCommands(client: BaseLanguageClient, tests: ScenarioTests): vscode.Disposable[] {
    const explanations = new ExplanationView();
    const runQuery = async (query: Query | undefined) => {
        const q = query ?? activeQuery();
        if (!q) return [];
        const items = await tests.itemsFor(q);
        if (!items.length) {
            void vscode.window.showInformationMessage(t('noScenarios'));
            return [];
        }
        return tests.run(new vscode.TestRunRequest(items));
    };
    return [
        explanations,
        vscode.commands.registerCommand('zeren.runScenario', runQuery),
        vscode.commands.registerCommand('zeren.runScenarios', () => runQuery(activeQuery())),
        vscode.commands.registerCommand('zeren.showExplanation', async (query?: Query) => {
            const q = query ?? (await scenarioAtCursor(client));
            if (!q) return;
            const runs = await evaluateScenarios(client, { ...q, lang: messageLang() });
            explanations.show(runs);
            return runs;
        }),
        vscode.commands.registerCommand('zeren.format', () => vscode.commands.executeCommand('editor.action.formatDocument')),
    ];
}

function activeQuery(): Query | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === 'zeren' ? { uri: editor.document.uri.toString() } : undefined;
}

/** The scenario whose header is nearest above the cursor, else the whole file. */
async function scenarioAtCursor(client: BaseLanguageClient): Promise<Query | undefined> {
    const q = activeQuery();
    const editor = vscode.window.activeTextEditor;
    if (!q || !editor) return undefined;
    const line = editor.selection.active.line;
    const above = (await listScenarios(client, q)).filter(s => s.loc.range.start.line <= line);
    const nearest = above[above.length - 1];
    return nearest ? { uri: q.uri, suite: nearest.suite, scenario: nearest.scenario } : q;
}
