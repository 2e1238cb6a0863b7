import { isDeepStrictEqual } from 'node:util';
import type { FactValue } from '@zeren/model';
import type { BatchRow, ParsedFactFile } from '@zeren/evaluator';
import { bundledEngine } from './lib/bundled-engine.js';
import { RULES_FILE } from './lib/paths.js';
import { createJre } from './lib/jre-team.js';
import { teamFromObject, teamJson } from './lib/team-json.js';
import { generateTeams } from './lib/team-subjects.js';
import type { Measurement } from './lib/timing.js';
import { measure, measureAsync } from './lib/timing.js';
import { TEAM } from './lib/zeren-team.js';

/**
 * The user-facing path: fact objects as JSON.parse returns them → the full outcome (no trace).
 * Zeren's batch row path (evaluateRow: facts straight to a frame, then the outcome) and the path
 * single runs take (typeFacts + evaluate) against a hand-written function building the same
 * outcome object; json-rules-engine from the same objects (grade and veto only: it has no
 * breakdown or clauses to give).
 */
export interface UserPathResult {
    subjects: number;
    disagreements: number;
    measurements: Record<string, Measurement>;
    ratios: { rowVsHand: number; typedVsHand: number; jreVsRow: number; rowJsonVsHandJson?: number };
}

type FactObject = { subject: string; facts: Record<string, unknown> };

function sourceOf(o: FactObject): ParsedFactFile {
    return { subject: o.subject, raw: o.facts, factsPath: ['facts'], locate: () => ({ line: 1, column: 1 }) };
}

export async function runUserPath(o: { subjects: number; seed: number; rounds: number; jreSubjects: number }, log: (s: string) => void): Promise<UserPathResult> {
    const { evaluate, evaluateRow, handOutcome, loadTeamProgram, typeFacts } = await bundledEngine();
    const z = await loadTeamProgram(RULES_FILE);
    const subject = z.subject.subject;
    // Prepared beforehand, not timed: the objects as read from JSON.
    const objects: FactObject[] = generateTeams(o.subjects, o.seed).map(t => JSON.parse(teamJson(t)));
    const rowOf = (x: FactObject, i: number): BatchRow => ({ index: i + 1, key: String(i + 1), file: 'teams.json', line: i + 1, facts: sourceOf(x) });
    const options = { subject: TEAM };
    log(`  ${o.subjects} fact objects; verifying that Zeren and the hand-written outcome agree…`);
    let disagreements = 0;
    const canon = (x: unknown) => JSON.parse(JSON.stringify(x));
    for (let i = 0; i < objects.length; i++) {
        const zeren = evaluateRow(z.program, rowOf(objects[i], i), options);
        const typed = typeFacts(sourceOf(objects[i]), subject);
        const single = evaluate(z.program, TEAM, typed.values);
        const hand = handOutcome(objects[i]);
        if (zeren.errors.length || !isDeepStrictEqual(canon(zeren.outcome), canon(hand)) || !isDeepStrictEqual(canon(single), canon(hand))) disagreements++;
    }
    if (disagreements) throw new Error(`user path: ${disagreements} subjects where Zeren and the hand-written outcome differ`);
    const m: Record<string, Measurement> = {};
    log('  timing hand-written full outcome…');
    m.hand = measure('hand-written TypeScript building the same outcome object', objects.length, o.rounds, () => {
        let sum = 0;
        for (const x of objects) sum += handOutcome(x).vetoes[0].clauses.length;
        return sum;
    });
    log('  timing Zeren evaluateRow (batch path)…');
    m.row = measure('Zeren evaluateRow: fact object → full outcome', objects.length, o.rounds, () => {
        let sum = 0;
        for (let i = 0; i < objects.length; i++) sum += evaluateRow(z.program, rowOf(objects[i], i), options).outcome!.vetoes[0].clauses.length;
        return sum;
    });
    log('  timing both with the outcome written as JSON (what `run -o results.jsonl` does per row)…');
    m.handJson = measure('hand-written outcome + JSON.stringify', objects.length, o.rounds, () => {
        let sum = 0;
        for (const x of objects) sum += JSON.stringify(handOutcome(x)).length;
        return sum;
    });
    m.rowJson = measure('Zeren evaluateRow + JSON.stringify', objects.length, o.rounds, () => {
        let sum = 0;
        for (let i = 0; i < objects.length; i++) sum += JSON.stringify(evaluateRow(z.program, rowOf(objects[i], i), options).outcome).length;
        return sum;
    });
    log('  timing Zeren typeFacts + evaluate (single-run path)…');
    m.typed = measure('Zeren typeFacts + evaluate(): fact object → full outcome', objects.length, Math.max(1, Math.ceil(o.rounds / 3)), () => {
        let sum = 0;
        for (const x of objects) {
            const typed = typeFacts(sourceOf(x), subject).values as Map<string, FactValue>;
            sum += evaluate(z.program, TEAM, typed).vetoes[0].clauses.length;
        }
        return sum;
    });
    log(`  timing json-rules-engine from the same objects on ${o.jreSubjects}…`);
    const jre = createJre();
    const few = objects.slice(0, o.jreSubjects);
    m.jre = await measureAsync('json-rules-engine from the same objects (grade + veto only)', few.length, 1, async () => {
        let sum = 0;
        for (const x of few) {
            const r = await jre.run(teamFromObject(x as { facts: Record<string, unknown> }));
            sum += r.grade + (r.veto ? 4 : 0);
        }
        return sum;
    });
    return {
        subjects: objects.length, disagreements, measurements: m,
        ratios: { rowVsHand: m.hand.perSecond / m.row.perSecond, rowJsonVsHandJson: m.handJson.perSecond / m.rowJson.perSecond, typedVsHand: m.hand.perSecond / m.typed.perSecond, jreVsRow: m.row.perSecond / m.jre.perSecond },
    };
}
