import type { Annotated, Lang } from '@zeren/model';
import { label } from './hover-labels.js';

/** A document title in book-title marks, once: titles are often written with their own 《》 (and a note after them). */
export function bookTitle(title: string): string {
    return title.startsWith('《') ? title : `《${title}》`;
}

/** A hover head followed by the element's 原文 quotes and 注 notes. */
export function annotated(head: string, a: Partial<Annotated>, lang: Lang): string {
    const parts = [head];
    for (const s of a.sourceText ?? []) parts.push(`> ${label('sourceText', lang)}：${s}`);
    for (const n of a.notes ?? []) parts.push(`*${label('note', lang)}*：${n}`);
    return parts.join('\n\n');
}
