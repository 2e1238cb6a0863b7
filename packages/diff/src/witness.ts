import { implication, satisfyingFacts } from '@zeren/checker';
import { compileDocument, evaluate } from '@zeren/evaluator';
import type { Program } from '@zeren/evaluator';
import type { DocumentIR, ExprIR, FactIR, FactValue, Outcome, RuleIR, SubjectIR } from '@zeren/model';
import { Rational, denominator, formatRational, numerator } from '@zeren/model';
import type { ChangeRef, DocumentChange, Witness } from './diff-schema.js';
import { printExpr } from './canonical-expr.js';
import { outcomeDeltas } from './outcome-delta.js';
import { spliceDocument } from './splice.js';
import { DAY0, baseFacts, factTexts } from './witness-facts.js';
import { memberLists } from './witness-members.js';

/**
 * Evidence for a rule change: a subject (facts within the declared types and ranges) whose
 * outcome differs between the old rules and the old rules with this change alone, verified by
 * evaluating both; or a proof that none exists; or an honest "undecided".
 *
 * Search, cheapest first, every candidate verified by evaluation:
 *  1. exact seeds: assignments that make each condition of the rule (old and new) hold and
 *     fail, from the checker's condition procedure (satisfyingFacts);
 *  2. list facts: members that meet or fail each condition read per member, from the same
 *     procedure (witness-members.ts);
 *  3. boundary values: every constant the rule states (thresholds, bands, caps, bounds), one
 *     unit of the fact's precision either side, the range ends and defaults; dates and event
 *     logs around a reference day; each fact varied alone from the seeds, then all number
 *     facts set to one value (a weighted total is then that value);
 * Proof of equivalence: a change made only of conditions, each old ⇔ new by the checker's
 * implication procedure. Otherwise, when nothing is found within the budget: undecided.
 */

const BUDGET = 4000;
const YEAR = 2016;

export function findWitnesses(oldIR: (name: string) => DocumentIR | undefined, newIR: (name: string) => DocumentIR | undefined, changes: DocumentChange[]): Witness[] {
    const out: Witness[] = [];
    for (const doc of changes) {
        if (doc.status !== 'changed') continue;
        const before = oldIR(doc.document), after = newIR(doc.document);
        if (!before || !after) continue;
        let oldProgram: Program;
        try { oldProgram = compileDocument(before); } catch { continue; }
        for (const group of doc.articles) {
            for (const e of group.entities) {
                const change: ChangeRef = { id: e.id, document: doc.document, kind: e.kind, name: e.name };
                out.push(witnessFor(change, before, after, oldProgram));
            }
        }
    }
    return out;
}

function witnessFor(change: ChangeRef, before: DocumentIR, after: DocumentIR, oldProgram: Program): Witness {
    const oldRule = before.rules.find(r => r.id === change.id), newRule = after.rules.find(r => r.id === change.id);
    const done = (w: Omit<Witness, 'change'>): Witness => ({ change, ...w });
    if (!oldRule && !newRule) return done({ status: 'undecided', reason: 'a declaration: its effect shows through the rules that read it / 声明的变化经由读取它的规则体现', evaluations: 0 });
    const proof = conditionsEquivalent(oldRule, newRule);
    if (proof) return done({ status: 'equivalent', reason: proof, evaluations: 0 });
    let hybrid: Program;
    try { hybrid = compileDocument(spliceDocument(before, after, { kind: 'entity', id: change.id })); } catch (e) {
        return done({ status: 'undecided', reason: `cannot compile the change alone: ${(e as Error).message}`, evaluations: 0 });
    }
    const subject = (newRule ?? oldRule)!.subject.name;
    const oldSubject = before.subjects.find(s => s.name === subject);
    if (!oldSubject || !hybrid.subjects.has(subject)) return done({ status: 'undecided', reason: `subject ${subject} is new: there is no old outcome to compare / 主体 ${subject} 为新增，没有旧结果可比较`, evaluations: 0 });
    let evaluations = 0;
    for (const facts of candidates(oldSubject, [oldRule, newRule].filter(Boolean) as RuleIR[])) {
        if (evaluations >= BUDGET) break;
        evaluations++;
        const o = run(oldProgram, subject, facts), n = run(hybrid, subject, facts);
        if (!o || !n) continue;
        const differences = outcomeDeltas(o, n);
        if (differences.length) {
            return done({ status: 'witness', reason: 'verified by evaluating both sides / 两个版本分别计算验证', subject, year: YEAR, facts: factTexts(oldSubject, facts), differences, evaluations });
        }
    }
    return done({
        status: 'undecided',
        reason: `no differing subject among ${evaluations} candidates (exact seeds and boundary values); not proved equivalent / 在 ${evaluations} 个候选中未找到结果不同的主体，也未能证明等价`,
        evaluations,
    });
}

