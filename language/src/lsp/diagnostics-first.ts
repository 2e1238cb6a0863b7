import type { Cancellation } from 'langium';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { addDocumentSymbolHandler, addFoldingRangeHandler, addSemanticTokenHandler, startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { ZerenDocumentBuilder } from '../workspace/zeren-document-builder.js';

type Handler = (params: { textDocument: { uri: string } }, cancelToken: Cancellation.CancellationToken, ...rest: unknown[]) => unknown;

/**
 * Langium's language server, with the colours, the outline and folding of a file answered after
 * the diagnostics of the change that prompted them. VS Code asks for all three after every
 * change; Langium answers them once the file is parsed (outline, folding) or linked (colours), in
 * the middle of the rebuild, so on a large file they delayed its diagnostics by their own cost.
 * Here Langium's handlers, with their usual required states, first wait until the update in
 * progress has validated the file, if it rebuilds it, and its diagnostics are written to the
 * client. The editor shows the previous answer meanwhile.
 */
export function startZerenLanguageServer(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection!;
    const written = recordDiagnosticsWritten(connection);
    startLanguageServer(shared);
    const builder = shared.workspace.DocumentBuilder as ZerenDocumentBuilder;
    const after = (handler: Handler): Handler => async (params, cancelToken, ...rest) => {
        const uri = URI.parse(params.textDocument.uri);
        await builder.whenValidated(uri, cancelToken);
        await written.get(uri.toString());
        return handler(params, cancelToken, ...rest);
    };
    // Langium's own registrations, made again through a connection that wraps the handler
    // (registering a request handler again replaces the one startLanguageServer registered).
    addDocumentSymbolHandler(wrapped({ onDocumentSymbol: (h: Handler) => connection.onDocumentSymbol(after(h) as never) }), shared);
    addFoldingRangeHandler(wrapped({ onFoldingRanges: (h: Handler) => connection.onFoldingRanges(after(h) as never) }), shared);
    const tokens = connection.languages.semanticTokens;
    addSemanticTokenHandler(wrapped({
        languages: {
            semanticTokens: {
                on: (h: Handler) => tokens.on(after(h) as never),
                onDelta: (h: Handler) => tokens.onDelta(after(h) as never),
                onRange: (h: Handler) => tokens.onRange(after(h) as never),
            },
        },
    }), shared);
}

/**
 * The last publication of each file's diagnostics, settled once written. Langium's diagnostics
 * handler does not wait for the write, which the connection makes over later turns of the event
 * loop (a request computed meanwhile would hold it back).
 */
function recordDiagnosticsWritten(connection: Connection): Map<string, Promise<void>> {
    const written = new Map<string, Promise<void>>();
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => {
        const sent = send(params);
        written.set(URI.parse(params.uri).toString(), sent.then(ignore, ignore));
        return sent;
    };
    return written;
}

function ignore(): void {}

function wrapped(registrations: Record<string, unknown>): Connection {
    return registrations as unknown as Connection;
}
