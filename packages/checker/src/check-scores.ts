import type { ComponentIR, ScoreIR, ZerenDiagnostic } from '@zeren/model';
import { diag, formatPercent, formatRational, Rational } from '@zeren/model';

/** 第十八条-style weights: each level sums to 100%, every weight in (0, 100%]. */
export function checkScore(rule: ScoreIR, out: ZerenDiagnostic[]): void {
    checkLevel(rule.name, rule.components, rule, out);
    for (const group of rule.bonuses) {
        for (const item of group.items) {
            if (item.cap.compare(item.points) < 0) {
                out.push(diag('warning', item.loc, 'bonus-cap', item.name, formatRational(item.cap), formatRational(item.points)));
            }
        }
    }
}

function checkLevel(parentName: string, components: ComponentIR[], rule: ScoreIR, out: ZerenDiagnostic[]): void {
    if (components.length === 0) return;
    let sum = new Rational(0);
    for (const c of components) {
        if (c.weight.compare(0) <= 0 || c.weight.compare(1) > 0) {
            out.push(diag('error', c.weightLoc, 'weight-range', formatPercent(c.weight)));
        }
        sum = sum.add(c.weight);
        if (!c.value && c.children.length === 0) out.push(diag('error', c.loc, 'component-empty', c.name));
        checkLevel(c.name, c.children, rule, out);
    }
    if (!sum.equals(1)) {
        const d = diag('error', components[0].weightLoc, 'weights-sum', parentName, formatPercent(sum));
        d.related = components.slice(1).map(c => ({ loc: c.weightLoc, message: d.message }));
        d.data = { sum: sum.toFraction(), remainder: new Rational(1).sub(sum).toFraction(), rule: rule.id, parent: parentName };
        out.push(d);
    }
}
