import type { Citation } from '@zeren/model';
import { chineseNumber } from '@zeren/model';

/**
 * Changes are grouped by the article they cite, in the order of the text. A citation that
 * names no article (〔五、2〕) groups under its own text.
 */
export function declarationsArticle(c: Citation | undefined): string | undefined {
    if (!c) return undefined;
    return c.article ?? (c.text || undefined);
}

export function compareArticles(a: string | null, b: string | null): number {
    // Declarations citing no article come last.
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    const na = chineseNumber(a), nb = chineseNumber(b);
    if (na !== undefined && nb !== undefined && na !== nb) return na - nb;
    if (na !== undefined && nb === undefined) return -1;
    if (na === undefined && nb !== undefined) return 1;
    return a < b ? -1 : 1;
}
