// The engine as the user-path bench times it: bundled by esbuild (bench/lib/bundled-engine.ts),
// as `npm run pack:cli` bundles lib/index.mjs — not through tsx's dev-time transform.
export { evaluate, evaluateRow, typeFacts } from '@zeren/evaluator';
export { loadTeamProgram } from './zeren-team.js';
export { handOutcome } from './hand-outcome.js';
