// VS Code for the Web entry: the language server runs in a Web Worker.
const startedAt = performance.now();
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, clientOptions } from './activate-common.js';

export function activate(context: vscode.ExtensionContext) {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-browser.js');
    const worker = new Worker(serverMain.toString(true));
    const client = new LanguageClient('zeren', 'Zeren', worker, clientOptions());
    return activateWith(context, client, startedAt);
}

export function deactivate(): void {}
