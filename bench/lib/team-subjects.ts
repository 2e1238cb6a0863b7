import type { Rng } from './prng.js';
import { rng } from './prng.js';

/**
 * One leadership team's facts (领导班子, rules.zeren) in plain integers: sub-scores in hundredths
 * (小数(2)), enum ordinals with −1 for 无. Every implementation starts from these.
 */
export interface TeamSubject {
    daily: number; duty: number; key: number; vote: number; talk: number; public: number;
    central: number; provincial: number; city: number;
    collective: boolean;
    good: number; fair: number; ordinary: number; poor: number;
    problem: boolean; weakLeadership: boolean; badInfluence: boolean;
    notices: number; noReport: boolean; other: boolean; vetoedLastYear: boolean;
    members: Member[];
}

export interface Member {
    head: boolean; filed: boolean;
    /** 党纪处分 0..4, 政务处分 0..5, 责任追究方式 0..3; −1 = 无. */
    party: number; gov: number; account: number;
    crossYear: boolean; priorUnit: boolean; leadershipDuty: boolean;
}

/** Values that put the total exactly on, or one hundredth below, a band bound (第二十条). */
const BOUNDARY_SCORES = [9000, 8999, 8000, 7999, 6500, 6499, 10000, 0];

export function generateTeams(count: number, seed: number): TeamSubject[] {
    const r = rng(seed);
    const out: TeamSubject[] = new Array(count);
    for (let i = 0; i < count; i++) out[i] = team(r);
    return out;
}

function team(r: Rng): TeamSubject {
    const score = () => r.int(5500, 10000);
    const t: TeamSubject = {
        daily: score(), duty: score(), key: score(), vote: score(), talk: score(), public: score(),
        central: r.chance(0.1) ? r.int(1, 3) : 0,
        provincial: r.chance(0.15) ? r.int(1, 3) : 0,
        city: r.chance(0.25) ? r.int(1, 4) : 0,
        collective: r.chance(0.02),
        good: r.int(0, 40), fair: r.int(0, 20), ordinary: r.int(0, 15), poor: r.int(0, 10),
        problem: r.chance(0.2), weakLeadership: r.chance(0.05), badInfluence: r.chance(0.5),
        notices: r.chance(0.1) ? r.int(1, 3) : 0,
        noReport: r.chance(0.02), other: r.chance(0.01), vetoedLastYear: r.chance(0.1),
        members: [],
    };
    if (r.chance(0.08)) {
        // All sub-scores equal and no bonus: the total is exactly that value (weights sum to 100%).
        const v = r.pick(BOUNDARY_SCORES);
        t.daily = t.duty = t.key = t.vote = t.talk = t.public = v;
        t.central = t.provincial = t.city = 0;
    }
    if (r.chance(0.1)) {
        // Exactly two thirds good-or-better votes (第二十二条（四）: 未超过 includes the bound).
        const k = r.int(1, 15);
        t.good = r.int(0, 2 * k); t.fair = 2 * k - t.good; t.ordinary = r.int(0, k); t.poor = k - t.ordinary;
    }
    if (t.good + t.fair + t.ordinary + t.poor === 0) t.good = 1;
    const n = r.int(0, 5);
    for (let i = 0; i < n; i++) t.members.push(member(r, i === 0));
    return t;
}

function member(r: Rng, first: boolean): Member {
    const filed = r.chance(0.12);
    return {
        head: first && r.chance(0.9),
        filed,
        party: r.chance(0.1) ? r.int(0, 4) : -1,
        gov: r.chance(0.08) ? r.int(0, 5) : -1,
        account: r.chance(0.08) ? r.int(0, 3) : -1,
        crossYear: r.chance(0.1), priorUnit: r.chance(0.1), leadershipDuty: r.chance(0.15),
    };
}
