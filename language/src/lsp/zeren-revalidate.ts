import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Validates every loaded file again (their diagnostics are published anew), e.g. after the
 * message language changed. Runs under the workspace lock like any other update; an edit
 * arriving meanwhile cancels it, and the files not yet revalidated are rebuilt with that edit.
 */
export function revalidateAll(shared: LangiumSharedServices): Promise<void> {
    const documents = shared.workspace.LangiumDocuments.all.toArray();
    return shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.build(documents, { validation: true }, token));
}
