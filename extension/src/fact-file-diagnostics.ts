import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExecuteCommandRequest } from 'vscode-languageclient';
import { messageLang } from './messages.js';

interface Problem { line: number; column: number; path: string; message: string }

/** YAML fact files: *.facts.yaml / *.facts.yml and *.yaml / *.yml in a `facts` folder. */
const YAML_FACT_FILE = /(\.facts\.ya?ml|[\\/]facts[\\/][^\\/]+\.ya?ml)$/i;

/**
 * Diagnostics for YAML fact files, from the language server's zeren.checkFactFile (the checks of
 * `zeren run`: shape, subject, each value typed by the rules). JSON fact files are checked and
 * completed by VS Code's JSON support with the schema of fact-schema.ts.
 */
export function registerFactFileDiagnostics(client: BaseLanguageClient): vscode.Disposable[] {
    const collection = vscode.languages.createDiagnosticCollection('zeren-facts');
    const pending = new Map<string, ReturnType<typeof setTimeout>>();
    const isFactFile = (d: vscode.TextDocument) => d.uri.scheme !== 'git' && YAML_FACT_FILE.test(d.uri.path);
    const check = async (d: vscode.TextDocument) => {
        const version = d.version;
        await client.start().catch(() => undefined);
        const problems = (await client.sendRequest(ExecuteCommandRequest.type, {
            command: 'zeren.checkFactFile',
            arguments: [{ uri: d.uri.toString(), text: d.getText(), lang: messageLang() }],
        })) as Problem[];
        if (d.isClosed || d.version !== version) return;
        collection.set(d.uri, problems.map(p => {
            const at = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
            const diagnostic = new vscode.Diagnostic(d.getWordRangeAtPosition(at, /[^\s:,]+/) ?? new vscode.Range(at, at), p.message, vscode.DiagnosticSeverity.Error);
            diagnostic.source = 'Zeren';
            diagnostic.code = p.path || undefined;
            return diagnostic;
        }));
    };
    const schedule = (d: vscode.TextDocument) => {
        if (!isFactFile(d)) return;
        const key = d.uri.toString();
        clearTimeout(pending.get(key));
        pending.set(key, setTimeout(() => void check(d).catch(() => undefined), 300));
    };
    const recheckAll = () => vscode.workspace.textDocuments.forEach(schedule);
    recheckAll();
    return [
        collection,
        vscode.workspace.onDidOpenTextDocument(schedule),
        vscode.workspace.onDidChangeTextDocument(e => schedule(e.document)),
        vscode.workspace.onDidCloseTextDocument(d => collection.delete(d.uri)),
        // The rules type the facts: a saved rule file or another language re-checks them.
        vscode.workspace.onDidSaveTextDocument(d => d.languageId === 'zeren' && recheckAll()),
        vscode.workspace.onDidChangeConfiguration(e => e.affectsConfiguration('zeren.language') && recheckAll()),
    ];
}
