import { evaluateRow } from '@zeren/evaluator';
import { teamJson } from './lib/team-json.js';
import { generateTeams } from './lib/team-subjects.js';
import { loadTeamProgram, TEAM } from './lib/zeren-team.js';
const z = await loadTeamProgram();
const objects = generateTeams(100000, 20151225).map(t => JSON.parse(teamJson(t)));
const src = (o: any) => ({ subject: o.subject, raw: o.facts, factsPath: ['facts'], numberAt: () => undefined, locate: () => ({ line: 1, column: 1 }) });
for (let r = 0; r < 3; r++) {
  const t0 = performance.now(); let s = 0;
  for (let i = 0; i < objects.length; i++) s += evaluateRow(z.program, { index: i + 1, key: String(i + 1), file: 't', line: i + 1, facts: src(objects[i]) } as any, { subject: TEAM }).outcome!.vetoes[0].clauses.length;
  console.log(Math.round(objects.length / (performance.now() - t0) * 1000), '/s', s);
}
