import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactValue } from '@zeren/model';
import { exampleFiles, FULL, ROOT } from './support/examples.js';
import type { FuzzWorkspace } from './support/fuzz-workspace.js';
import { workspaceForFile } from './support/origin-workspace.js';
import type { Operator } from './support/mutate.js';
import { mutate, OPERATORS } from './support/mutate.js';
import { rng } from './support/prng.js';
import { saveRegression, signatureOf } from './support/save-regression.js';
import { scenarioFacts } from './support/scenario-facts.js';

/**
 * Mutants of every example file (token deletion, duplication, swap, truncation, odd Unicode and
 * CJK, huge numbers, deep parentheses, stray keywords, splices) go through parse, link,
 * validation, lowering, compilation and — when still free of errors — evaluation of their
 * scenarios (or of their subjects on the example scenarios' facts). None may throw.
 * 5,000 mutants here; 100,000 with ZEREN_FUZZ=full. Seed: ZEREN_FUZZ_SEED (default 2015).
 */
const MUTANTS = Number(process.env.ZEREN_FUZZ_MUTANTS ?? (FULL ? 100_000 : 5_000));
const SEED = Number(process.env.ZEREN_FUZZ_SEED ?? 2015);
/** Per mutant: 2 s in the full run; a looser bound in the quick run, which shares CI machines with other jobs. */
const SLOW_MS = FULL ? 2_000 : 10_000;

interface Target { file: string; text: string; isRules: boolean; ws: FuzzWorkspace; facts: Map<string, Map<string, FactValue>> }

const targets: Target[] = [];

beforeAll(async () => {
    const factsOf = await scenarioFacts();
    // Scenario files of one directory share a workspace (the directory's rule files).
    const scenarioWorkspaces = new Map<string, Promise<FuzzWorkspace>>();
    for (const f of exampleFiles()) {
        let ws = f.isRules ? workspaceForFile(f.file) : scenarioWorkspaces.get(f.dir);
        if (!ws) scenarioWorkspaces.set(f.dir, ws = workspaceForFile(f.file));
        targets.push({ file: path.relative(ROOT, f.file), text: f.text, isRules: f.isRules, ws: await ws, facts: factsOf });
    }
}, 300_000);

describe('mutation fuzzing of every example file', () => {
    it(`${MUTANTS} mutants finish with diagnostics or an outcome, never an exception`, async () => {
        const r = rng(SEED);
        // Strict: every crash fails the run (and is kept under regressions/); no defect is tolerated.
        const crashes: string[] = [];
        const crash = (text: string, detail: string, origin: string) => {
            crashes.push(`${saveRegression('crash', text, detail, origin)}: ${signatureOf(detail)}`);
        };
        const slow: string[] = [];
        const byOperator = new Map<Operator, number>();
        let clean = 0, evaluated = 0;
        for (let i = 0; i < MUTANTS; i++) {
            const target = targets[i % targets.length];
            const op = OPERATORS[Math.floor(i / targets.length) % OPERATORS.length];
            const text = mutate(target.text, op, r, FULL);
            byOperator.set(op, (byOperator.get(op) ?? 0) + 1);
            const origin = `${target.file} · ${op} · seed ${SEED} · mutant ${i}`;
            const t0 = performance.now();
            try {
                const result = await target.ws.run(text, subject => target.facts.get(subject) as Map<string, never> | undefined);
                if (result.internalErrors.length) crash(text, result.internalErrors.join('\n'), origin);
                if (result.errors === 0) clean++;
                evaluated += result.evaluated;
            } catch (e) {
                crash(text, (e as Error).stack ?? String(e), origin);
            }
            const ms = performance.now() - t0;
            if (ms > SLOW_MS) slow.push(`${saveRegression('slow', text, `${ms.toFixed(0)} ms`, origin)} (${ms.toFixed(0)} ms)`);
        }
        console.info(`mutation fuzz: ${MUTANTS} mutants of ${targets.length} files (seed ${SEED}); ${clean} still valid, ${evaluated} evaluations; `
            + `${crashes.length} crashes, `
            + `${slow.length} over ${SLOW_MS} ms; ${JSON.stringify(Object.fromEntries(byOperator))}`);
        if (slow.length) console.warn(`slow mutants (kept as regressions):\n${slow.join('\n')}`);
        expect(crashes).toEqual([]);
        expect(slow).toEqual([]);
    }, FULL ? 24 * 3_600_000 : 600_000);
});
