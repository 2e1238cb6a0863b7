import type { ComponentIR, ComponentResultT, Outcome, Rational as R } from '@zeren/model';
import { formatPercent, formatRational, Rational } from '@zeren/model';
import type { CompiledScore } from './compile-score.js';
import type { Frame } from './frame.js';

/**
 * A score's breakdown with integers only: every component's score and contribution, the base,
 * the bonus items and the bonus are sums Σ leafᵢ·Kᵢ, with the integer coefficients Kᵢ prepared
 * once per score so that each sum is the exact value × 10^M; formatting is then a matter of
 * placing a decimal point. Weights, caps and points per item are formatted once. When the
 * weights do not make terminating decimals (a third), or a value could leave the safe integer
 * range, this returns undefined and the Rational computation runs instead.
 */
export interface FastBreakdown {
    base: string;
    bonus: string;
    components: ComponentResultT[];
    bonuses: Outcome['scores'][number]['bonuses'];
}

interface Term { leaf: number; k: number }
interface ComponentPlan { name: string; weight: string; effectiveWeight: string; score: Term[]; contribution: Term[]; children: ComponentPlan[] }
interface BonusPlan { group: string; item: string; count: (f: Frame) => number; countK: number; pointsK: number; cap: number; pointsPerItem: string; capText: string; groupCap?: number }
interface Plan { m: number; leaves: ((f: Frame) => number)[]; limits: number[]; roots: ComponentPlan[]; base: Term[]; bonuses: BonusPlan[] }

const plans = new WeakMap<CompiledScore, Plan | null>();
const MAX_DECIMALS = 12;

export function fastBreakdown(score: CompiledScore, frame: Frame): FastBreakdown | undefined {
    let plan = plans.get(score);
    if (plan === undefined) {
        plan = prepare(score) ?? null;
        plans.set(score, plan);
    }
    if (!plan) return undefined;
    const values = new Array<number>(plan.leaves.length);
    for (let i = 0; i < values.length; i++) {
        const v = plan.leaves[i](frame);
        if (!(Math.abs(v) <= plan.limits[i])) return undefined;
        values[i] = v;
    }
    const m = plan.m;
    const sum = (terms: Term[]) => {
        let s = 0;
        for (const t of terms) s += values[t.leaf] * t.k;
        return s;
    };
    const component = (c: ComponentPlan): ComponentResultT => ({
        name: c.name, weight: c.weight, effectiveWeight: c.effectiveWeight,
        score: decimal(sum(c.score), m), contribution: decimal(sum(c.contribution), m),
        children: c.children.map(component),
    });
    const bonuses: FastBreakdown['bonuses'] = [];
    const groups = new Map<string, number>();
    for (const b of plan.bonuses) {
        const count = b.count(frame);
        if (!Number.isSafeInteger(count * b.pointsK) || !Number.isSafeInteger(count * b.countK)) return undefined;
        const raw = count * b.pointsK;
        const points = raw > b.cap ? b.cap : raw;
        groups.set(b.group, (groups.get(b.group) ?? 0) + points);
        bonuses.push({ group: b.group, item: b.item, count: decimal(count * b.countK, m), pointsPerItem: b.pointsPerItem, cap: b.capText, points: decimal(points, m) });
    }
    let bonus = 0;
    for (const b of plan.bonuses) {
        const s = groups.get(b.group);
        if (s === undefined) continue;
        bonus += b.groupCap !== undefined && s > b.groupCap ? b.groupCap : s;
        groups.delete(b.group);
    }
    return { base: decimal(sum(plan.base), m), bonus: decimal(bonus, m), components: plan.roots.map(component), bonuses };
}

/** n / 10^m as formatRational writes a terminating decimal: no trailing zeros, no trailing point. */
export function decimal(n: number, m: number): string {
    if (m === 0) return String(n === 0 ? 0 : n);
    const negative = n < 0;
    let digits = String(negative ? -n : n);
    if (digits.length <= m) digits = digits.padStart(m + 1, '0');
    let end = digits.length;
    const point = digits.length - m;
    while (end > point && digits.charCodeAt(end - 1) === 48) end--;
    const text = end > point ? `${digits.slice(0, point)}.${digits.slice(point, end)}` : digits.slice(0, point);
    return negative && text !== '0' ? `-${text}` : text;
}

