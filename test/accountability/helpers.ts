import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileDocument, runScenario } from '@zeren/evaluator';
import type { AccountabilityResult, Outcome } from '@zeren/model';
import { buildFiles, ROOT } from '../helpers/workspace.js';

export const ZHUIJIU = fs.readFileSync(path.join(ROOT, 'examples/city/zhuijiu-2015/rules.zeren'), 'utf8');

/** Evaluates one case (facts written as in a scenario) against the 追究办法 and returns the outcome. */
export async function evaluateCase(facts: string, rules = ZHUIJIU): Promise<Outcome> {
    const ws = await buildFiles({
        'rules.zeren': rules,
        's.zeren': `场景集 集 针对 张掖市党风廉政建设责任追究办法 { 场景 "s" 对 追究对象 { 事实 { ${facts} } } }`,
    });
    const program = compileDocument(ws.ir('rules.zeren').documents[0]);
    return runScenario(program, ws.ir('s.zeren').suites[0].scenarios[0]).outcome;
}

export function entry<F extends AccountabilityResult['form']>(o: Outcome, rule: string, form: F): Extract<AccountabilityResult, { form: F }> {
    const found = o.accountability?.find(a => a.rule === rule);
    if (!found || found.form !== form) throw new Error(`no ${form} entry ${rule}`);
    return found as Extract<AccountabilityResult, { form: F }>;
}
