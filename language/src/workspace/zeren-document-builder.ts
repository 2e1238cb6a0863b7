import type { BuildOptions, Cancellation, LangiumDocument, URI } from 'langium';
import { DefaultDocumentBuilder, DocumentState, OperationCancelled } from 'langium';

/** How long the dependents of an edited file wait for typing to pause before they are rebuilt. */
export const DEPENDENTS_DELAY_MS = 120;

/**
 * The language server's document builder. Langium rebuilds an edited file together with every
 * file that references it (scenario files referencing a rule file), phase by phase, so the edited
 * file's diagnostics would wait until all of them are relinked and revalidated, and a keystroke
 * arriving meanwhile waits for the document being processed. Here the re-parsed files are built
 * and validated first (their diagnostics are published at once); the files that only need
 * relinking follow after a short pause in typing. A keystroke during the pause cancels them; they
 * stay marked as incomplete and are rebuilt with the next update.
 */
export class ZerenDocumentBuilder extends DefaultDocumentBuilder {
    delayMs = DEPENDENTS_DELAY_MS;

    /** The files the update in progress was asked to rebuild (edited ones), those of them it has validated, and its end. */
    private changing: { uris: Set<string>; validated: Set<string>; ended: Promise<void> } | undefined;

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        let end!: () => void;
        const changing = { uris: new Set(changed.map(uri => uri.toString())), validated: new Set<string>(), ended: new Promise<void>(resolve => (end = resolve)) };
        this.changing = changing;
        const validated = this.onDocumentPhase(DocumentState.Validated, document => void changing.validated.add(document.uri.toString()));
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            validated.dispose();
            if (this.changing === changing) this.changing = undefined;
            end();
        }
    }

    /**
     * Resolves once a file the update in progress rebuilds is validated (its diagnostics are then
     * being published, see diagnostics-first.ts); at once for any other file, and at the latest
     * when that update ends, cancelled by the next change say, so a request never waits longer
     * than Langium would make it.
     */
    whenValidated(uri: URI, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const changing = this.changing;
        const key = uri.toString();
        if (!changing?.uris.has(key) || changing.validated.has(key) || cancelToken.isCancellationRequested) return Promise.resolve();
        return new Promise<void>(resolve => {
            const done = (): void => {
                phase.dispose();
                cancel.dispose();
                resolve();
            };
            const phase = this.onDocumentPhase(DocumentState.Validated, validated => {
                if (validated.uri.toString() === key) done();
            });
            const cancel = cancelToken.onCancellationRequested(done);
            void changing.ended.then(done);
        });
    }

    /**
     * Langium relinks a document when the reference index says it points into a changed file, or
     * when it has linking errors. The index holds a document's links only once it reached
     * IndexedReferences; a document whose build was cancelled before that (common here: dependents
     * wait for a pause in typing) may already hold resolved references (its linking stopped part
     * way, or another file's validation lowered it and resolved them lazily) into a parse of a file
     * that has changed since. The linker skips resolved references, so those stale links would
     * survive the rebuild (found by the LSP fuzzer: a city rule file's 细化 targets pointed into an
     * old parse of the province file). Relink such documents on every update: they are rebuilt anyway.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return document.state < DocumentState.IndexedReferences || super.shouldRelink(document, changedUris);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const edited = documents.filter(d => d.state < DocumentState.ComputedScopes);
        if (edited.length === 0 || edited.length === documents.length) return super.buildDocuments(documents, options, cancelToken);
        const dependents = documents.filter(d => !edited.includes(d));
        await super.buildDocuments(edited, options, cancelToken);
        // The workspace is not fully built yet: requests on a dependent must wait for it
        // (Langium fails a request whose document lags behind the workspace state).
        this.currentState = Math.min(...dependents.map(d => d.state));
        await pause(this.delayMs, cancelToken);
        await super.buildDocuments(dependents, options, cancelToken);
    }
}

/** Waits `ms`, or less if the operation is cancelled (then throws, as Langium's builder does). */
async function pause(ms: number, token: Cancellation.CancellationToken): Promise<void> {
    if (ms > 0 && !token.isCancellationRequested) {
        await new Promise<void>(resolve => {
            const timer = setTimeout(done, ms);
            const listener = token.onCancellationRequested(done);
            function done() {
                clearTimeout(timer);
                listener.dispose();
                resolve();
            }
        });
    }
    if (token.isCancellationRequested) throw OperationCancelled;
}
