import type { FactValue } from '@zeren/model';
import { evaluate, runSubject } from '@zeren/evaluator';
import { frameFor } from '@zeren/evaluator';
import { evalDecimal, toDecimalTeam } from './lib/hand-decimal.js';
import { evalExact } from './lib/hand-exact.js';
import { createJre } from './lib/jre-team.js';
import { newResult } from './lib/team-result.js';
import type { TeamResult } from './lib/team-result.js';
import { generateTeams } from './lib/team-subjects.js';
import type { Measurement } from './lib/timing.js';
import { measure, measureAsync } from './lib/timing.js';
import { loadTeamProgram, readFrame, teamFacts, teamFrames, TEAM } from './lib/zeren-team.js';

export interface ThroughputOptions { subjects: number; seed: number; rounds: number; jreSubjects: number; explainSample: number }

export interface Agreement {
    subjects: number;
    /** Subjects on which the implementation's grade or veto differ from the hand-written exact version. */
    disagreements: Record<string, number>;
    /** Zeren and hand-written totals and consequences, exact. */
    totalMismatches: number;
    consequenceMismatches: number;
    evaluationErrors: number;
    distribution: { grades: Record<string, number>; vetoed: number };
}

export interface ThroughputResult {
    options: ThroughputOptions;
    agreement: Agreement;
    measurements: Record<string, Measurement>;
    ratios: Record<string, number>;
}

export async function runThroughput(o: ThroughputOptions, log: (s: string) => void): Promise<ThroughputResult> {
    const subjects = generateTeams(o.subjects, o.seed);
    const z = await loadTeamProgram();
    // Prepared beforehand, not timed: frames for Zeren, decimals for decimal.js, fact maps for evaluate().
    const frames = teamFrames(z, subjects);
    const decimals = subjects.map(toDecimalTeam);
    const jre = createJre();
    log(`  ${o.subjects} subjects generated (seed ${o.seed}); verifying agreement…`);

    const agreement = await verify(o, subjects, z, frames, decimals, jre);
    const bad = Object.values(agreement.disagreements).reduce((a, b) => a + b, 0) + agreement.totalMismatches + agreement.consequenceMismatches + agreement.evaluationErrors;
    if (bad > 0) throw new Error(`implementations disagree: ${JSON.stringify(agreement)}`);

    const sp = z.subject;
    const g = z.slots.grade, v = z.slots.veto;
    const out = newResult();
    const m: Record<string, Measurement> = {};
    log('  timing hand-written exact…');
    m.handExact = measure('hand-written TypeScript, scaled integers', subjects.length, o.rounds, () => {
        let sum = 0;
        for (let i = 0; i < subjects.length; i++) {
            evalExact(subjects[i], out);
            sum += out.grade + (out.veto ? 4 : 0) + (out.reshuffled ? 8 : 0);
        }
        return sum;
    });
    log('  timing Zeren fast path…');
    m.zeren = measure('Zeren fast path (runSubject, generated tier)', frames.length, o.rounds, () => {
        let sum = 0;
        for (let i = 0; i < frames.length; i++) {
            const f = frames[i];
            runSubject(sp, f);
            sum += (f.r[g] as number) + (f.r[v] ? 4 : 0) + (f.r[z.slots.reshuffled] ? 8 : 0);
        }
        return sum;
    });
    log('  timing Zeren closure tier…');
    m.zerenClosures = measure('Zeren fast path, closure tier only', frames.length, o.rounds, () => {
        let sum = 0;
        for (let i = 0; i < frames.length; i++) {
            const f = frames[i];
            runSubject(z.closures, f);
            sum += (f.r[g] as number) + (f.r[v] ? 4 : 0) + (f.r[z.slots.reshuffled] ? 8 : 0);
        }
        return sum;
    });
    log('  timing Zeren with frame preparation per subject…');
    const factMaps = subjects.map(teamFacts);
    m.zerenWithFrame = measure('Zeren frameFor + runSubject', factMaps.length, o.rounds, () => {
        let sum = 0;
        for (let i = 0; i < factMaps.length; i++) {
            const f = frameFor(sp.subject, factMaps[i]);
            runSubject(sp, f);
            sum += f.r[g] as number;
        }
        return sum;
    });
    log('  timing decimal.js…');
    m.handDecimal = measure('hand-written TypeScript, decimal.js', decimals.length, Math.max(1, Math.ceil(o.rounds / 3)), () => {
        let sum = 0;
        for (let i = 0; i < decimals.length; i++) {
            evalDecimal(decimals[i], out);
            sum += out.grade + (out.veto ? 4 : 0);
        }
        return sum;
    });
    log(`  timing json-rules-engine on ${o.jreSubjects} subjects…`);
    const jreSubjects = subjects.slice(0, o.jreSubjects);
    m.jsonRulesEngine = await measureAsync('json-rules-engine (grade + veto rules)', jreSubjects.length, 1, async () => {
        let sum = 0;
        for (const s of jreSubjects) {
            const r = await jre.run(s);
            sum += r.grade + (r.veto ? 4 : 0);
        }
        return sum;
    });
    log(`  timing full outcomes and explanation traces on ${o.explainSample} subjects…`);
    const sample = factMaps.slice(0, o.explainSample);
    m.outcome = measureEvaluate('Zeren evaluate() full outcome, no trace', z.program, sample, false, o.rounds);
    m.explain = measureEvaluate('Zeren evaluate() with explanation trace', z.program, sample, true, o.rounds);

    const ratios = {
        zerenVsHandExact: m.handExact.perSecond / m.zeren.perSecond,
        closuresVsHandExact: m.handExact.perSecond / m.zerenClosures.perSecond,
        decimalVsHandExact: m.handExact.perSecond / m.handDecimal.perSecond,
        jreVsZeren: m.zeren.perSecond / m.jsonRulesEngine.perSecond,
        jreVsHandExact: m.handExact.perSecond / m.jsonRulesEngine.perSecond,
        zerenVsDecimal: m.zeren.perSecond / m.handDecimal.perSecond,
        frameCostVsFastPath: m.zeren.perSecond / m.zerenWithFrame.perSecond,
        outcomeVsFastPath: m.zeren.perSecond / m.outcome.perSecond,
        explainVsFastPath: m.zeren.perSecond / m.explain.perSecond,
        explainVsOutcome: m.outcome.perSecond / m.explain.perSecond,
    };
    return { options: o, agreement, measurements: m, ratios };
}

