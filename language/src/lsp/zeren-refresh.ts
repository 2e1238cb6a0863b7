import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { CodeLensRefreshRequest, InlayHintRefreshRequest } from 'vscode-languageserver';

/**
 * Code lenses and inlay hints of a scenario file show results computed from its rule file, so
 * after any rebuild the client is asked to re-request them (clients only do so on their own for
 * the document that changed).
 */
export function refreshDerivedViews(shared: LangiumSharedServices): void {
    let lenses = false;
    let hints = false;
    shared.lsp.LanguageServer.onInitialize(params => {
        lenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
        hints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    });
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        const connection = shared.lsp.Connection;
        if (!connection) return;
        if (lenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
        if (hints) void connection.sendRequest(InlayHintRefreshRequest.type).catch(() => undefined);
    });
}
