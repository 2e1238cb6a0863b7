// Desktop (Node) entry: the language server runs as a child process over IPC.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateWith, clientOptions, setSemanticDiffContext } from './activate-common.js';
import { codeLoadingMs } from './load-timing.js';
import { registerSemanticDiff } from './semantic-diff.js';

// After the imports above are evaluated: the bundle's code has loaded.
const loadMs = codeLoadingMs();

export function activate(context: vscode.ExtensionContext) {
    const activateStart = performance.now();
    const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    const client = new LanguageClient('zeren', 'Zeren', {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    }, clientOptions());
    context.subscriptions.push(...registerSemanticDiff(client));
    // git runs only in a trusted workspace (Restricted Mode: diagnostics yes, git diff no).
    setSemanticDiffContext(vscode.workspace.isTrusted ? 'available' : 'untrusted');
    context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => setSemanticDiffContext('available')));
    return activateWith(context, client, { loadMs, activateStart });
}

export function deactivate(): void {}
