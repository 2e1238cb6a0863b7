/**
 * Templates of the top-level constructs, offered by the server's completion only where such a
 * construct may start (never inside a rule body, where the grammar does not allow one).
 */
export const CONSTRUCT_SNIPPETS: Record<string, { rule: string; body: string[]; zh: string; en: string }> = {
    文件: {
        rule: 'Document', zh: '文件元数据', en: 'document metadata',
        body: ['文件 ${1:名称} {', '\t标题 "${2:标题}"', '\t发布机关 "${3:发布机关}"', '\t文号 "${4:文号}"', '\t发布 ${5:2024-01-01}', '\t施行 ${6:2024-01-01}', '\t层级 ${7|中央,省,市,县|} "${8:辖区}"', '}'],
    },
    主体: {
        rule: 'Subject', zh: '主体与事实', en: 'subject with facts',
        body: ['主体 ${1:名称} 〔${2:第二条}〕 {', '\t事实 ${3:事实名}: ${4|整数,小数(2),比例,布尔,日期,文本|}', '}'],
    },
    得分: {
        rule: 'Score', zh: '加权得分', en: 'weighted score',
        body: ['得分 ${1:名称} 〔${2:第十八条}〕 对 ${3:主体}', '\t原文 "${4:原文}"', '{', '\t${5:分项} 占 ${6:50}% = ${7:事实}', '\t${8:分项} 占 ${9:50}% = ${10:事实}', '}'],
    },
    等次: {
        rule: 'Grade', zh: '等次区间', en: 'grade bands',
        body: ['等次 ${1:名称} 〔${2:第二十条}〕 对 ${3:主体} 按 ${4:得分}', '{', '\t${5:好} ≥ ${6:90}', '\t${7:较好} ≥ ${8:80}', '\t${9:一般} ≥ ${10:65}', '\t${11:较差}', '}'],
    },
    一票否决: {
        rule: 'Veto', zh: '一票否决', en: 'veto with clauses',
        body: ['一票否决 ${1:名称} 〔${2:第二十二条}〕 对 ${3:主体} {', '\t（一） 当 ${4:条件}', '\t\t原文 "${5:原文}"', '}'],
    },
    场景集: {
        rule: 'ScenarioSuite', zh: '场景集', en: 'scenario suite',
        body: ['场景集 ${1:名称} 针对 ${2:文件} {', '\t场景 "${3:说明}" 对 ${4:主体} {', '\t\t事实 {', '\t\t\t$5', '\t\t}', '\t\t期望 {', '\t\t\t$6', '\t\t}', '\t}', '}'],
    },
};