function prepare(score: CompiledScore): Plan | undefined {
    const leafIndex = new Map<ComponentIR, number>(score.leaves.map((l, i) => [l.component, i]));
    const scales = score.leaves.map(l => new Rational(l.plan.scale));
    for (let m = 0; m <= MAX_DECIMALS; m++) {
        const unit = new Rational(10n ** BigInt(m));
        const k = (r: R, leaf: number): number | undefined => {
            const x = r.mul(unit).div(scales[leaf]);
            return BigInt(x.d) === 1n && Math.abs(x.valueOf()) <= Number.MAX_SAFE_INTEGER ? x.valueOf() : undefined;
        };
        let ok = true;
        /** Terms of Σ over the leaves below c of leaf × (product of weights from below `top` down to the leaf). */
        const terms = (c: ComponentIR, factor: (leaf: ComponentIR) => R): Term[] => {
            // factor: a per-leaf multiplier (1 for scores).
            const out: Term[] = [];
            const walk = (x: ComponentIR, product: R) => {
                if (x.value) {
                    const leaf = leafIndex.get(x)!;
                    const kk = k(factor(x).mul(product), leaf);
                    if (kk === undefined) ok = false;
                    else if (kk !== 0) out.push({ leaf, k: kk });
                } else for (const ch of x.children) walk(ch, product.mul(ch.weight));
            };
            walk(c, new Rational(1));
            return out;
        };
        const componentPlan = (c: ComponentIR): ComponentPlan => ({
            name: c.name, weight: formatPercent(c.weight), effectiveWeight: formatPercent(c.effectiveWeight),
            score: terms(c, () => new Rational(1)),
            contribution: [],
            children: c.children.map(componentPlan),
        });
        // A component's contribution: each leaf below it times the leaf's own effective weight.
        const contributionTerms = (c: ComponentIR): Term[] => {
            const out: Term[] = [];
            const walk = (x: ComponentIR) => {
                if (x.value) {
                    const leaf = leafIndex.get(x)!;
                    const kk = k(x.effectiveWeight, leaf);
                    if (kk === undefined) ok = false;
                    else if (kk !== 0) out.push({ leaf, k: kk });
                } else x.children.forEach(walk);
            };
            walk(c);
            return out;
        };
        const fix = (p: ComponentPlan, c: ComponentIR): ComponentPlan => ({ ...p, contribution: contributionTerms(c), children: p.children.map((ch, i) => fix(ch, c.children[i])) });
        const roots = score.roots.map(c => fix(componentPlan(c), c));
        const base = score.roots.flatMap(contributionTerms);
        const bonuses: BonusPlan[] = [];
        for (const b of score.bonusItems) {
            const countScale = new Rational(b.count.scale);
            const countK = unit.div(countScale);
            const pointsK = b.points.mul(unit).div(countScale);
            const cap = b.cap.mul(unit);
            const groupCap = b.groupCap?.mul(unit);
            if ([countK, pointsK, cap, ...(groupCap ? [groupCap] : [])].some(x => BigInt(x.d) !== 1n)) { ok = false; break; }
            bonuses.push({
                group: b.group, item: b.item, count: b.count.fn, countK: countK.valueOf(), pointsK: pointsK.valueOf(), cap: cap.valueOf(),
                pointsPerItem: formatRational(b.points), capText: formatRational(b.cap), groupCap: groupCap?.valueOf(),
            });
        }
        if (!ok) continue;
        const maxK = new Array<number>(score.leaves.length).fill(1);
        const note = (ts: Term[]) => ts.forEach(t => { maxK[t.leaf] = Math.max(maxK[t.leaf], Math.abs(t.k)); });
        const all = (p: ComponentPlan) => { note(p.score); note(p.contribution); p.children.forEach(all); };
        roots.forEach(all);
        note(base);
        // Every product and every sum of up to (leaves + 1) products stays below 2^53.
        const limits = maxK.map(x => Math.floor(Number.MAX_SAFE_INTEGER / ((score.leaves.length + 1) * x)));
        return { m, leaves: score.leaves.map(l => l.plan.fn), limits, roots, base, bonuses };
    }
    return undefined;
}

/** For a scale dividing 10^m (m ≤ 15): m and 10^m / scale; undefined for a scale with another prime factor (a third). */
const decimalsOfScale = new Map<bigint, { m: number; k: number } | undefined>();

function decimalsOf(scale: bigint): { m: number; k: number } | undefined {
    if (decimalsOfScale.has(scale)) return decimalsOfScale.get(scale);
    let found: { m: number; k: number } | undefined;
    for (let m = 0, p = 1n; m <= 15 && !found; m++, p *= 10n) if (p % scale === 0n) found = { m, k: Number(p / scale) };
    decimalsOfScale.set(scale, found);
    return found;
}

/** formatRational(value / scale) for a scaled integer, without a Rational when scale divides a power of ten. */
export function formatScaled(value: number, scale: bigint): string {
    const d = decimalsOf(scale);
    if (d && Number.isSafeInteger(value * d.k)) return decimal(value * d.k, d.m);
    return formatRational(new Rational(BigInt(value), scale));
}
