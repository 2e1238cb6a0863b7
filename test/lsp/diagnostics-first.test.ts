import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cancellation, DocumentState, EmptyFileSystem, URI } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateLargeRuleFile } from '../../bench/lib/large-file.js';
import { createZerenServices } from '../../language/src/lsp/zeren-lsp-module.js';
import type { ZerenDocumentBuilder } from '../../language/src/workspace/zeren-document-builder.js';
import { LspHarness, ROOT } from './lsp-harness.js';

// VS Code asks for the colours, the outline and folding after every change. The server answers
// them once the change's diagnostics are out (diagnostics-first.ts), and never leaves one unanswered.

const LARGE = 'large/rules.zeren';
const TEXT = generateLargeRuleFile(4000);
const VIEWS = ['textDocument/semanticTokens/full', 'textDocument/documentSymbol', 'textDocument/foldingRange'];

let h: LspHarness;
let uri: string;

beforeAll(async () => {
    h = new LspHarness({ [LARGE]: TEXT });
    await h.initialize('zh');
    uri = await h.open(LARGE);
    await h.diagnosticsFor(uri);
}, 30000);

afterAll(async () => h?.dispose());

describe('the editor\'s views of a changed file', () => {
    it('are answered after the diagnostics of the change that prompted them', async () => {
        for (let i = 1; i <= 3; i++) {
            const before = h.currentDiagnostics(uri);
            await h.change(uri, TEXT.replace('注 "', `注 "${'改'.repeat(i)}`));
            // The client handles messages in the order the server wrote them.
            const published = await Promise.all(VIEWS.map(method =>
                h.connection.sendRequest(method, { textDocument: { uri } }).then(() => h.currentDiagnostics(uri) !== before)));
            expect(published).toEqual([true, true, true]);
        }
    });

    it('are answered when the next change cancels the rebuild they waited for, with the latest text', async () => {
        const first = h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        await h.change(uri, TEXT.replace('注 "', '注 "甲'));
        const waiting = h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        const renamed = TEXT.replace(/^(主体 )(\S+)/m, '$1改名主体');
        await h.change(uri, renamed);
        const last = h.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        await Promise.all([first, waiting]);
        const names = (await last as DocumentSymbol[]).flatMap(s => [s.name, ...(s.children ?? []).map(c => c.name)]);
        expect(names).toContain('改名主体');
    });
});

describe('waiting for the validation of a changed file (in process)', () => {
    async function workspace() {
        const { shared } = createZerenServices({ ...EmptyFileSystem });
        const { TextDocuments, LangiumDocuments, LangiumDocumentFactory } = shared.workspace;
        const builder = shared.workspace.DocumentBuilder as ZerenDocumentBuilder;
        const rules = readFileSync(join(ROOT, 'examples/city/kaohe-2015/rules.zeren'), 'utf8');
        const uris = { rules: 'file:///ws/rules.zeren', other: 'file:///ws/other.zeren' };
        for (const uri of Object.values(uris)) {
            TextDocuments.set(TextDocument.create(uri, 'zeren', 1, rules.replace(/^文件 (\S+)/m, uri === uris.rules ? '文件 $1' : '文件 另一办法')));
            LangiumDocuments.addDocument(LangiumDocumentFactory.fromTextDocument(TextDocuments.get(uri)!));
        }
        await builder.build(LangiumDocuments.all.toArray(), { validation: true });
        const change = () => TextDocuments.set(TextDocument.create(uris.rules, 'zeren', 2, rules.replace('注 "', '注 "改')));
        const state = (uri: string) => LangiumDocuments.getDocument(URI.parse(uri))!.state;
        return { builder, uris, change, state };
    }

    it('waits for a file the update rebuilds until it is validated, and not for the others', async () => {
        const { builder, uris, change, state } = await workspace();
        change();
        const events: string[] = [];
        const update = builder.update([URI.parse(uris.rules)], []).then(() => events.push('update done'));
        const changed = builder.whenValidated(URI.parse(uris.rules), Cancellation.CancellationToken.None).then(() => events.push(`changed file ${DocumentState[state(uris.rules)]}`));
        const other = builder.whenValidated(URI.parse(uris.other), Cancellation.CancellationToken.None).then(() => events.push('other file'));
        await Promise.all([update, changed, other]);
        expect(events).toEqual(['other file', 'changed file Validated', 'update done']);
    });

    it('stops waiting when the update ends unfinished', async () => {
        const { builder, uris, change, state } = await workspace();
        change();
        const cancel = new Cancellation.CancellationTokenSource();
        const update = builder.update([URI.parse(uris.rules)], [], cancel.token).catch(() => 'cancelled');
        const changed = builder.whenValidated(URI.parse(uris.rules), Cancellation.CancellationToken.None).then(() => state(uris.rules));
        cancel.cancel();
        expect(await update).toBe('cancelled');
        expect(await changed).toBeLessThan(DocumentState.Validated);
    });
});
