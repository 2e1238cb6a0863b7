import type { Member, TeamSubject } from './team-subjects.js';
import type { TeamResult } from './team-result.js';

/**
 * The team assessment written by hand in TypeScript with scaled integers — the practical limit.
 * 第十八条 effective weights in thousandths: 日常 200, 落实 280, 推进 280, 测评 98, 谈话 42, 公众 100;
 * sub-scores are hundredths, so the total is in units of 1/100000.
 */
export function evalExact(s: TeamSubject, out: TeamResult): void {
    if (outside(s.daily) || outside(s.duty) || outside(s.key) || outside(s.vote) || outside(s.talk) || outside(s.public)) {
        throw new RangeError('sub-score outside 0–100');
    }
    const base = s.daily * 200 + s.duty * 280 + s.key * 280 + s.vote * 98 + s.talk * 42 + s.public * 100;
    const c = s.central * 300000, p = s.provincial * 200000, m = s.city * 100000;
    const total = base + (c < 500000 ? c : 500000) + (p < 300000 ? p : 300000) + (m < 200000 ? m : 200000);
    out.total = total;
    out.grade = total >= 9000000 ? 0 : total >= 8000000 ? 1 : total >= 6500000 ? 2 : 3;
    const veto = vetoed(s);
    out.veto = veto;
    out.disqualified = veto;
    out.admonished = veto;
    out.reshuffled = veto && s.vetoedLastYear;
}

const outside = (hundredths: number) => hundredths < 0 || hundredths > 10000;

/** 第二十二条 with the exceptions of 第二十四条. */
export function vetoed(s: TeamSubject): boolean {
    if (s.collective) return true;
    for (const m of s.members) if (clause2(m) || clause3(m)) return true;
    const votes = s.good + s.fair + s.ordinary + s.poor;
    if (votes === 0) throw new RangeError('division by zero');
    if (3 * (s.good + s.fair) <= 2 * votes && s.problem) return true;
    if (s.weakLeadership && s.badInfluence) return true;
    if (s.notices >= 2) return true;
    return s.noReport || s.other;
}

function clause2(m: Member): boolean {
    return m.head && ((m.filed && (m.party >= 0 || m.gov >= 0)) || m.account >= 0) && !m.crossYear && !m.priorUnit;
}

function clause3(m: Member): boolean {
    return !m.head && ((m.filed && (m.party >= 1 || m.gov >= 2)) || m.account >= 1)
        && !m.crossYear && !m.priorUnit && !m.leadershipDuty;
}