/** Old ⇔ new for a rule whose only difference is in its conditions, proved both ways. */
function conditionsEquivalent(oldRule: RuleIR | undefined, newRule: RuleIR | undefined): string | undefined {
    if (!oldRule || !newRule) return undefined;
    const a = conditionsOf(oldRule), b = conditionsOf(newRule);
    if (a.length !== b.length) return undefined;
    if (stripConditions(oldRule) !== stripConditions(newRule)) return undefined;
    const names = new Set(oldRule.subject.facts.map(f => f.name));
    const changed = a.map((x, i) => i).filter(i => printExpr(a[i]) !== printExpr(b[i]));
    if (changed.length === 0) return 'only its citation, 原文 or 注 changed: nothing an outcome decides on / 只改变了引用、原文或注，不影响任何结果';
    for (const i of changed) {
        if (implication(a[i], b[i], names)?.holds !== true || implication(b[i], a[i], names)?.holds !== true) return undefined;
    }
    return 'every changed condition implies the other both ways (exact, over the declared ranges) / 每个改变的条件互相蕴含，在声明的范围内等价';
}

function isCondition(x: unknown): x is ExprIR {
    return !!x && typeof x === 'object' && 'k' in x && 'type' in x && (x as ExprIR).type?.kind === 'bool';
}

/** The outermost yes/no expressions of a rule, in a fixed order. */
function conditionsOf(rule: RuleIR): ExprIR[] {
    const out: ExprIR[] = [];
    const seen = new Set<object>();
    const walk = (v: unknown, key: string) => {
        if (!v || typeof v !== 'object' || seen.has(v)) return;
        seen.add(v);
        if (isCondition(v)) { out.push(v); return; }
        if (key === 'subject' || key === 'loc') return;
        if (Array.isArray(v)) v.forEach(x => walk(x, key));
        else for (const [k, x] of Object.entries(v)) if (k !== 'subject' && k !== 'loc' && !(k === 'rule' && x !== rule)) walk(x, k);
    };
    walk(rule, '');
    return out;
}

/** The rule without its conditions, locations and notes: equal when only conditions changed. */
function stripConditions(rule: RuleIR): string {
    const seen = new Set<object>();
    return JSON.stringify(rule, (k, v) => {
        if (k === 'loc' || k === 'subject' || k === 'sourceText' || k === 'notes' || k === 'citation' || isCondition(v)) return undefined;
        if (typeof v === 'bigint') return v.toString();
        if (v && typeof v === 'object') { if (seen.has(v)) return undefined; seen.add(v); }
        return v;
    });
}

function* candidates(subject: SubjectIR, rules: RuleIR[]): Generator<Map<string, FactValue>> {
    const base = baseFacts(subject);
    const seeds: Map<string, FactValue>[] = [base];
    for (const rule of rules) {
        for (const c of conditionsOf(rule)) {
            for (const positive of [true, false]) {
                for (const a of satisfyingFacts(c, positive)) seeds.push(new Map([...base, ...a]));
            }
        }
    }
    for (const s of seeds) yield s;
    const constants = numbersOf(rules);
    const counts = constants.filter(c => denominator(c) === 1n).map(c => Number(numerator(c)));
    for (const [name, list] of memberLists(subject, rules, counts)) yield new Map([...base, [name, list]]);
    const values = new Map(subject.facts.map(f => [f.name, valuesFor(f, constants)]));
    // Every number fact at one value: a weighted total is then that value.
    const numeric = subject.facts.filter(f => f.type.kind === 'int' || f.type.kind === 'dec');
    const uniform = new Map<string, Rational>();
    for (const f of numeric) for (const v of values.get(f.name)!) if (v.kind === 'number') uniform.set(formatRational(v.value), v.value);
    for (const seed of seeds) {
        for (const f of subject.facts) for (const v of values.get(f.name)!) yield new Map([...seed, [f.name, v]]);
        for (const value of uniform.values()) {
            const all = new Map(seed);
            for (const f of numeric) if (fits(f, value)) all.set(f.name, { kind: 'number', value });
            yield all;
        }
    }
}

