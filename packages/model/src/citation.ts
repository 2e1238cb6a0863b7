/**
 * Citations of the source text: 〔第二十二条（四）〕, 〔第十八条第二款〕, 〔五、2〕.
 * The article and clause are extracted so a rule can be put beside its article.
 */
export interface Citation {
    /** The text between 〔 and 〕. */
    text: string;
    /** 第二十二条, when the citation names an article. */
    article?: string;
    /** （四）, when it names a clause. */
    clause?: string;
}

const ARTICLE = /第[一二三四五六七八九十百零〇两0-9]+条/;
const CLAUSE = /（[一二三四五六七八九十百]+）/;

export function parseCitation(raw: string): Citation {
    const text = raw.replace(/^〔/, '').replace(/〕$/, '').trim();
    const article = ARTICLE.exec(text)?.[0];
    const clause = CLAUSE.exec(text)?.[0];
    return { text, article, clause };
}

/** A clause label inherits the article of its rule: （四） under 〔第二十二条〕 → 第二十二条（四）. */
export function clauseCitation(parent: Citation | undefined, label: string, own?: Citation): Citation {
    if (own) return own;
    const article = parent?.article;
    return { text: `${article ?? parent?.text ?? ''}${label}`, article, clause: label };
}

export function formatCitation(c: Citation | undefined): string {
    return c ? `〔${c.text}〕` : '';
}
