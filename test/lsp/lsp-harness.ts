import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest,
    PublishDiagnosticsNotification, type Diagnostic, type InitializeResult, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER = join(ROOT, 'extension/dist/server.cjs');

/** A built language server started over stdio on a temp copy of examples/, with an LSP client. */
export class LspHarness {
    readonly dir: string;
    readonly connection: MessageConnection;
    private readonly child: ChildProcess;
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    /** How many times diagnostics were published per URI: a new publish means a rebuild finished. */
    private readonly published = new Map<string, number>();
    private readonly waiters: (() => void)[] = [];
    private readonly versions = new Map<string, number>();
    private lastPublish = Date.now();
    stderr = '';
    /** Set once the server process has exited (a crash, unless dispose() ended it). */
    exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;

    /** `nodeArgs` go before the script, e.g. `--max-old-space-size=512` to cap the server's heap. */
    constructor(extraFiles: Record<string, string> = {}, nodeArgs: string[] = []) {
        if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
        this.dir = mkdtempSync(join(tmpdir(), 'zeren-lsp-'));
        cpSync(join(ROOT, 'examples'), join(this.dir, 'examples'), { recursive: true });
        for (const [rel, text] of Object.entries(extraFiles)) writeFile(join(this.dir, rel), text);
        this.child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stderr!.on('data', d => (this.stderr += String(d)));
        this.child.on('exit', (code, signal) => (this.exit = { code, signal }));
        // Writes racing the server's exit must not surface as unhandled errors.
        this.child.stdin!.on('error', () => undefined);
        this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
        this.connection.onNotification(PublishDiagnosticsNotification.type, p => {
            this.diagnostics.set(p.uri, p.diagnostics);
            this.published.set(p.uri, (this.published.get(p.uri) ?? 0) + 1);
            this.lastPublish = Date.now();
            this.waiters.splice(0).forEach(w => w());
        });
        this.connection.onRequest('workspace/configuration', () => []);
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
    }

    async initialize(lang: 'zh' | 'en' = 'zh'): Promise<InitializeResult> {
        const rootUri = pathToFileURL(this.dir).toString();
        const result = await this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri,
            locale: lang === 'zh' ? 'zh-cn' : 'en',
            workspaceFolders: [{ uri: rootUri, name: 'ws' }],
            capabilities: {
                workspace: { workspaceEdit: { documentChanges: false }, workspaceFolders: true },
                textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: {} },
                window: { workDoneProgress: true },
            },
        });
        await this.connection.sendNotification(InitializedNotification.type, {});
        return result;
    }

    /** The server's process id (to read its memory from /proc). */
    get pid(): number {
        return this.child.pid!;
    }

    uri(rel: string): string {
        return pathToFileURL(join(this.dir, rel)).toString();
    }

    text(rel: string): string {
        return readFileSync(join(this.dir, rel), 'utf8');
    }

    async open(rel: string, text = this.text(rel)): Promise<string> {
        const uri = this.uri(rel);
        this.versions.set(uri, 1);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'zeren', version: 1, text } });
        return uri;
    }

    async change(uri: string, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** Sends incremental (range) changes, applied by the server in order, as one new version. */
    async changeRanges(uri: string, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    }

    /** The diagnostics last published for `uri` (undefined before the first publish). */
    currentDiagnostics(uri: string): Diagnostic[] | undefined {
        return this.diagnostics.get(uri);
    }

    /** A copy of the diagnostics last published for every URI. */
    allDiagnostics(): Map<string, Diagnostic[]> {
        return new Map(this.diagnostics);
    }

    /**
     * Waits until no diagnostics have been published for `quietMs` (counted from the call at the
     * earliest): the server has finished rebuilding, including the dependents it rebuilds after a
     * pause in typing.
     */
    async settle(quietMs = 1000, timeoutMs = 30000): Promise<void> {
        const start = Date.now();
        const deadline = start + timeoutMs;
        for (;;) {
            const quietFor = Date.now() - Math.max(this.lastPublish, start);
            if (quietFor >= quietMs) return;
            if (Date.now() >= deadline) throw new Error(`diagnostics still being published after ${timeoutMs} ms\n${this.stderr}`);
            await new Promise(r => setTimeout(r, Math.min(quietMs - quietFor, deadline - Date.now()) + 5));
        }
    }

    /**
     * Changes a file and waits until the files that depend on it (scenario files of a rule file)
     * have been rebuilt: the server rebuilds them after a pause in typing, so a request on one of
     * them right after the change could otherwise see the state before it.
     */
    async changeAndSettle(uri: string, text: string, dependents: string[], timeoutMs = 15000): Promise<void> {
        const marks = dependents.map(d => this.published.get(d) ?? 0);
        await this.change(uri, text);
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            if (dependents.every((d, i) => (this.published.get(d) ?? 0) > marks[i])) return;
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`no rebuild of ${dependents.join(', ')} after changing ${uri}\n${this.stderr}`);
            await new Promise<void>(res => {
                const t = setTimeout(res, left);
                this.waiters.push(() => (clearTimeout(t), res()));
            });
        }
    }

    /** Waits until the diagnostics published for `uri` satisfy `ok`. */
    async diagnosticsFor(uri: string, ok: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 15000): Promise<Diagnostic[]> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const current = this.diagnostics.get(uri);
            if (current && ok(current)) return current;
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(current?.map(d => d.code))}\n${this.stderr}`);
            await new Promise<void>(res => {
                const t = setTimeout(res, left);
                this.waiters.push(() => (clearTimeout(t), res()));
            });
        }
    }

    async dispose(): Promise<void> {
        const exited = new Promise(r => (this.child.exitCode !== null ? r(null) : this.child.once('exit', r)));
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 1000))]);
            await this.connection.sendNotification('exit');
        } catch { /* already gone */ }
        await Promise.race([exited, new Promise(r => setTimeout(r, 2000))]);
        this.child.kill();
        this.connection.dispose();
        rmSync(this.dir, { recursive: true, force: true });
    }
}

function writeFile(path: string, text: string): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
}

/** Offset helpers: the position of the n-th occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, nth = 0, delta = 0): { line: number; character: number } {
    let index = -1;
    for (let i = 0; i <= nth; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`'${needle}' not found`);
    }
    index += delta;
    const before = text.slice(0, index).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Applies LSP text edits to a text (edits sorted from last to first so offsets stay valid). */
export function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((a, l) => a + l.length + 1, 0) + p.character;
    const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
    let out = text;
    for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
    return out;
}
