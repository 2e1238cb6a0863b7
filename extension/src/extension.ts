// Desktop (Node) entry: the language server runs as a child process over IPC.
const startedAt = performance.now();
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateWith, clientOptions } from './activate-common.js';
import { registerSemanticDiff } from './semantic-diff.js';

export function activate(context: vscode.ExtensionContext) {
    const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    const client = new LanguageClient('zeren', 'Zeren', {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    }, clientOptions());
    context.subscriptions.push(...registerSemanticDiff(client));
    return activateWith(context, client, startedAt);
}

export function deactivate(): void {}
