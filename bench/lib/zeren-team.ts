import type { DocumentIR, FactValue, FactRecord } from '@zeren/model';
import { parseDecimal } from '@zeren/model';
import type { Frame, Program, SubjectProgram } from '@zeren/evaluator';
import { compileDocument, frameFor } from '@zeren/evaluator';
import { loadWorkspace } from '../../packages/cli/src/workspace-loader.js';
import type { Member, TeamSubject } from './team-subjects.js';
import type { TeamResult } from './team-result.js';
import { RULES_FILE } from './paths.js';

export const TEAM = '领导班子';

const PARTY = ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'];
const GOV = ['警告', '记过', '记大过', '降级', '撤职', '开除'];
const ACCOUNT = ['诫勉谈话或书面检查', '通报批评', '组织处理', '党政纪处分'];

export interface ZerenTeam {
    program: Program;
    /** Default (tiered) backend: generated functions once the subject has been evaluated a few times. */
    subject: SubjectProgram;
    /** The same rules on the closure tier only (what a host without `new Function` runs). */
    closures: SubjectProgram;
    /** Rule indexes into frame.r. */
    slots: { score: number; grade: number; veto: number; disqualified: number; admonished: number; reshuffled: number };
    /** Score results are integers at this scale. */
    scoreScale: number;
}

/** `rules`: given by a caller running from a bundle, where this module's own path is elsewhere. */
export async function loadTeamProgram(rules = RULES_FILE): Promise<ZerenTeam> {
    const ws = await loadWorkspace([rules]);
    const errors = ws.documents.flatMap(d => (d.diagnostics ?? []).filter(x => x.severity === 1));
    if (errors.length) throw new Error(`rules.zeren has errors: ${errors.map(e => e.message).join('; ')}`);
    const doc: DocumentIR = ws.ir(ws.documents[0]).documents[0];
    const program = compileDocument(doc);
    const subject = program.subjects.get(TEAM)!;
    const closures = compileDocument(doc, { backend: 'closures' }).subjects.get(TEAM)!;
    const idx = (name: string) => {
        const r = subject.rules.find(x => x.rule.name === name);
        if (!r) throw new Error(`no rule ${name}`);
        return r.index;
    };
    const score = subject.rules.find(x => x.kind === 'score')!;
    return {
        program, subject, closures,
        slots: {
            score: idx('领导班子综合得分'), grade: idx('领导班子等次'), veto: idx('领导班子否决'),
            disqualified: idx('否决班子取消评优'), admonished: idx('否决班子主要负责人诫勉谈话'), reshuffled: idx('连续两年否决调整班子'),
        },
        scoreScale: score.kind === 'score' ? Number(score.score.scale) : 1,
    };
}

const hundredths = (n: number): FactValue => ({
    kind: 'number', value: parseDecimal(`${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`)!,
});
const int = (n: number): FactValue => ({ kind: 'number', value: parseDecimal(String(n))! });
const bool = (b: boolean): FactValue => ({ kind: 'bool', value: b });
const ord = (labels: string[], i: number): FactValue => (i < 0 ? { kind: 'absent' } : { kind: 'enum', index: i, label: labels[i] });

/** The facts of a generated team as the evaluator's library API takes them. */
export function teamFacts(s: TeamSubject): Map<string, FactValue> {
    return new Map<string, FactValue>([
        ['日常监督评价得分', hundredths(s.daily)], ['落实责任得分', hundredths(s.duty)], ['推进重点工作得分', hundredths(s.key)],
        ['民主测评票决得分', hundredths(s.vote)], ['个别谈话得分', hundredths(s.talk)], ['公众评价得分', hundredths(s.public)],
        ['中央级表彰项数', int(s.central)], ['省级表彰项数', int(s.provincial)], ['市级表彰项数', int(s.city)],
        ['成员', { kind: 'list', items: s.members.map(memberRecord) }],
        ['集体违纪违规被立案查处', bool(s.collective)],
        ['测评好票数', int(s.good)], ['测评较好票数', int(s.fair)], ['测评一般票数', int(s.ordinary)], ['测评较差票数', int(s.poor)],
        ['经组织考核确实存在问题', bool(s.problem)], ['领导不力导致发生重大违纪违法案件', bool(s.weakLeadership)],
        ['在社会上造成不良影响', bool(s.badInfluence)], ['一年内被上级通报批评或组织处理次数', int(s.notices)],
        ['无故不按规定报告两个责任情况', bool(s.noReport)], ['其他应当否决的情形', bool(s.other)],
        ['上一年度被一票否决', bool(s.vetoedLastYear)],
    ]);
}

function memberRecord(m: Member, i: number): FactRecord {
    return {
        label: `成员${i + 1}`,
        values: new Map<string, FactValue>([
            ['是主要负责人', bool(m.head)], ['被立案查处', bool(m.filed)],
            ['所受党纪处分', ord(PARTY, m.party)], ['所受政务处分', ord(GOV, m.gov)], ['所受责任追究', ord(ACCOUNT, m.account)],
            ['当年案发跨年处理且已否决过班子', bool(m.crossYear)], ['违纪问题发生在调入前原单位', bool(m.priorUnit)],
            ['因负领导责任被追究党政纪责任', bool(m.leadershipDuty)],
        ]),
    };
}

export function teamFrames(z: ZerenTeam, subjects: TeamSubject[]): Frame[] {
    return subjects.map(s => frameFor(z.subject.subject, teamFacts(s)));
}

/** Reads the fast path's results out of a frame, in the shared result shape (total × 100000). */
export function readFrame(z: ZerenTeam, f: Frame, out: TeamResult): void {
    const r = f.r;
    out.total = ((r[z.slots.score] as number) * 100000) / z.scoreScale;
    out.grade = r[z.slots.grade] as number;
    out.veto = r[z.slots.veto] as boolean;
    out.disqualified = r[z.slots.disqualified] as boolean;
    out.admonished = r[z.slots.admonished] as boolean;
    out.reshuffled = r[z.slots.reshuffled] as boolean;
}
