import * as fs from 'node:fs';
import { rng } from './prng.js';
import type { Member, TeamSubject } from './team-subjects.js';
import { generateTeams } from './team-subjects.js';

const PARTY = ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'];
const GOV = ['警告', '记过', '记大过', '降级', '撤职', '开除'];
const ACCOUNT = ['诫勉谈话或书面检查', '通报批评', '组织处理', '党政纪处分'];

const COLUMNS: [string, (t: TeamSubject) => string][] = [
    ['日常监督评价得分', t => hundredths(t.daily)], ['落实责任得分', t => hundredths(t.duty)], ['推进重点工作得分', t => hundredths(t.key)],
    ['民主测评票决得分', t => hundredths(t.vote)], ['个别谈话得分', t => hundredths(t.talk)], ['公众评价得分', t => hundredths(t.public)],
    ['中央级表彰项数', t => String(t.central)], ['省级表彰项数', t => String(t.provincial)], ['市级表彰项数', t => String(t.city)],
    ['集体违纪违规被立案查处', t => yes(t.collective)],
    ['测评好票数', t => String(t.good)], ['测评较好票数', t => String(t.fair)], ['测评一般票数', t => String(t.ordinary)], ['测评较差票数', t => String(t.poor)],
    ['经组织考核确实存在问题', t => yes(t.problem)], ['领导不力导致发生重大违纪违法案件', t => yes(t.weakLeadership)],
    ['在社会上造成不良影响', t => yes(t.badInfluence)], ['一年内被上级通报批评或组织处理次数', t => String(t.notices)],
    ['无故不按规定报告两个责任情况', t => yes(t.noReport)], ['其他应当否决的情形', t => yes(t.other)], ['上一年度被一票否决', t => yes(t.vetoedLastYear)],
    ['成员', t => quoted(JSON.stringify(t.members.map(memberObject)))],
];

function hundredths(n: number): string {
    const frac = n % 100;
    return frac === 0 ? String(n / 100) : `${Math.floor(n / 100)}.${String(frac).padStart(2, '0')}`;
}
const yes = (b: boolean) => (b ? '是' : '否');
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

function memberObject(m: Member, i: number): Record<string, unknown> {
    const o: Record<string, unknown> = { label: `成员${i + 1}`, 是主要负责人: m.head, 被立案查处: m.filed };
    if (m.party >= 0) o['所受党纪处分'] = PARTY[m.party];
    if (m.gov >= 0) o['所受政务处分'] = GOV[m.gov];
    if (m.account >= 0) o['所受责任追究'] = ACCOUNT[m.account];
    if (m.crossYear) o['当年案发跨年处理且已否决过班子'] = true;
    if (m.priorUnit) o['违纪问题发生在调入前原单位'] = true;
    if (m.leadershipDuty) o['因负领导责任被追究党政纪责任'] = true;
    return o;
}

/**
 * Writes `count` generated teams (the bench's seeded subjects) as a CSV of the layout `zeren run`
 * reads — 名称, the facts, 成员 as a JSON cell — in blocks, never holding the whole file.
 */
export function writeTeamCsv(file: string, count: number, seed: number): number {
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, `名称,${COLUMNS.map(c => c[0]).join(',')}\n`);
    const block = 10_000;
    const r = rng(seed);
    for (let start = 0; start < count; start += block) {
        const teams = generateTeams(Math.min(block, count - start), Math.floor(r.int(1, 2 ** 30)));
        const lines = teams.map((t, i) => `班子${start + i + 1},${COLUMNS.map(c => c[1](t)).join(',')}`);
        fs.writeSync(fd, `${lines.join('\n')}\n`);
    }
    fs.closeSync(fd);
    return fs.statSync(file).size;
}
