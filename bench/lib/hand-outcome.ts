import type { Outcome } from '@zeren/model';

/**
 * The 2015 team assessment written by hand to produce the very outcome object Zeren produces
 * (score breakdown, grade, vetoes with clauses and exceptions, consequences), from a fact object
 * as JSON.parse returns it. Exact: sub-scores are read as hundredths; every component value is an
 * integer in units of 10^-7 (the weights nest to 9.8% and 4.2%), formatted as a decimal.
 */
const DOC = '张掖市党风廉政建设考核办法';
const cite = (text: string) => ({ document: DOC, text });
const PARTY = ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'];
const GOV = ['警告', '记过', '记大过', '降级', '撤职', '开除'];
const ACCOUNT = ['诫勉谈话或书面检查', '通报批评', '组织处理', '党政纪处分'];
const GRADES = ['好', '较好', '一般', '较差'];
const CLAUSE = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）'];
const EXCEPTIONS = [
    { name: '跨年处理只否决一次', text: '第二十四条（一）', fact: '当年案发跨年处理且已否决过班子', clauses: [1, 2] },
    { name: '调入人员原单位问题', text: '第二十四条（二）', fact: '违纪问题发生在调入前原单位', clauses: [1, 2] },
    { name: '其他成员负领导责任', text: '第二十四条（三）', fact: '因负领导责任被追究党政纪责任', clauses: [2] },
];

