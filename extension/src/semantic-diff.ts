import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExecuteCommandRequest } from 'vscode-languageclient';
import { isZh, t } from './messages.js';

/** Mirrors the Node server's zeren.diffAgainstHead reply (language/src/lsp/zeren-diff-command.ts). */
interface DiffReply { ok: boolean; reason?: string; file?: string; changed?: boolean; zh: string; en: string; text: string }

const SCHEME = 'zeren-diff';

/**
 * "Semantic diff against the last commit": the server reads the file's HEAD version with git and
 * diffs it with the editor's text through @zeren/diff; the result opens as a read-only document.
 * Desktop only (the web extension has no git: see registerSemanticDiffUnavailable); outside a
 * repository the server says so. In Restricted Mode git is not run.
 */
export function registerSemanticDiff(client: BaseLanguageClient): vscode.Disposable[] {
    const contents = new Map<string, string>();
    const changed = new vscode.EventEmitter<vscode.Uri>();
    const provider: vscode.TextDocumentContentProvider = { onDidChange: changed.event, provideTextDocumentContent: uri => contents.get(uri.toString()) ?? '' };
    return [
        changed,
        vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
        vscode.commands.registerCommand('zeren.semanticDiff', async (target?: vscode.Uri) => {
            const uri = target ?? vscode.window.activeTextEditor?.document.uri;
            if (!uri) return undefined;
            if (!vscode.workspace.isTrusted) {
                const trust = t('trustWorkspace');
                if ((await vscode.window.showWarningMessage(t('diffUntrusted'), trust)) === trust) await vscode.commands.executeCommand('workbench.trust.manage');
                return { ok: false, reason: 'untrusted' };
            }
            const reply = (await client.sendRequest(ExecuteCommandRequest.type, {
                command: 'zeren.diffAgainstHead',
                arguments: [{ uri: uri.toString(), lang: isZh() ? 'zh' : 'en' }],
            })) as DiffReply;
            if (!reply.ok) {
                void vscode.window.showWarningMessage(reply.text);
                return reply;
            }
            const view = vscode.Uri.from({ scheme: SCHEME, path: `/${reply.file}.diff` });
            contents.set(view.toString(), reply.text);
            changed.fire(view);
            const doc = await vscode.workspace.openTextDocument(view);
            await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
            return reply;
        }),
    ];
}

/** VS Code for the Web: the command stays in the palette and says why it cannot run. */
export function registerSemanticDiffUnavailable(): vscode.Disposable[] {
    return [
        vscode.commands.registerCommand('zeren.semanticDiff', () => {
            void vscode.window.showInformationMessage(t('diffWeb'));
            return { ok: false, reason: 'web' };
        }),
    ];
}