function measureEvaluate(name: string, program: Parameters<typeof evaluate>[0], sample: Map<string, FactValue>[], explain: boolean, rounds: number): Measurement {
    return measure(name, sample.length, Math.max(1, Math.ceil(rounds / 3)), () => {
        let sum = 0;
        for (const facts of sample) sum += evaluate(program, TEAM, facts, { explain }).vetoes.length + (explain ? 1 : 0);
        return sum;
    });
}

async function verify(
    o: ThroughputOptions,
    subjects: ReturnType<typeof generateTeams>,
    z: Awaited<ReturnType<typeof loadTeamProgram>>,
    frames: ReturnType<typeof teamFrames>,
    decimals: ReturnType<typeof toDecimalTeam>[],
    jre: ReturnType<typeof createJre>,
): Promise<Agreement> {
    const a: Agreement = {
        subjects: subjects.length, disagreements: { zeren: 0, handDecimal: 0, jsonRulesEngine: 0 },
        totalMismatches: 0, consequenceMismatches: 0, evaluationErrors: 0,
        distribution: { grades: { 好: 0, 较好: 0, 一般: 0, 较差: 0 }, vetoed: 0 },
    };
    const exact = newResult(), dec = newResult(), zr = newResult();
    const labels = ['好', '较好', '一般', '较差'];
    const differs = (x: { grade: number; veto: boolean }, y: TeamResult) => x.grade !== y.grade || x.veto !== y.veto;
    for (let i = 0; i < subjects.length; i++) {
        evalExact(subjects[i], exact);
        evalDecimal(decimals[i], dec);
        const run = runSubject(z.subject, frames[i]);
        if (run.errors.size > 0 || !run.assessed) a.evaluationErrors++;
        readFrame(z, frames[i], zr);
        const j = await jre.run(subjects[i]);
        if (differs(zr, exact)) a.disagreements.zeren++;
        if (differs(dec, exact) || dec.total !== exact.total) a.disagreements.handDecimal++;
        if (differs(j, exact)) a.disagreements.jsonRulesEngine++;
        if (zr.total !== exact.total) a.totalMismatches++;
        if (zr.disqualified !== exact.disqualified || zr.admonished !== exact.admonished || zr.reshuffled !== exact.reshuffled) a.consequenceMismatches++;
        a.distribution.grades[labels[exact.grade]]++;
        if (exact.veto) a.distribution.vetoed++;
    }
    return a;
}
