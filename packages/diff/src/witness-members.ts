import { satisfyingFacts } from '@zeren/checker';
import type { ExprIR, FactRecord, FactValue, RuleIR, SubjectIR } from '@zeren/model';
import { baseFacts } from './witness-facts.js';

/** Labels of generated members, as a reviewer would write them in a scenario. */
const LABELS = ['张三', '李四', '王五', '赵六', '钱七', '孙八', '周九', '吴十'];
/** Longest list generated: counts (计数(成员 当 …) 不少于 n) are compared with small constants. */
const MAX_MEMBERS = 50;

/**
 * Candidate values of the subject's list facts (成员 = [ … ]): members whose facts make each
 * condition the rules evaluate per member hold or fail (任一 成员 当 …, 计数(成员 当 …), veto
 * clauses and exceptions over a list), from the checker's condition procedure. Two conditions
 * are also met by one member (a clause and the exception that excludes it), and lists of two
 * members pair them; for counts, a member that meets a condition is repeated as many times as
 * each whole number the rules state, one less and one more (`counts`). Each list is a
 * candidate only: the caller verifies it by evaluation.
 */
export function* memberLists(subject: SubjectIR, rules: RuleIR[], counts: number[]): Generator<[string, FactValue]> {
    for (const f of subject.facts) {
        if (f.type.kind !== 'list') continue;
        const element = f.type.subject;
        const names = new Set(element.facts.map(x => x.name));
        const base = baseFacts(element);
        // Met (positive) and failed (negative) conditions, each as the member facts it sets.
        const met: Map<string, FactValue>[] = [], failed: Map<string, FactValue>[] = [];
        for (const c of memberConditions(rules, element.name)) {
            for (const positive of [true, false]) {
                for (const a of satisfyingFacts(c, positive)) {
                    const own = new Map([...a].filter(([n]) => names.has(n)));
                    if (own.size) (positive ? met : failed).push(own);
                }
            }
        }
        const members: Map<string, FactValue>[] = [];
        const seen = new Set<string>();
        const add = (m: Map<string, FactValue>) => {
            const key = JSON.stringify([...m], (_, v) => (typeof v === 'bigint' ? v.toString() : v));
            if (!seen.has(key)) { seen.add(key); members.push(m); }
        };
        for (const s of [...met, ...failed]) add(new Map([...base, ...s]));
        const singles = members.length;
        for (const s of met) for (const t of met) if (s !== t) add(new Map([...base, ...s, ...t]));
        const list = (ms: Map<string, FactValue>[]): [string, FactValue] =>
            [f.name, { kind: 'list', items: ms.map((values, i): FactRecord => ({ label: LABELS[i] ?? `成员${i + 1}`, values })) }];
        for (const m of members) yield list([m]);
        const sizes = [...new Set(counts.flatMap(n => [n - 1, n, n + 1]))].filter(n => n > 1 && n <= MAX_MEMBERS);
        for (const n of sizes) for (let i = 0; i < singles; i++) yield list(Array.from({ length: n }, () => members[i]));
        for (let i = 0; i < singles; i++) for (let j = i + 1; j < singles; j++) yield list([members[i], members[j]]);
    }
}

/** Conditions the rules evaluate once per member of a list whose elements are `element`. */
function memberConditions(rules: RuleIR[], element: string): ExprIR[] {
    const out: ExprIR[] = [];
    const seen = new Set<object>();
    const walk = (v: unknown, key: string) => {
        if (!v || typeof v !== 'object' || seen.has(v) || key === 'loc' || key === 'subject') return;
        seen.add(v);
        const o = v as { k?: string; element?: SubjectIR; body?: ExprIR; condition?: ExprIR };
        if (o.element?.name === element) {
            if (o.k === 'agg' && o.body) out.push(o.body);
            else if (o.condition) out.push(o.condition);
        }
        if (Array.isArray(v)) v.forEach(x => walk(x, key));
        else for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    rules.forEach(r => walk(r, ''));
    return out;
}
