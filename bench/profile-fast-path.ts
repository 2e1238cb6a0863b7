// Profiles the Zeren fast path alone: `npx tsx --cpu-prof --cpu-prof-dir=bench/results/profile bench/profile-fast-path.ts`,
// then `npx tsx bench/profile-summary.ts bench/results/profile/<file>.cpuprofile` prints self time per function.
import { runSubject } from '@zeren/evaluator';
import { generateTeams } from './lib/team-subjects.js';
import { loadTeamProgram, teamFrames } from './lib/zeren-team.js';

async function main(): Promise<void> {
    const subjects = generateTeams(Number(process.env.SUBJECTS ?? 100000), 20151225);
    const z = await loadTeamProgram();
    const frames = teamFrames(z, subjects);
    const t0 = performance.now();
    let sum = 0;
    for (let round = 0; round < 20; round++) {
        for (const f of frames) {
            runSubject(z.subject, f);
            sum += f.r[z.slots.grade] as number;
        }
    }
    const ms = performance.now() - t0;
    console.log(`${((20 * frames.length) / (ms / 1000)).toFixed(0)} evaluations/s (checksum ${sum})`);
}

void main();
