import type { LangiumDocument, ReferenceDescription } from 'langium';
import { Cancellation, DefaultReferenceDescriptionProvider } from 'langium';
import { forEachReference } from '../references/references-in-order.js';

/** Langium's reference index entries, from the references the linker walked (see references-in-order.ts). */
export class ZerenReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await forEachReference(document.parseResult.value, cancelToken, reference => {
            if (!reference.reference.error) descriptions.push(...this.createInfoDescriptions(reference));
        });
        return descriptions;
    }
}
