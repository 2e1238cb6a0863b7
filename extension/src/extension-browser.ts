// VS Code for the Web entry: the language server runs in a Web Worker.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, clientOptions, setSemanticDiffContext } from './activate-common.js';
import { registerSemanticDiffUnavailable } from './semantic-diff.js';
import { codeLoadingMs } from './load-timing.js';

// After the imports above are evaluated: the bundle's code has loaded.
const loadMs = codeLoadingMs();

export function activate(context: vscode.ExtensionContext) {
    const activateStart = performance.now();
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-browser.js');
    const worker = new Worker(serverMain.toString(true));
    const client = new LanguageClient('zeren', 'Zeren', worker, clientOptions());
    context.subscriptions.push(...registerSemanticDiffUnavailable());
    setSemanticDiffContext('web');
    return activateWith(context, client, { loadMs, activateStart });
}

export function deactivate(): void {}
