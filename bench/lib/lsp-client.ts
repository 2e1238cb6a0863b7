import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export interface Published { uri: string; diagnostics: unknown[]; at: number }

/** A bare LSP client over stdio: starts the server, records every publishDiagnostics with its time. */
export class LspClient {
    readonly process: ChildProcess;
    readonly connection: MessageConnection;
    private waiters: { uri?: string; after: number; resolve: (p: Published) => void }[] = [];
    readonly published: Published[] = [];

    constructor(serverJs: string) {
        // ZEREN_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server.
        const nodeArgs = (process.env.ZEREN_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
        this.process = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
            const entry = { uri: p.uri, diagnostics: p.diagnostics, at: performance.now() };
            this.published.push(entry);
            this.waiters = this.waiters.filter(w => {
                if ((w.uri && w.uri !== p.uri) || entry.at < w.after) return true;
                w.resolve(entry);
                return false;
            });
        });
        // Answer what servers ask of clients: configuration (one empty section per item), registrations.
        this.connection.onRequest((method: string, params: unknown) =>
            method === 'workspace/configuration' ? ((params as { items?: unknown[] }).items ?? []).map(() => ({})) : null);
        this.connection.listen();
    }

    async initialize(folder: string): Promise<void> {
        const uri = pathToFileURL(folder).toString();
        await this.connection.sendRequest('initialize', {
            processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }],
            capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { workspaceFolders: true, configuration: true } },
        });
        await this.connection.sendNotification('initialized', {});
    }

    /** The next publishDiagnostics (for `uri` if given) after now. */
    next(uri?: string, timeoutMs = 120_000): Promise<Published> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri ?? 'any file'} within ${timeoutMs} ms`)), timeoutMs);
            this.waiters.push({ uri, after: performance.now(), resolve: p => { clearTimeout(timer); resolve(p); } });
        });
    }

    open(file: string, text: string): string {
        const uri = pathToFileURL(file).toString();
        void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'zeren', version: 1, text } });
        return uri;
    }

    change(uri: string, version: number, text: string): void {
        void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    rssBytes(): number {
        const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    }

    async stop(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
            void this.connection.sendNotification('exit');
        } catch { /* already gone */ }
        // Give the server a moment to exit by itself (a --cpu-prof profile is written on exit).
        if (this.process.exitCode === null) await new Promise(r => { this.process.once('exit', r); setTimeout(r, 5000); });
        this.connection.dispose();
        if (this.process.exitCode === null) this.process.kill();
    }
}
