import type { Lang } from '@zeren/model';

/** Words used in hovers, code lenses and inlay hints, in both message languages. */
const LABELS = {
    sourceText: ['原文', 'Source text'],
    note: ['注', 'Note'],
    weight: ['权重', 'Weight'],
    effectiveWeight: ['占总分', 'of the total'],
    type: ['类型', 'Type'],
    range: ['范围', 'Range'],
    default: ['默认', 'Default'],
    document: ['文件', 'Document'],
    number: ['文号', 'Number'],
    issuer: ['发布机关', 'Issued by'],
    issued: ['发布', 'Issued'],
    effective: ['施行', 'In force from'],
    level: ['层级', 'Level'],
    bands: ['等次', 'Bands'],
    clauses: ['条款', 'Clauses'],
    overrides: ['排除', 'Overrides'],
    facts: ['事实', 'Facts'],
    scaleOrder: ['序列（由轻到重）', 'Scale (lightest first)'],
    passed: ['通过', 'passed'],
    failed: ['未通过', 'failed'],
    run: ['运行场景', 'Run scenario'],
    runAll: ['运行全部场景', 'Run all scenarios'],
    explain: ['查看解释', 'Show explanation'],
    expected: ['期望', 'expected'],
    actual: ['实际', 'actual'],
    result: ['结果', 'Result'],
    notAssessed: ['不参加考核', 'not assessed'],
    notGraded: ['不确定等次', 'not graded'],
    computed: ['计算方法', 'Computed'],
    counted: ['计数规则', 'Counting'],
    yes: ['是', 'yes'],
    no: ['否', 'no'],
    undetermined: ['未能判定', 'undetermined'],
} as const;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, lang: Lang): string {
    return LABELS[key][lang === 'zh' ? 0 : 1];
}
