import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerScenarioCommands } from './scenario-commands.js';
import { ScenarioTests } from './scenario-tests.js';
import type { ActivationTiming } from './load-timing.js';

/** Client options shared by the desktop and web extensions. */
export function clientOptions(): LanguageClientOptions {
    return {
        documentSelector: [{ language: 'zeren' }],
        // The server renders its messages in VS Code's display language.
        initializationOptions: { lang: vscode.env.language },
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.zeren') },
    };
}

/** Starts the client and wires the Test Explorer and commands; returns the API for tests. */
export async function activateWith(context: vscode.ExtensionContext, client: BaseLanguageClient, timing: ActivationTiming) {
    const tests = new ScenarioTests(client);
    context.subscriptions.push(tests, ...registerScenarioCommands(client, tests), { dispose: () => void client.stop() });
    const output = vscode.window.createOutputChannel('Zeren');
    context.subscriptions.push(output);
    // Activation ends once the client is wired; the server keeps starting in the background.
    const activateMs = performance.now() - timing.activateStart;
    const activationMs = timing.loadMs + activateMs;
    output.appendLine(`Zeren activated in ${activationMs.toFixed(1)} ms (code loading ${timing.loadMs.toFixed(1)} ms + activate ${activateMs.toFixed(1)} ms)`);
    const ready = client.start().then(() => tests.discoverWorkspace());
    return { client, tests, activationMs, ready };
}
