import { Engine } from 'json-rules-engine';
import type { RuleProperties, TopLevelCondition } from 'json-rules-engine';
import type { TeamSubject } from './team-subjects.js';
import { evalExact } from './hand-exact.js';
import { newResult } from './team-result.js';

/**
 * json-rules-engine on the grade (第二十条) and veto (第二十二、二十四条) rules. The engine has no
 * arithmetic and no list quantifier, so (as its users do) the score and the vote products are
 * computed in JavaScript and passed as facts, and member clauses run in a second engine per member.
 */
const is = (fact: string, value: unknown = true) => ({ fact, operator: 'equal', value });
const atLeast = (fact: string, value: number) => ({ fact, operator: 'greaterThanInclusive', value });

const GRADES: [string, number][] = [['好', 9000000], ['较好', 8000000], ['一般', 6500000]];

function teamRules(): RuleProperties[] {
    const veto = (clause: string, conditions: TopLevelCondition): RuleProperties => ({ name: clause, conditions, event: { type: 'veto', params: { clause } } });
    return [
        ...GRADES.map(([label, bound], i): RuleProperties => ({
            name: label, priority: 10 - i, conditions: { all: [atLeast('score', bound)] }, event: { type: 'grade', params: { band: i } },
        })),
        veto('（一）', { all: [is('collective')] }),
        veto('（四）', { all: [{ fact: 'goodTimes3', operator: 'lessThanInclusive', value: { fact: 'votesTimes2' } }, is('problem')] }),
        veto('（五）', { all: [is('weakLeadership'), is('badInfluence')] }),
        veto('（六）', { all: [atLeast('notices', 2)] }),
        veto('（七）', { all: [is('noReport')] }),
        veto('（八）', { all: [is('other')] }),
    ];
}

function memberRules(): RuleProperties[] {
    const notExcepted = (...facts: string[]) => facts.map(f => is(f, false));
    return [
        {
            name: '（二）', event: { type: 'veto', params: { clause: '（二）' } },
            conditions: { all: [
                is('head'),
                { any: [{ all: [is('filed'), { any: [atLeast('party', 0), atLeast('gov', 0)] }] }, atLeast('account', 0)] },
                ...notExcepted('crossYear', 'priorUnit'),
            ] },
        },
        {
            name: '（三）', event: { type: 'veto', params: { clause: '（三）' } },
            conditions: { all: [
                is('head', false),
                { any: [{ all: [is('filed'), { any: [atLeast('party', 1), atLeast('gov', 2)] }] }, atLeast('account', 1)] },
                ...notExcepted('crossYear', 'priorUnit', 'leadershipDuty'),
            ] },
        },
    ];
}

export interface JreTeam {
    run(s: TeamSubject): Promise<{ grade: number; veto: boolean }>;
}

export function createJre(): JreTeam {
    const team = new Engine(teamRules(), { allowUndefinedFacts: false });
    const member = new Engine(memberRules(), { allowUndefinedFacts: false });
    const scratch = newResult();
    return {
        async run(s) {
            evalExact(s, scratch); // the score: arithmetic the engine cannot express
            const votes = s.good + s.fair + s.ordinary + s.poor;
            const result = await team.run({
                score: scratch.total, goodTimes3: 3 * (s.good + s.fair), votesTimes2: 2 * votes,
                collective: s.collective, problem: s.problem, weakLeadership: s.weakLeadership, badInfluence: s.badInfluence,
                notices: s.notices, noReport: s.noReport, other: s.other,
            });
            let grade = 3;
            let veto = false;
            for (const e of result.events) {
                if (e.type === 'grade') grade = Math.min(grade, (e.params as { band: number }).band);
                else veto = true;
            }
            for (const m of s.members) {
                const r = await member.run({ ...m });
                if (r.events.length) veto = true;
            }
            return { grade, veto };
        },
    };
}
