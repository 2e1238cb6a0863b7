import type { LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { Annotated, DocumentIR, Lang } from '@zeren/model';
import { formatCitation, parseCitation } from '@zeren/model';
import { isDocument } from '../generated/ast.js';
import { irOf } from './ir-lookup.js';
import { annotated, bookTitle } from './hover-text.js';
import type { ZerenLspServices } from './zeren-lsp-module.js';

/**
 * Hover on a citation 〔第十八条〕: the document, the article, and every element of the file that
 * cites that article (its clauses too), with the 原文 and 注 it carries.
 */
export function citationHover(services: ZerenLspServices, document: LangiumDocument, text: string, lang: Lang): string {
    const cited = parseCitation(text);
    const key = cited.article ?? cited.text;
    const root = document.parseResult.value;
    const docNode = AstUtils.streamAst(root).find(isDocument);
    const doc = docNode ? irOf<DocumentIR>(services, docNode) : undefined;
    const head = [`**${formatCitation(cited)}**`, doc ? `${bookTitle(doc.title ?? doc.name)}${doc.number ? ` ${doc.number}` : ''}` : undefined];
    const annotatedParts: string[] = [];
    const bare: string[] = [];
    for (const node of AstUtils.streamAst(root)) {
        const raw = (node as { citation?: unknown }).citation;
        if (typeof raw !== 'string') continue;
        const c = parseCitation(raw);
        if ((c.article ?? c.text) !== key) continue;
        const ir = irOf<Partial<Annotated> & { name?: string; label?: string }>(services, node);
        const name = ir?.name ?? ir?.label ?? (node as { name?: string }).name ?? '';
        if (ir && (ir.sourceText?.length || ir.notes?.length)) annotatedParts.push(annotated(`**${name}** ${formatCitation(c)}`, ir, lang));
        else bare.push(name);
    }
    const also = bare.length ? `${lang === 'zh' ? '另引用本条' : 'Also citing it'}: ${bare.join('、')}` : '';
    return [...head, ...annotatedParts, also].filter(Boolean).join('\n\n');
}
