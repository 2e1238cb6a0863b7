import type { GradeIR, RuleIR, ZerenDiagnostic } from '@zeren/model';
import { diag, formatRational } from '@zeren/model';

/**
 * Bands are listed from the best down, each with a lower bound (≥ inclusive, > exclusive), the
 * last one without: then they neither overlap nor leave gaps. Anything else is reported.
 */
export function checkGrade(rule: GradeIR, out: ZerenDiagnostic[]): void {
    const bands = rule.bands;
    bands.forEach((band, i) => {
        if (!band.op && i < bands.length - 1) out.push(diag('error', band.loc, 'band-catchall-not-last'));
        if (i === 0 || !band.bound) return;
        const above = bands[i - 1];
        if (!above.bound) return;
        const c = band.bound.compare(above.bound);
        if (c > 0) {
            out.push(diag('error', band.loc, 'band-order', band.name, formatRational(band.bound), above.name, formatRational(above.bound)));
        } else if (c === 0 && !(above.op === '>' && band.op === '>=')) {
            out.push(diag('error', band.loc, 'band-overlap', above.name, band.name, formatRational(band.bound)));
        }
    });
    const last = bands[bands.length - 1];
    if (last?.bound) {
        const min = minimumScore(rule);
        const coversFloor = min !== undefined && (last.op === '>=' ? last.bound.compare(min) <= 0 : last.bound.compare(min) < 0);
        if (!coversFloor) {
            const d = diag('error', last.loc, 'band-gap', formatRational(last.bound));
            d.data = { grade: rule.id, bound: last.bound.toFraction() };
            out.push(d);
        }
    }
    const max = maximumScore(rule);
    if (max) {
        for (const band of bands) {
            if (band.bound && (band.op === '>=' ? band.bound.compare(max) > 0 : band.bound.compare(max) >= 0)) {
                out.push(diag('warning', band.loc, 'band-unreachable', band.name, formatRational(band.bound), formatRational(max)));
            }
        }
    }
}

function scoreRule(rule: GradeIR): RuleIR | undefined {
    return rule.score.k === 'rule' ? rule.score.rule : undefined;
}

/** The lowest a weighted score can be: 0, as components are 0–100 sub-scores. */
function minimumScore(rule: GradeIR): import('@zeren/model').Rational | undefined {
    const score = scoreRule(rule);
    if (score?.kind === 'score') return score.maxBase.mul(0);
    if (rule.score.k === 'fact' && rule.score.fact.min) return rule.score.fact.min;
    return undefined;
}

function maximumScore(rule: GradeIR): import('@zeren/model').Rational | undefined {
    const score = scoreRule(rule);
    if (score?.kind === 'score') {
        const bonus = score.bonuses.reduce((sum, g) => sum.add(g.cap ?? g.items.reduce((s, i) => s.add(i.cap), score.maxBase.mul(0))), score.maxBase.mul(0));
        return score.maxBase.add(bonus);
    }
    if (rule.score.k === 'fact') return rule.score.fact.max;
    return undefined;
}
