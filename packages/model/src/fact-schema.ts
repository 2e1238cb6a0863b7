import { formatCitation } from './citation.js';
import type { DocumentIR, FactIR, RuleIR, SubjectIR, TypeIR } from './ir.js';
import { ruleExpressions, walkExpr } from './ir-walk.js';
import type { Lang } from './messages.js';
import { formatRational } from './rational.js';

/**
 * JSON Schemas (draft-07) for fact files, `{ subject, year?, asOf?, facts: {…} }`, typed by a
 * subject's facts: the editor's validation and completion of `*.facts.json` and the output of
 * `zeren schema --facts`. They mirror what the fact-file reader (packages/evaluator fact-file.ts)
 * accepts; the reader stays the authority (it checks bounds and decimal places exactly, where a
 * JSON Schema validator compares binary floating-point numbers).
 */
export type JsonSchema = { [key: string]: unknown };

const DRAFT = 'http://json-schema.org/draft-07/schema#';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const MOMENT = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)?$';
const DECIMAL = '^\\s*-?\\d+(\\.\\d+)?\\s*$';
const INTEGER = '^\\s*-?\\d+\\s*$';
const RATIO = '^\\s*-?\\d+\\s*/\\s*\\d+\\s*$|^\\s*-?\\d+(\\.\\d+)?%?\\s*$';

/** The schema of one subject's fact file, with each fact's type, range, values and articles. */
export function factFileSchema(subject: SubjectIR, doc: DocumentIR, lang: Lang = 'zh'): JsonSchema {
    return {
        $schema: DRAFT,
        title: lang === 'zh' ? `${subject.name}的事实文件（${doc.name}）` : `Fact file of ${subject.name} (${doc.name})`,
        type: 'object',
        required: ['facts'],
        additionalProperties: false,
        properties: outerProperties(subject, doc, lang),
    };
}

/**
 * One schema for the fact files of every subject given: the file's `subject` picks its subject's
 * schema (an editor cannot know the subject before the file names it). Subjects of the same name
 * in several documents share an entry: the reader picks the document in force, so the schema
 * accepts the facts of any of them.
 */
export function factFilesSchema(subjects: { subject: SubjectIR; doc: DocumentIR }[], lang: Lang = 'zh'): JsonSchema {
    const byName = new Map<string, { subject: SubjectIR; doc: DocumentIR }[]>();
    for (const s of subjects) byName.set(s.subject.name, [...(byName.get(s.subject.name) ?? []), s]);
    const names = [...byName.keys()];
    const branches = [...byName.entries()].map(([name, list]) => ({
        if: { properties: { subject: { const: name } }, required: ['subject'] },
        then: list.length === 1
            ? { properties: { facts: factsSchema(list[0].subject, list[0].doc, lang) } }
            : { properties: { facts: { anyOf: list.map(s => factsSchema(s.subject, s.doc, lang)) } } },
    }));
    return {
        $schema: DRAFT,
        title: lang === 'zh' ? 'Zeren 事实文件' : 'Zeren fact file',
        type: 'object',
        required: ['subject', 'facts'],
        additionalProperties: false,
        properties: {
            subject: { enum: names, description: lang === 'zh' ? '事实所属的主体' : 'The subject these facts describe' },
            year: yearSchema(lang),
            asOf: asOfSchema(lang),
            facts: { type: 'object' },
        },
        allOf: branches,
    };
}

function outerProperties(subject: SubjectIR, doc: DocumentIR, lang: Lang): JsonSchema {
    return {
        subject: { const: subject.name, description: lang === 'zh' ? '事实所属的主体' : 'The subject these facts describe' },
        year: yearSchema(lang),
        asOf: asOfSchema(lang),
        facts: factsSchema(subject, doc, lang),
    };
}

function yearSchema(lang: Lang): JsonSchema {
    return { type: 'integer', minimum: 1900, maximum: 2100, description: lang === 'zh' ? '考核年度' : 'The assessment year' };
}

function asOfSchema(lang: Lang): JsonSchema {
    return { type: 'string', pattern: DATE, description: lang === 'zh' ? '评价日期 YYYY-MM-DD（选择当日有效的文件，判断期限）' : 'Evaluation date YYYY-MM-DD (picks the document in force, judges deadlines)' };
}

function factsSchema(subject: SubjectIR, doc: DocumentIR, lang: Lang): JsonSchema {
    const readers = factReaders(doc);
    const properties: JsonSchema = {};
    for (const fact of subject.facts) properties[fact.name] = factSchema(fact, doc, readers, lang);
    return { type: 'object', additionalProperties: false, properties };
}

function factSchema(fact: FactIR, doc: DocumentIR, readers: Map<FactIR, RuleIR[]>, lang: Lang): JsonSchema {
    const schema = valueSchema(fact, fact.type, doc, readers, lang);
    const text = description(fact, readers.get(fact) ?? [], lang);
    return { ...schema, description: text, markdownDescription: text };
}

