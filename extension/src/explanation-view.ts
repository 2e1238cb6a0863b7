import * as vscode from 'vscode';
import { explanationHtml } from './explanation-html.js';
import { messageLang, t } from './messages.js';
import type { ScenarioRun } from './protocol.js';

/**
 * "Show explanation": a read-only webview beside the editor (closing it asks nothing, unlike an
 * untitled document). One panel, reused and revealed for the next explanation.
 */
export class ExplanationView implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;

    show(runs: ScenarioRun[]): vscode.WebviewPanel {
        const title = runs.length === 1 ? `${t('explanationTitle')}: ${runs[0].scenario}` : t('explanationTitle');
        if (!this.panel) {
            this.panel = vscode.window.createWebviewPanel('zeren.explanation', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: false, enableFindWidget: true });
            this.panel.onDidDispose(() => (this.panel = undefined));
        }
        this.panel.title = title;
        this.panel.webview.html = explanationHtml(runs, messageLang(), this.panel.webview.cspSource);
        this.panel.reveal(vscode.ViewColumn.Beside);
        return this.panel;
    }

    dispose(): void {
        this.panel?.dispose();
    }
}
