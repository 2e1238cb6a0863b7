import * as path from 'node:path';
import type { FactValue } from '@zeren/model';
import { parseDecimal } from '@zeren/model';
import type { Program } from '@zeren/evaluator';
import { compileDocument } from '@zeren/evaluator';
import { loadWorkspace } from '../../../packages/cli/src/workspace-loader.js';
import { KAOHE } from './examples.js';

/** The compiled 2015 assessment method (examples/city/kaohe-2015/rules.zeren). */
export async function kaoheProgram(): Promise<Program> {
    const ws = await loadWorkspace([path.join(KAOHE, 'rules.zeren')]);
    return compileDocument(ws.ir(ws.documents[0]).documents[0]);
}

export const hundredths = (n: number): FactValue => ({
    kind: 'number', value: parseDecimal(`${n < 0 ? '-' : ''}${Math.floor(Math.abs(n) / 100)}.${String(Math.abs(n) % 100).padStart(2, '0')}`)!,
});
export const integer = (n: number): FactValue => ({ kind: 'number', value: parseDecimal(String(n))! });
export const bool = (b: boolean): FactValue => ({ kind: 'bool', value: b });