function valueSchema(fact: FactIR, t: TypeIR, doc: DocumentIR, readers: Map<FactIR, RuleIR[]>, lang: Lang): JsonSchema {
    const nullable = (types: string[]) => (fact.optional ? [...types, 'null'] : types);
    const range: JsonSchema = {};
    if (fact.min) range.minimum = Number(formatRational(fact.min));
    if (fact.max) range.maximum = Number(formatRational(fact.max));
    switch (t.kind) {
        case 'int': return { type: nullable(['integer', 'string']), pattern: INTEGER, ...range };
        case 'dec': return { type: nullable(['number', 'string']), pattern: DECIMAL, ...range };
        case 'ratio': return { type: nullable(['number', 'string']), pattern: RATIO };
        case 'bool': return { enum: fact.optional ? [true, false, '是', '否', null] : [true, false, '是', '否'] };
        case 'date': return { type: nullable(['string']), pattern: DATE };
        case 'datetime': return { type: nullable(['string']), pattern: MOMENT };
        case 'log': return { type: 'array', items: { type: 'string', pattern: MOMENT } };
        case 'text': return { type: nullable(['string']) };
        case 'enum': return { enum: [...t.decl.values, ...(t.optional ? ['无'] : []), null] };
        case 'list': {
            const inner: JsonSchema = {
                label: { type: 'string', description: lang === 'zh' ? '名称' : 'Name' },
                姓名: { type: 'string', description: lang === 'zh' ? '姓名' : 'Name' },
            };
            for (const f of t.subject.facts) inner[f.name] = factSchema(f, doc, readers, lang);
            return { type: 'array', items: { type: 'object', additionalProperties: false, properties: inner } };
        }
        default: return {};
    }
}

/** Type, range, the fact's own article and the articles of the rules that read it. */
function description(fact: FactIR, readers: RuleIR[], lang: Lang): string {
    const parts = [factTypeText(fact, lang)];
    const range = rangeText(fact);
    if (range) parts[0] += `${lang === 'zh' ? '，' : ', '}${range}`;
    if (fact.citation) parts.push(formatCitation(fact.citation));
    const articles = [...new Set(readers.map(r => formatCitation(r.citation)).filter(Boolean))];
    if (articles.length) parts.push(`${lang === 'zh' ? '用于' : 'read by'} ${articles.join('')}`);
    if (fact.sourceText.length) parts.push(`${lang === 'zh' ? '原文' : 'source'}: ${fact.sourceText.join(' ')}`);
    if (fact.notes.length) parts.push(`${lang === 'zh' ? '注' : 'note'}: ${fact.notes.join(' ')}`);
    return parts.join(lang === 'zh' ? '。' : '. ');
}

/** What a fact's type expects, in one language: the schema's descriptions and fact-file errors share it. */
export function factTypeText(fact: FactIR, lang: Lang): string {
    const zh = lang === 'zh';
    const t = fact.type;
    const absent = fact.optional ? (zh ? '，可无（null）' : ', may be absent (null)') : '';
    switch (t.kind) {
        case 'int': return (zh ? '整数' : 'integer') + absent;
        case 'dec': return (zh ? `小数（至多 ${t.places} 位）` : `decimal (at most ${t.places} places)`) + absent;
        case 'ratio': return (zh ? '比例，如 "3/4" 或 "75%"' : 'ratio, e.g. "3/4" or "75%"') + absent;
        case 'bool': return zh ? '是/否（true/false）' : 'yes/no (true/false)';
        case 'date': return (zh ? '日期 YYYY-MM-DD' : 'date YYYY-MM-DD') + absent;
        case 'datetime': return (zh ? '日期或时刻 YYYY-MM-DDThh:mm+08:00' : 'date or moment YYYY-MM-DDThh:mm+08:00') + absent;
        case 'log': return zh ? '记录：日期或时刻的列表' : 'event log: a list of dates or moments';
        case 'text': return (zh ? '文本' : 'text') + absent;
        case 'enum': return `${t.decl.name}：${t.decl.values.join('、')}${t.optional ? (zh ? '，或 无' : ', or 无') : ''}`;
        case 'list': return zh ? `${t.subject.name}的列表` : `list of ${t.subject.name}`;
        default: return t.kind;
    }
}

function rangeText(fact: FactIR): string {
    if (!fact.min && !fact.max) return '';
    return `${fact.min ? formatRational(fact.min) : '−∞'}..${fact.max ? formatRational(fact.max) : '+∞'}`;
}

/** The rules of a document reading each fact (directly or through derived values). */
function factReaders(doc: DocumentIR): Map<FactIR, RuleIR[]> {
    const readers = new Map<FactIR, RuleIR[]>();
    for (const rule of doc.rules) {
        const facts = new Set<FactIR>();
        for (const e of ruleExpressions(rule)) walkExpr(e, x => {
            if (x.k === 'fact') facts.add(x.fact);
        });
        for (const f of facts) readers.set(f, [...(readers.get(f) ?? []), rule]);
    }
    return readers;
}
