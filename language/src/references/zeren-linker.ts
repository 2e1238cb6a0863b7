import type { LangiumDocument } from 'langium';
import { Cancellation, DefaultLinker } from 'langium';
import { forEachReference } from './references-in-order.js';

/** Langium's linker, reaching the references through one plain walk of the tree (see references-in-order.ts). */
export class ZerenLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await forEachReference(document.parseResult.value, cancelToken, reference => this.doLink(reference, document));
    }
}
