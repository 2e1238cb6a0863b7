import type { Annotated } from '@zeren/model';
import { formatCitation } from '@zeren/model';
import type { ElementRef, MeasureSink } from './measure.js';
import { quote } from './canonical-values.js';

/**
 * 原文 and 注 are part of what a reviewer signs off (the quoted text and the reading chosen),
 * so they are measures too; only their content counts, never where they sit in the file.
 */
export function addAnnotations(sink: MeasureSink, element: ElementRef, a: Annotated, options: { citation?: boolean } = {}): void {
    if (options.citation ?? true) sink.add(element, 'citation', a.citation ? formatCitation(a.citation) : undefined);
    if (a.sourceText.length) sink.add(element, 'source', a.sourceText.map(quote).join(' '));
    if (a.notes.length) sink.add(element, 'note', a.notes.map(quote).join(' '));
}