/** n × 10^-7 as a decimal without trailing zeros. */
function dec(n: number): string {
    const neg = n < 0;
    const s = String(neg ? -n : n).padStart(8, '0');
    const whole = s.slice(0, -7);
    const frac = s.slice(-7).replace(/0+$/, '');
    return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** Every rule of the document, decided: the per-rule status list (the facts are complete). */
const RULES = [
    ['领导班子综合得分', 'score', '第十八条'], ['领导班子等次', 'grade', '第二十条'], ['领导班子否决', 'veto', '第二十二条'],
    ['否决班子取消评优', 'consequence', '第二十六条（一）'], ['否决班子主要负责人诫勉谈话', 'consequence', '第二十六条（一）'], ['连续两年否决调整班子', 'consequence', '第二十六条（一）'],
] as const;

type Facts = Record<string, unknown>;
type Member = Record<string, unknown>;

export function handOutcome(o: { facts: Facts }): Outcome {
    const f = o.facts;
    const h = (name: string) => {
        const v = Math.round((f[name] as number) * 100);
        if (!(v >= 0 && v <= 10000)) throw new RangeError(`${name} outside 0..100`);
        return v * 100000; // hundredths → 10^-7
    };
    const daily = h('日常监督评价得分'), duty = h('落实责任得分'), key = h('推进重点工作得分'), vote = h('民主测评票决得分'), talk = h('个别谈话得分'), pub = h('公众评价得分');
    const demo = (vote * 7 + talk * 3) / 10;
    const central = (duty * 4 + key * 4 + demo * 2) / 10;
    const leaf = (name: string, weight: string, eff: string, score: number, contribution: number) => ({ name, weight, effectiveWeight: eff, score: dec(score), contribution: dec(contribution), children: [] as never[] });
    const components = [
        leaf('日常监督评价', '20%', '20%', daily, daily / 5),
        {
            name: '集中考核', weight: '70%', effectiveWeight: '70%', score: dec(central), contribution: dec(central * 7 / 10), children: [
                leaf('落实责任', '40%', '28%', duty, duty * 28 / 100),
                leaf('推进重点工作', '40%', '28%', key, key * 28 / 100),
                {
                    name: '民主测评', weight: '20%', effectiveWeight: '14%', score: dec(demo), contribution: dec(demo * 14 / 100), children: [
                        leaf('测评', '70%', '9.8%', vote, vote * 98 / 1000),
                        leaf('个别谈话', '30%', '4.2%', talk, talk * 42 / 1000),
                    ],
                },
            ],
        },
        leaf('公众评价', '10%', '10%', pub, pub / 10),
    ];
    const base = daily / 5 + central * 7 / 10 + pub / 10;
    const item = (name: string, fact: string, per: number, cap: number) => {
        const count = f[fact] as number;
        const points = Math.min(count * per, cap);
        return { group: '表彰奖励', item: name, count: String(count), pointsPerItem: String(per), cap: String(cap), points: String(points), value: points };
    };
    const items = [item('中央级', '中央级表彰项数', 3, 5), item('省级', '省级表彰项数', 2, 3), item('市级', '市级表彰项数', 1, 2)];
    const bonus = items[0].value + items[1].value + items[2].value;
    const total = base + bonus * 10_000_000;
    const grade = total >= 900_000_000 ? 0 : total >= 800_000_000 ? 1 : total >= 650_000_000 ? 2 : 3;

    // 第二十二条 with the exceptions of 第二十四条, per member for （二）（三）.
    const members = f['成员'] as Member[];
    const clauses: { label: string; cite: { document: string; text: string }; members: string[] }[] = [];
    const excepted = new Map<number, { clauses: Set<string>; members: Set<string> }>();
    const memberClause = (c: number, test: (m: Member) => boolean) => {
        const hit: string[] = [];
        let any = false;
        for (const m of members) {
            if (!test(m)) continue;
            let blocked = false;
            EXCEPTIONS.forEach((e, i) => {
                if (e.clauses.includes(c) && m[e.fact] === true) {
                    blocked = true;
                    const entry = excepted.get(i) ?? { clauses: new Set<string>(), members: new Set<string>() };
                    entry.clauses.add(CLAUSE[c]);
                    entry.members.add(m.label as string);
                    excepted.set(i, entry);
                }
            });
            if (!blocked) { any = true; hit.push(m.label as string); }
        }
        if (any) clauses.push({ label: CLAUSE[c], cite: cite(`第二十二条${CLAUSE[c]}`), members: hit });
    };
    const simple = (c: number, holds: boolean) => { if (holds) clauses.push({ label: CLAUSE[c], cite: cite(`第二十二条${CLAUSE[c]}`), members: [] }); };
    const rank = (list: string[], v: unknown) => (typeof v === 'string' ? list.indexOf(v) : -1);
    simple(0, f['集体违纪违规被立案查处'] === true);
    memberClause(1, m => m['是主要负责人'] === true && ((m['被立案查处'] === true && (rank(PARTY, m['所受党纪处分']) >= 0 || rank(GOV, m['所受政务处分']) >= 0)) || rank(ACCOUNT, m['所受责任追究']) >= 0));
    memberClause(2, m => m['是主要负责人'] !== true && ((m['被立案查处'] === true && (rank(PARTY, m['所受党纪处分']) >= 1 || rank(GOV, m['所受政务处分']) >= 2)) || rank(ACCOUNT, m['所受责任追究']) >= 1));
    const good = f['测评好票数'] as number, fair = f['测评较好票数'] as number;
    const votes = good + fair + (f['测评一般票数'] as number) + (f['测评较差票数'] as number);
    if (votes === 0) throw new RangeError('division by zero');
    simple(3, 3 * (good + fair) <= 2 * votes && f['经组织考核确实存在问题'] === true);
    simple(4, f['领导不力导致发生重大违纪违法案件'] === true && f['在社会上造成不良影响'] === true);
    simple(5, (f['一年内被上级通报批评或组织处理次数'] as number) >= 2);
    simple(6, f['无故不按规定报告两个责任情况'] === true);
    simple(7, f['其他应当否决的情形'] === true);
    const vetoed = clauses.length > 0;
    const exceptions = [...excepted].map(([i, e]) => ({ name: EXCEPTIONS[i].name, cite: cite(EXCEPTIONS[i].text), clauses: [...e.clauses], members: [...e.members] }));
    const consequence = (rule: string, applies: boolean, measure: string, actor?: string) => ({
        rule, cite: cite('第二十六条（一）'), applies, actions: applies ? [{ measure, actor, duration: undefined }] : [],
    });
    return {
        document: DOC, subject: '领导班子', status: 'assessed',
        scores: [{ rule: '领导班子综合得分', cite: cite('第十八条'), total: dec(total), base: dec(base), bonus: String(bonus), components, bonuses: items.map(({ value: _, ...b }) => b) }],
        grades: [{ rule: '领导班子等次', cite: cite('第二十条'), grade: GRADES[grade], status: 'graded' }],
        vetoes: [{ rule: '领导班子否决', cite: cite('第二十二条'), vetoed, clauses, exceptions }],
        exclusions: [],
        consequences: [
            consequence('否决班子取消评优', vetoed, '取消当年年度考核评优和评选各类先进的资格'),
            consequence('否决班子主要负责人诫勉谈话', vetoed, '对应负领导责任的党委（党组）主要负责人进行诫勉谈话', '市纪委负责人'),
            consequence('连续两年否决调整班子', vetoed && f['上一年度被一票否决'] === true, '调整领导班子', '市委'),
        ],
        requirements: [], deadlines: [], frequencies: [], errors: [],
        rules: RULES.map(([rule, kind, text]) => ({ rule, kind, cite: cite(text), status: 'decided' })),
    } as Outcome;
}