function numbersOf(rules: RuleIR[]): Rational[] {
    const out: Rational[] = [];
    const seen = new Set<object>();
    const walk = (v: unknown) => {
        if (!v || typeof v !== 'object' || seen.has(v)) return;
        seen.add(v);
        if (v instanceof Rational) { out.push(v); return; }
        if (Array.isArray(v)) v.forEach(walk);
        else for (const [k, x] of Object.entries(v)) if (k !== 'subject' && k !== 'loc') walk(x);
    };
    rules.forEach(walk);
    return out;
}

function fits(f: FactIR, v: Rational): boolean {
    if (f.min && v.compare(f.min) < 0) return false;
    if (f.max && v.compare(f.max) > 0) return false;
    const places = f.type.kind === 'dec' ? f.type.places : f.type.kind === 'int' ? 0 : 6;
    return denominator(v.mul(new Rational(10n ** BigInt(places)))) === 1n;
}

function valuesFor(f: FactIR, constants: Rational[]): FactValue[] {
    const t = f.type;
    switch (t.kind) {
        case 'bool': return [{ kind: 'bool', value: true }, { kind: 'bool', value: false }];
        case 'enum': return [...(t.optional || f.optional ? [{ kind: 'absent' } as FactValue] : []), ...t.decl.values.map((label, index) => ({ kind: 'enum', index, label }) as FactValue)];
        case 'int':
        case 'dec': {
            const unit = new Rational(1n, 10n ** BigInt(t.kind === 'dec' ? t.places : 0));
            // Percentages state fractions of 100: 30% is 0.3 in the IR and 30 as a score.
            const points = [...constants, ...constants.map(c => c.mul(new Rational(100n)))];
            const raw = [f.min, f.max, ...points.flatMap(c => [c.sub(unit), c, c.add(unit)])].filter((x): x is Rational => !!x);
            const out: FactValue[] = [];
            const seen = new Set<string>();
            for (const v of raw) {
                const key = formatRational(v);
                if (seen.has(key) || !fits(f, v)) continue;
                seen.add(key);
                out.push({ kind: 'number', value: v });
            }
            return out;
        }
        case 'date': return [...(f.optional ? [{ kind: 'absent' } as FactValue] : []), ...Array.from({ length: 46 }, (_, k) => ({ kind: 'date', value: addDays(DAY0, k) }) as FactValue)];
        case 'log': return [[], [`${YEAR}-03-01`], [`${YEAR}-03-01`, `${YEAR}-09-01`], [`${YEAR}-03-01`, `${YEAR}-04-01`, `${YEAR}-09-01`, `${YEAR}-10-01`]]
            .map(items => ({ kind: 'log', items }) as FactValue);
        default: return [];
    }
}


function run(program: Program, subject: string, facts: Map<string, FactValue>): Outcome | undefined {
    try {
        const o = evaluate(program, subject, facts, { year: YEAR, asOf: `${YEAR}-12-31` });
        return o.errors.length ? undefined : o;
    } catch {
        return undefined;
    }
}

/** DAY0 (1 March) plus up to 45 days: within March and April, no calendar arithmetic needed. */
function addDays(iso: string, days: number): string {
    const day = Number(iso.slice(8, 10)) + days;
    const [month, d] = day <= 31 ? ['03', day] : ['04', day - 31];
    return `${iso.slice(0, 4)}-${month}-${String(d).padStart(2, '0')}`;
}

