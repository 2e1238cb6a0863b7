import type { ExpectationIR, Outcome } from '@zeren/model';
import type { ScenarioFailure } from './scenario-runner.js';

/** Compares a scenario's expectation of an accountability rule (or one restriction) with the outcome. */
export function checkAccountabilityExpectation(e: ExpectationIR, outcome: Outcome): ScenarioFailure[] {
    const out: ScenarioFailure[] = [];
    const entry = outcome.accountability?.find(a => a.rule === e.rule.name);
    const name = e.value?.kind === 'acc-until' || e.value?.kind === 'acc-since' ? e.value.item : e.rule.name;
    const fail = (expected: string, actual: string) => out.push({
        expectation: name, expected, actual, loc: e.loc,
        zh: `${name}：期望 ${expected}，实际 ${actual}`,
        en: `${name}: expected ${expected}, got ${actual}`,
    });
    const v = e.value;
    if (v) {
        switch (v.kind) {
            case 'acc-bool': {
                const actual = !entry ? undefined
                    : entry.form === 'situations' ? entry.applies
                    : entry.form === 'sanctions' ? entry.due
                    : entry.form === 'restrictions' ? entry.items.some(i => i.within ?? i.applies)
                    : entry.form === 'lookback' ? entry.applies
                    : entry.result !== null;
                if (actual !== v.value) fail(v.value ? '是' : '否', actual === undefined ? '无法计算' : actual ? '是' : '否');
                break;
            }
            case 'acc-label': {
                const actual = entry?.form === 'determination' ? entry.result : undefined;
                if (actual !== v.value) fail(v.value, actual ?? '无');
                break;
            }
            case 'acc-set': {
                const actual = entry?.form === 'sanctions' ? entry.measures : [];
                if (!sameSet(v.values, actual)) fail(`[${v.values.join('、')}]`, `[${actual.join('、')}]`);
                break;
            }
            case 'acc-until':
            case 'acc-since': {
                const item = entry?.form === 'restrictions' ? entry.items.find(i => i.name === v.item) : undefined;
                // As written in a scenario: the last day, `first day 起` when it never ends, or 否.
                const actual = !item?.applies ? '否' : item.until ?? (item.from ? `${item.from} 起` : '是');
                const expected = v.kind === 'acc-since' ? `${v.value} 起` : v.value ?? '否';
                if (actual !== expected) fail(expected, actual);
                break;
            }
            case 'acc-interval': {
                const expected = `${v.from} 至 ${v.until}`;
                const actual = entry?.form === 'lookback' && entry.applies ? `${entry.from} 至 ${entry.until}` : '否';
                if (actual !== expected) fail(expected, actual);
                break;
            }
            default:
                break;
        }
    }
    if (e.clauses.length) {
        const found = entry?.form === 'situations' ? entry.situations.map(s => s.label) : [];
        if (!sameSet(e.clauses, found)) fail(`条款 ${e.clauses.join('')}`, `条款 ${found.join('') || '无'}`);
    }
    return out;
}

function sameSet(a: string[], b: string[]): boolean {
    return a.length === b.length && a.every(x => b.includes(x));
}
