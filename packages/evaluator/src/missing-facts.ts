import type { Outcome } from '@zeren/model';
import { message, renderBoth } from '@zeren/model';

/**
 * Facts an outcome lacked as `fact-missing` errors, one per fact and rule that reads it itself
 * (not only through another undetermined rule): what a scenario (whose facts should be complete)
 * reports as failures and the editor as diagnostics, where `zeren run` reports the rules left
 * undetermined instead.
 */
export function missingFactErrors(outcome: Outcome): Outcome['errors'] {
    const statuses = (outcome.rules ?? []).filter(r => r.status === 'undetermined');
    const missing = new Map(statuses.map(r => [r.rule, new Set(r.missing ?? [])]));
    const out: Outcome['errors'] = [];
    for (const r of statuses) {
        for (const fact of r.missing ?? []) {
            if ((r.via ?? []).some(v => missing.get(v)?.has(fact))) continue;
            const msg = message('fact-missing', fact, `${r.cite ? `〔${r.cite.text}〕` : ''}${r.rule}`);
            out.push({ code: msg.code, args: [...msg.args], ...renderBoth(msg), cite: r.cite });
        }
    }
    return out;
}
