import type { BandIR, GradeIR, ZerenDiagnostic } from '@zeren/model';
import { formatRational } from '@zeren/model';
import type { RefinementPair } from './conformance-report.js';
import { cite, loosening } from './conformance-report.js';

function boundText(b: BandIR): string {
    return b.bound === undefined ? '（无下限）' : `${b.op === '>' ? '>' : '≥'} ${formatRational(b.bound)}`;
}

/** The child band admits a score the parent band of the same label does not: a lower bound, or ≥ for >. */
function lowered(child: BandIR, parent: BandIR): boolean {
    if (parent.bound === undefined) return false;
    if (child.bound === undefined) return true;
    const c = child.bound.compare(parent.bound);
    return c < 0 || (c === 0 && parent.op === '>' && child.op !== '>');
}

/**
 * Grade bands: a higher bound is stricter. Lowering the bound of a band with the same label makes
 * that grade (and every grade above the next band) easier to reach. Weights have no direction.
 */
export function checkGradeConformance(pair: RefinementPair, child: GradeIR, parent: GradeIR, out: ZerenDiagnostic[]): void {
    for (const band of child.bands) {
        const above = parent.bands.find(b => b.name === band.name);
        if (!above || !lowered(band, above)) continue;
        out.push(loosening(pair, band.loc, 'loosen-band', [band.name, boundText(band), parent.name, cite(parent), boundText(above)], above.loc,
            { band: band.name, op: above.op ?? '>=', bound: above.bound ? formatRational(above.bound) : undefined, replacement: `${band.name} ${boundText(above)}` }));
    }
}
