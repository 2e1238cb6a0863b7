import type { Member, TeamSubject } from './team-subjects.js';

const PARTY = ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'];
const GOV = ['警告', '记过', '记大过', '降级', '撤职', '开除'];
const ACCOUNT = ['诫勉谈话或书面检查', '通报批评', '组织处理', '党政纪处分'];

/** A team's fact-file object as written in JSON (scores as decimals, e.g. 89.5), before parsing. */
export function teamJson(t: TeamSubject): string {
    const d = (n: number) => (n % 100 === 0 ? String(n / 100) : `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`.replace(/0$/, ''));
    const member = (m: Member, i: number) => {
        const o: Record<string, unknown> = { label: `成员${i + 1}`, 是主要负责人: m.head, 被立案查处: m.filed };
        if (m.party >= 0) o['所受党纪处分'] = PARTY[m.party];
        if (m.gov >= 0) o['所受政务处分'] = GOV[m.gov];
        if (m.account >= 0) o['所受责任追究'] = ACCOUNT[m.account];
        o['当年案发跨年处理且已否决过班子'] = m.crossYear;
        o['违纪问题发生在调入前原单位'] = m.priorUnit;
        o['因负领导责任被追究党政纪责任'] = m.leadershipDuty;
        return o;
    };
    const facts = {
        日常监督评价得分: '#D', 落实责任得分: '#U', 推进重点工作得分: '#K', 民主测评票决得分: '#V', 个别谈话得分: '#T', 公众评价得分: '#P',
        中央级表彰项数: t.central, 省级表彰项数: t.provincial, 市级表彰项数: t.city,
        成员: t.members.map(member), 集体违纪违规被立案查处: t.collective,
        测评好票数: t.good, 测评较好票数: t.fair, 测评一般票数: t.ordinary, 测评较差票数: t.poor,
        经组织考核确实存在问题: t.problem, 领导不力导致发生重大违纪违法案件: t.weakLeadership, 在社会上造成不良影响: t.badInfluence,
        一年内被上级通报批评或组织处理次数: t.notices, 无故不按规定报告两个责任情况: t.noReport, 其他应当否决的情形: t.other, 上一年度被一票否决: t.vetoedLastYear,
    };
    return JSON.stringify({ subject: '领导班子', facts })
        .replace('"#D"', d(t.daily)).replace('"#U"', d(t.duty)).replace('"#K"', d(t.key))
        .replace('"#V"', d(t.vote)).replace('"#T"', d(t.talk)).replace('"#P"', d(t.public));
}

/** What json-rules-engine's team runner takes, read back from a parsed fact object. */
export function teamFromObject(o: { facts: Record<string, unknown> }): TeamSubject {
    // Values as JSON.parse gives them: numbers and booleans, and 成员 a list of member objects.
    const f = o.facts as Record<string, number & boolean>;
    const members = o.facts['成员'] as Record<string, unknown>[];
    const h = (x: number) => Math.round(x * 100);
    return {
        daily: h(f['日常监督评价得分']), duty: h(f['落实责任得分']), key: h(f['推进重点工作得分']), vote: h(f['民主测评票决得分']), talk: h(f['个别谈话得分']), public: h(f['公众评价得分']),
        central: f['中央级表彰项数'], provincial: f['省级表彰项数'], city: f['市级表彰项数'], collective: f['集体违纪违规被立案查处'],
        good: f['测评好票数'], fair: f['测评较好票数'], ordinary: f['测评一般票数'], poor: f['测评较差票数'],
        problem: f['经组织考核确实存在问题'], weakLeadership: f['领导不力导致发生重大违纪违法案件'], badInfluence: f['在社会上造成不良影响'],
        notices: f['一年内被上级通报批评或组织处理次数'], noReport: f['无故不按规定报告两个责任情况'], other: f['其他应当否决的情形'], vetoedLastYear: f['上一年度被一票否决'],
        members: members.map(m => ({
            head: m['是主要负责人'] as boolean, filed: m['被立案查处'] as boolean,
            party: PARTY.indexOf(m['所受党纪处分'] as string), gov: GOV.indexOf(m['所受政务处分'] as string), account: ACCOUNT.indexOf(m['所受责任追究'] as string),
            crossYear: m['当年案发跨年处理且已否决过班子'] as boolean, priorUnit: m['违纪问题发生在调入前原单位'] as boolean, leadershipDuty: m['因负领导责任被追究党政纪责任'] as boolean,
        })),
    };
}
