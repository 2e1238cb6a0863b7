import type { Citation, DocumentIR, RuleIR } from '@zeren/model';
import type { CoverageItem } from '@zeren/evaluator';
import type { SeedIndex } from './seed-index.js';
import { seedRange } from './seed-index.js';

export interface LedgerRow {
    seedLine?: number;
    article: string;
    what: string;
    identity: string;
    scenarios: string[];
}

export interface LedgerNote {
    where: string;
    note: string;
}

/** One row per encoded rule, veto clause and exception, and per accountability situation or after-effect. */
export function encodedRows(doc: DocumentIR, coverage: CoverageItem[], seed: SeedIndex | undefined): LedgerRow[] {
    const range = seedRange(doc.source);
    // By the citation's markers (第二十二条（四）, 三、（二）); failing that, by the quoted 原文.
    const locate = (c?: Citation, quotes: string[] = []) => {
        if (!seed || !range) return undefined;
        const byCitation = c ? seed.locate(range, c.text) : undefined;
        return byCitation ?? quotes.map(q => seed.locateQuote(range, q)).find(l => l !== undefined);
    };
    const scenariosOf = (rule: string, part?: string) =>
        coverage.find(i => i.document === doc.name && i.rule === rule && i.part === part)?.scenarios
        ?? coverage.find(i => i.document === doc.name && i.rule === rule && !i.part)?.scenarios ?? [];
    const rows: LedgerRow[] = [];
    for (const rule of doc.rules) {
        rows.push({ seedLine: locate(rule.citation, rule.sourceText), article: rule.citation?.text ?? '—', what: kindName(rule), identity: `${doc.name}/${rule.name}`, scenarios: scenariosOf(rule.name) });
        for (const part of parts(rule)) {
            rows.push({ seedLine: locate(part.citation, part.sourceText) ?? locate(rule.citation, rule.sourceText), article: part.citation?.text ?? rule.citation?.text ?? '—', what: part.what, identity: `${doc.name}/${rule.name}/${part.name}`, scenarios: scenariosOf(rule.name, part.name) });
        }
    }
    return rows;
}

function parts(rule: RuleIR): { name: string; what: string; citation?: Citation; sourceText?: string[] }[] {
    if (rule.kind === 'veto') {
        return [
            ...rule.clauses.map(c => ({ name: c.label, what: '否决条款 veto clause', citation: c.citation, sourceText: c.sourceText })),
            ...rule.exceptions.map(e => ({ name: e.name, what: '例外 exception', citation: e.citation })),
        ];
    }
    if (rule.kind === 'accountability' && rule.form === 'situations') {
        return rule.situations.map(s => ({ name: s.label, what: '情形 situation', citation: s.citation }));
    }
    if (rule.kind === 'accountability' && rule.form === 'determination') {
        return rule.rows.filter(r => r.citation).map(r => ({ name: r.label, what: '认定 determination row', citation: r.citation }));
    }
    if (rule.kind === 'accountability' && rule.form === 'restrictions') {
        return rule.items.map(i => ({ name: i.name, what: '影响 after-effect', citation: i.citation }));
    }
    return [];
}

function kindName(rule: RuleIR): string {
    switch (rule.kind) {
        case 'score': return '得分 score';
        case 'grade': return '等次 grade';
        case 'veto': return '一票否决 veto';
        case 'exclusion': return '排除 exclusion';
        case 'consequence': return '后果 consequence';
        case 'deadline': return '期限 deadline';
        case 'frequency': return '频次 frequency';
        case 'requirement': return rule.prohibition ? '禁止 prohibition' : '要求 requirement';
        case 'accountability': return { situations: '情形 situations', sanctions: '追究方式 sanctions', determination: '认定 determination', restrictions: '影响 after-effects', lookback: '追溯 look-back window' }[rule.form];
    }
}

/** Every interpretation note of a document, with where it stands. */
export function notesOf(doc: DocumentIR): LedgerNote[] {
    const out: LedgerNote[] = [];
    const add = (where: string, notes: string[]) => notes.forEach(note => out.push({ where, note }));
    for (const s of doc.subjects) {
        for (const f of s.facts) add(`${s.name}.${f.name}`, f.notes);
        for (const d of s.derived) add(`${s.name}.${d.name}`, d.notes);
    }
    for (const rule of doc.rules) {
        add(`${rule.citation ? `〔${rule.citation.text}〕` : ''}${rule.name}`, rule.notes);
        if (rule.kind === 'veto') {
            for (const c of rule.clauses) add(`〔${c.citation.text}〕${rule.name} ${c.label}`, c.notes);
            for (const e of rule.exceptions) add(`${e.citation ? `〔${e.citation.text}〕` : ''}${rule.name} ${e.name}`, e.notes);
        }
        if (rule.kind === 'score') {
            const visit = (c: { name: string; notes: string[]; children: typeof rule.components }) => {
                add(`${rule.name} ${c.name}`, c.notes);
                c.children.forEach(visit);
            };
            rule.components.forEach(visit);
        }
    }
    return out;
}
