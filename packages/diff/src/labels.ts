import type { Lang } from '@zeren/model';

/**
 * Words the diff shows around canonical values, in zh-CN and en. Values themselves stay in the
 * rules' surface syntax in both languages: identifiers are Chinese anyway, and a reviewer
 * should be able to search the rule file for what the diff shows.
 */
type Pair = readonly [zh: string, en: string];

/** How an aspect is named on a "changed" line, and the keyword before it in the surface syntax. */
const ASPECTS: Record<string, { label: Pair; surface: string }> = {
    kind: { label: ['种类', 'kind'], surface: '' },
    exists: { label: ['', ''], surface: '' },
    subject: { label: ['主体', 'subject'], surface: '对' },
    citation: { label: ['引用', 'citation'], surface: '' },
    source: { label: ['原文', 'source text'], surface: '原文' },
    note: { label: ['注', 'note'], surface: '注' },
    weight: { label: ['占', 'weight'], surface: '占' },
    value: { label: ['取值', 'value'], surface: '=' },
    cap: { label: ['上限', 'cap'], surface: '上限' },
    points: { label: ['每项', 'points per item'], surface: '每项' },
    count: { label: ['计数', 'count'], surface: '=' },
    score: { label: ['按', 'graded on'], surface: '按' },
    bound: { label: ['', ''], surface: '' },
    over: { label: ['逐个', 'for each of'], surface: '任一' },
    condition: { label: ['条件', 'condition'], surface: '当' },
    targets: { label: ['排除', 'overrides'], surface: '排除' },
    effect: { label: ['效果', 'effect'], surface: '' },
    actor: { label: ['由', 'by'], surface: '由' },
    duration: { label: ['期限', 'duration'], surface: '期限' },
    type: { label: ['类型', 'type'], surface: ':' },
    range: { label: ['范围', 'range'], surface: '范围' },
    default: { label: ['默认', 'default'], surface: '默认' },
    expr: { label: ['定义', 'definition'], surface: '=' },
    values: { label: ['取值', 'values'], surface: '' },
    deadline: { label: ['期限', 'deadline'], surface: '' },
    done: { label: ['完成', 'done when'], surface: '完成' },
    log: { label: ['计', 'counts'], surface: '计' },
    frequency: { label: ['频次', 'frequency'], surface: '' },
    term: { label: ['任期', 'term'], surface: '任期' },
    // accountability (情形 / 追究方式 / 认定 / 影响 / 追溯)
    applies: { label: ['适用', 'applies to'], surface: '适用' },
    grounds: { label: ['依据', 'rests on'], surface: '依据' },
    severity: { label: ['按', 'severity'], surface: '按' },
    combinable: { label: ['可合并', 'combinable'], surface: '' },
    ladder: { label: ['措施', 'ladder'], surface: '措施' },
    measures: { label: ['措施', 'measures'], surface: '' },
    position: { label: ['次序', 'position'], surface: '第' },
    start: { label: ['起算', 'start'], surface: '起算' },
    period: { label: ['期限', 'period'], surface: '' },
    measure: { label: ['限制', 'restriction'], surface: '' },
    anchor: { label: ['自', 'from'], surface: '自' },
    years: { label: ['追溯', 'looks back'], surface: '' },
    extended: { label: ['必要时', 'extended'], surface: '或' },
    end: { label: ['至', 'to'], surface: '至' },
    act: { label: ['行为', 'act judged'], surface: '行为' },
};

const METADATA: Record<string, Pair> = {
    title: ['标题', 'title'], issuer: ['发布机关', 'issuer'], number: ['文号', 'number'], issued: ['发布', 'issued'],
    effective: ['施行', 'effective'], expires: ['失效', 'expires'], level: ['层级', 'level'], basis: ['根据', 'basis'],
    supersedes: ['废止', 'supersedes'], refines: ['细化', 'refines'], interpreter: ['解释机关', 'interpreter'],
    source: ['出处', 'source'], referenceOnly: ['仅引用', 'reference only'],
};

const ELEMENT_PREFIX: Record<string, Pair> = {
    component: ['', ''], band: ['', ''], rule: ['', ''],
    'bonus-group': ['加分 ', 'bonus '], bonus: ['加分 ', 'bonus '], clause: ['条款', 'clause '],
    exception: ['例外 ', 'exception '], action: ['措施 ', 'action '], fact: ['事实 ', 'fact '], derived: ['派生 ', 'derived '],
    'sanction-table': ['措施表 ', 'sanction table '], sanction: ['', ''], adjustment: ['', ''], circumstance: ['', ''],
    row: ['认定 ', 'row '], restriction: ['', ''],
};

const ENTITY: Record<string, Pair> = {
    score: ['得分', 'score'], grade: ['等次', 'grade'], veto: ['一票否决', 'veto'], exclusion: ['排除', 'exclusion'],
    consequence: ['后果', 'consequence'], deadline: ['期限', 'deadline'], accountability: ['责任追究', 'accountability'], frequency: ['频次', 'frequency'], subject: ['主体', 'subject'], enum: ['枚举', 'enumeration'], scale: ['序列', 'scale'],
};

const WORDS = {
    added: ['新增', 'added'], removed: ['删除', 'removed'], changed: ['修改', 'changed'],
    none: ['（无）', '(none)'], otherwise: ['（其余）', '(otherwise)'], document: ['文件', 'document'],
    noChanges: ['没有语义变化', 'No semantic changes'], colon: ['：', ': '], other: ['（未引用条文）', '(no article)'],
} as const satisfies Record<string, Pair>;

const pick = (p: Pair, lang: Lang): string => (lang === 'zh' ? p[0] : p[1]);

export function word(w: keyof typeof WORDS, lang: Lang): string {
    return pick(WORDS[w], lang);
}

export function aspectLabel(aspect: string, lang: Lang): string {
    return ASPECTS[aspect] ? pick(ASPECTS[aspect].label, lang) : aspect;
}

export function metadataLabel(field: string, lang: Lang): string {
    return METADATA[field] ? pick(METADATA[field], lang) : field;
}

export function entityLabel(kind: string, lang: Lang): string {
    return ENTITY[kind] ? pick(ENTITY[kind], lang) : kind;
}

/** Declarations are named with their kind (主体 领导班子); rules by their name alone. */
export function entityTitle(kind: string, name: string, lang: Lang): string {
    return ['subject', 'enum', 'scale'].includes(kind) ? `${entityLabel(kind, lang)} ${name}` : name;
}

export function elementLabel(kind: string, name: string, lang: Lang): string {
    const prefix = ELEMENT_PREFIX[kind] ? pick(ELEMENT_PREFIX[kind], lang) : `${kind} `;
    return kind === 'action' ? `${prefix}"${name}"` : `${prefix}${name}`;
}

/** A value as it reads in the rule ('' bound → "(otherwise)", an absent value → "(none)"). */
export function displayValue(aspect: string, value: string | null, lang: Lang): string {
    if (value === null) return word('none', lang);
    if (aspect === 'bound' && value === '') return word('otherwise', lang);
    return value;
}

/** The aspect as written in the rule file: "占 20%", "当 …", "〔第二十条〕". */
export function surface(aspect: string, value: string, lang: Lang): string {
    if (aspect === 'exists' || aspect === 'kind') return '';
    const shown = displayValue(aspect, value, lang);
    const keyword = ASPECTS[aspect]?.surface ?? aspect;
    return keyword ? `${keyword} ${shown}` : shown;
}
