import type { ComponentIR, Rational, ScoreIR } from '@zeren/model';
import { denominator, lcm, numerator } from '@zeren/model';
import { EvalError } from './eval-error.js';
import type { ExprCompiler } from './compile-expr.js';
import type { Frame } from './frame.js';
import type { NumPlan } from './numeric-plan.js';
import { checked, rescale } from './numeric-plan.js';

export interface Leaf {
    component: ComponentIR;
    path: string[];
    plan: NumPlan;
}

export interface CompiledScore {
    /** Result n with total = n / scale. */
    scale: bigint;
    bound: bigint;
    roots: ComponentIR[];
    leaves: Leaf[];
    /** Base (weighted components) and bonus at `scale`. */
    base: (f: Frame) => number;
    bonus: (f: Frame) => number;
    bonusItems: { group: string; item: string; count: NumPlan; points: Rational; cap: Rational; groupCap?: Rational }[];
    /** What `base` and `bonus` compute, for emitting them as one function (emit-rule.ts). */
    terms: ScoreTerm[];
    groups: BonusGroup[];
}

/** A weighted leaf: value v (0 ≤ v ≤ max) contributes v·k at the score's scale. */
export interface ScoreTerm { fn: (f: Frame) => number; k: number; max: number; name: string }

/** min(count·k, cap) per item, then the group's cap, at the score's scale. */
export interface BonusGroup { name: string; cap?: number; items: { count: (f: Frame) => number; k: number; cap: number }[] }

/**
 * 第十八条: total = Σ leaf score × effective weight + Σ min(count × points, cap). All terms are
 * brought to one scale S chosen at compile time so the sum is an integer: S is the lcm of every
 * leaf's scale × its weight's denominator and of the bonus terms' denominators.
 */
export function compileScore(rule: ScoreIR, compiler: ExprCompiler): CompiledScore {
    const leaves: Leaf[] = [];
    const collect = (c: ComponentIR, path: string[]): void => {
        if (c.value) leaves.push({ component: c, path: [...path, c.name], plan: compiler.num(c.value) });
        c.children.forEach(child => collect(child, [...path, c.name]));
    };
    rule.components.forEach(c => collect(c, []));
    const bonusItems = rule.bonuses.flatMap(g => g.items.map(i => ({
        group: g.name, item: i.name, count: compiler.num(i.count), points: i.points, cap: i.cap, groupCap: g.cap,
    })));

    let scale = 1n;
    for (const leaf of leaves) scale = lcm(scale, leaf.plan.scale * denominator(leaf.component.effectiveWeight));
    for (const b of bonusItems) scale = lcm(lcm(lcm(scale, b.count.scale * denominator(b.points)), denominator(b.cap)), b.groupCap ? denominator(b.groupCap) : 1n);

    // Leaf term: v/s · p/q = v · (p·S/(s·q)) / S.
    const terms: (ScoreTerm & { boundTerm: bigint })[] = leaves.map(leaf => {
        const w = leaf.component.effectiveWeight;
        const k = (numerator(w) * scale) / (leaf.plan.scale * denominator(w));
        const max = 100n * leaf.plan.scale;
        return { fn: leaf.plan.fn, k: Number(k), max: Number(max), name: leaf.component.name, boundTerm: max * k };
    });
    const baseBound = terms.reduce((s, t) => s + t.boundTerm, 0n);
    checked({ scale, bound: baseBound, fn: () => 0 });
    const base = (f: Frame): number => {
        let sum = 0;
        for (let i = 0; i < terms.length; i++) {
            const t = terms[i];
            const v = t.fn(f);
            if (v !== v) throw new EvalError('eval-absent-value', t.name);
            if (v < 0 || v > t.max) throw new EvalError('eval-subscore-range', t.name, v / (t.max / 100));
            sum += v * t.k;
        }
        return sum;
    };

    // Bonus: min(count·points, cap) per item, then the group cap, at scale S.
    const groups = new Map<string, BonusGroup>();
    let bonusBound = 0n;
    for (const b of bonusItems) {
        const count = rescale(b.count, b.count.scale);
        const k = (numerator(b.points) * scale) / (count.scale * denominator(b.points));
        const cap = (numerator(b.cap) * scale) / denominator(b.cap);
        checked({ scale, bound: count.bound * (k < 0n ? -k : k), fn: () => 0 });
        bonusBound += cap;
        const g = groups.get(b.group) ?? { name: b.group, cap: b.groupCap ? Number((numerator(b.groupCap) * scale) / denominator(b.groupCap)) : undefined, items: [] };
        g.items.push({ count: count.fn, k: Number(k), cap: Number(cap) });
        groups.set(b.group, g);
    }
    const groupList = [...groups.values()];
    const bonus = (f: Frame): number => {
        let total = 0;
        for (const g of groupList) {
            let sum = 0;
            for (const item of g.items) {
                const points = item.count(f) * item.k;
                if (points !== points) throw new EvalError('eval-absent-value', g.name);
                sum += points < item.cap ? points : item.cap;
            }
            total += g.cap !== undefined && sum > g.cap ? g.cap : sum;
        }
        return total;
    };
    return { scale, roots: rule.components, bound: checked({ scale, bound: baseBound + bonusBound, fn: () => 0 }).bound, leaves, base, bonus, bonusItems, terms, groups: groupList };
}
