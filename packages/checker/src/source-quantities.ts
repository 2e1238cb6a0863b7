import type { DurationUnit, RuleIR } from '@zeren/model';
import { Rational, chineseNumber, formatPercent, formatRational } from '@zeren/model';

/**
 * Quantities stated in words and in a rule, for comparing the two: shares (百分之二十, 20%,
 * 三分之二) as exact rationals, points (90分, 65分以下) as numbers, and periods (十五日内, 10个工作日内,
 * 一年内, 6个月内) as amount and unit.
 */
export interface Quantity { kind: 'share' | 'period' | 'points'; key: string; shown?: string }

const NUM = '[0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+';
const UNITS: Record<string, DurationUnit> = { 工作日: 'workday', 个工作日: 'workday', 日: 'day', 天: 'day', 月: 'month', 个月: 'month', 年: 'year' };
const UNIT_WORD: Record<string, string> = { workday: '个工作日', day: '日', month: '个月', year: '年', hour: '小时' };

function numberOf(text: string): Rational | undefined {
    if (/^[0-9]/.test(text)) return new Rational(text);
    const n = chineseNumber(text);
    return n === undefined ? undefined : new Rational(n);
}

export function quantitiesInText(text: string): Quantity[] {
    const out: Quantity[] = [];
    const share = (value: Rational, shown: string) => out.push({ kind: 'share', key: formatRational(value), shown });
    for (const m of text.matchAll(new RegExp(`百分之(${NUM})`, 'g'))) { const n = numberOf(m[1]); if (n) share(n.div(100), m[0]); }
    for (const m of text.matchAll(/([0-9]+(?:\.[0-9]+)?)\s*[%％]/g)) share(new Rational(m[1]).div(100), m[0]);
    for (const m of text.matchAll(new RegExp(`(${NUM})分之(${NUM})`, 'g'))) {
        const d = numberOf(m[1]), n = numberOf(m[2]);
        if (d && n && !d.equals(0)) share(n.div(d), m[0]);
    }
    // 90分, not 三分之二 (a share) nor 3分钟.
    for (const m of text.matchAll(/([0-9]+(?:\.[0-9]+)?)\s*分(?![之钟])/g)) out.push({ kind: 'points', key: formatRational(new Rational(m[1])), shown: m[0] });
    for (const m of text.matchAll(new RegExp(`(${NUM})\\s*(个工作日|工作日|个月|日|天|月|年)(?:以)?内`, 'g'))) {
        const n = numberOf(m[1]);
        if (n) out.push({ kind: 'period', key: `${formatRational(n)}${UNITS[m[2]]}`, shown: m[0] });
    }
    return out;
}

/** The shares and periods a rule states: every rational it holds, every duration. */
export function quantitiesInRule(rule: RuleIR): Quantity[] {
    const out: Quantity[] = [];
    const seen = new Set<object>();
    const walk = (v: unknown, key: string) => {
        if (!v || typeof v !== 'object' || seen.has(v)) return;
        seen.add(v);
        if (v instanceof Rational) {
            // A share is a fraction of one (占 20% is 1/5) or written as points of a hundred.
            const shown = v.compare(0) > 0 && v.compare(1) <= 0 ? formatPercent(v) : undefined;
            out.push({ kind: 'share', key: formatRational(v), shown });
            out.push({ kind: 'share', key: formatRational(v.div(100)) });
            out.push({ kind: 'points', key: formatRational(v), shown: `${formatRational(v)}分` });
            return;
        }
        const o = v as Record<string, unknown>;
        if ('amount' in o && 'unit' in o && typeof o.unit === 'string') {
            const amount = o.amount instanceof Rational ? o.amount : new Rational(Number(o.amount));
            out.push({ kind: 'period', key: `${formatRational(amount)}${o.unit}`, shown: `${formatRational(amount)}${UNIT_WORD[o.unit] ?? o.unit}` });
        }
        if (Array.isArray(v)) { v.forEach(x => walk(x, key)); return; }
        for (const [k, x] of Object.entries(o)) {
            // Its own parts only: not the subject, another rule it reads, or where it is written.
            if (k === 'subject' || k === 'loc' || k === 'citation' || k === 'sourceText' || k === 'notes' || (k === 'rule' && x !== rule)) continue;
            walk(x, k);
        }
    };
    walk(rule, '');
    return out;
}
