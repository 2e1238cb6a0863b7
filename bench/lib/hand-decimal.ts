import { Decimal } from 'decimal.js';
import type { Member, TeamSubject } from './team-subjects.js';
import type { TeamResult } from './team-result.js';

/** The same hand-written rules, with every score computed in decimal.js (inputs converted beforehand). */
export interface DecimalTeam {
    subs: Decimal[];
    central: Decimal; provincial: Decimal; city: Decimal;
    source: TeamSubject;
}

const W = ['0.2', '0.28', '0.28', '0.098', '0.042', '0.1'].map(w => new Decimal(w));
const ZERO = new Decimal(0), HUNDRED = new Decimal(100);
const BANDS = [new Decimal(90), new Decimal(80), new Decimal(65)];
const POINTS = [new Decimal(3), new Decimal(2), new Decimal(1)];
const CAPS = [new Decimal(5), new Decimal(3), new Decimal(2)];
const SCALE = new Decimal(100000);

export function toDecimalTeam(s: TeamSubject): DecimalTeam {
    const d = (hundredths: number) => new Decimal(hundredths).div(100);
    return {
        subs: [s.daily, s.duty, s.key, s.vote, s.talk, s.public].map(d),
        central: new Decimal(s.central), provincial: new Decimal(s.provincial), city: new Decimal(s.city),
        source: s,
    };
}

export function evalDecimal(t: DecimalTeam, out: TeamResult): void {
    let total = ZERO;
    for (let i = 0; i < 6; i++) {
        const v = t.subs[i];
        if (v.lt(ZERO) || v.gt(HUNDRED)) throw new RangeError('sub-score outside 0–100');
        total = total.plus(v.times(W[i]));
    }
    total = total.plus(Decimal.min(t.central.times(POINTS[0]), CAPS[0]))
        .plus(Decimal.min(t.provincial.times(POINTS[1]), CAPS[1]))
        .plus(Decimal.min(t.city.times(POINTS[2]), CAPS[2]));
    out.total = total.times(SCALE).toNumber();
    out.grade = total.gte(BANDS[0]) ? 0 : total.gte(BANDS[1]) ? 1 : total.gte(BANDS[2]) ? 2 : 3;
    const veto = vetoedDecimal(t.source);
    out.veto = veto;
    out.disqualified = veto;
    out.admonished = veto;
    out.reshuffled = veto && t.source.vetoedLastYear;
}

const TWO_THIRDS = new Decimal(2).div(3);

function vetoedDecimal(s: TeamSubject): boolean {
    if (s.collective) return true;
    for (const m of s.members) if (clause2(m) || clause3(m)) return true;
    const votes = s.good + s.fair + s.ordinary + s.poor;
    if (votes === 0) throw new RangeError('division by zero');
    // The share compared in decimal as a library user would write it; 20 significant digits
    // round 2/3 the same way on both sides, so exact thirds still compare equal.
    if (new Decimal(s.good + s.fair).div(votes).lte(TWO_THIRDS) && s.problem) return true;
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
