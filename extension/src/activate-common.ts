import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerScenarioCommands } from './scenario-commands.js';
import { ScenarioTests } from './scenario-tests.js';
import type { ActivationTiming } from './load-timing.js';
import { messageLang } from './messages.js';
import { registerFactSchema } from './fact-schema.js';
import { registerFactFileDiagnostics } from './fact-file-diagnostics.js';

/**
 * The extension's one output channel: the client's log and the activation line. (Left to itself
 * the language client makes a second channel of the same name.)
 */
let output: vscode.LogOutputChannel | undefined;
function outputChannel(): vscode.LogOutputChannel {
    return (output ??= vscode.window.createOutputChannel('Zeren', { log: true }));
}

/** Client options shared by the desktop and web extensions. */
export function clientOptions(): LanguageClientOptions {
    return {
        documentSelector: [{ language: 'zeren' }],
        // The server renders its messages in this language from the start; later changes of
        // zeren.language reach it as workspace/didChangeConfiguration (it re-publishes diagnostics).
        initializationOptions: { lang: messageLang() },
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.zeren') },
        outputChannel: outputChannel(),
    };
}

/**
 * The semantic diff's context key: 'available' where the desktop extension runs with git,
 * 'untrusted' in Restricted Mode, 'web' in VS Code for the Web. The palette shows the command
 * in all three; outside 'available' it says why it cannot run.
 */
export function setSemanticDiffContext(state: 'available' | 'untrusted' | 'web'): void {
    void vscode.commands.executeCommand('setContext', 'zeren.semanticDiffState', state);
}

/** Starts the client and wires the Test Explorer and commands; returns the API for tests. */
export async function activateWith(context: vscode.ExtensionContext, client: BaseLanguageClient, timing: ActivationTiming) {
    const tests = new ScenarioTests(client);
    const channel = outputChannel();
    context.subscriptions.push(tests, channel, ...registerScenarioCommands(client, tests), ...registerFactSchema(client), ...registerFactFileDiagnostics(client), { dispose: () => void client.stop() });
    // Activation ends once the client is wired; the server keeps starting in the background.
    const activateMs = performance.now() - timing.activateStart;
    const activationMs = timing.loadMs + activateMs;
    channel.info(`Zeren activated in ${activationMs.toFixed(1)} ms (code loading ${timing.loadMs.toFixed(1)} ms + activate ${activateMs.toFixed(1)} ms)`);
    const ready = client.start().then(() => tests.discoverWorkspace());
    return { client, tests, activationMs, ready };
}
