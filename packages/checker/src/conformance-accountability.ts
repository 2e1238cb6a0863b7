import type { AccountabilityIR, SanctionOptionIR, SanctionsIR, ZerenDiagnostic } from '@zeren/model';
import { compareOptions } from '@zeren/model';
import type { RefinementPair } from './conformance-report.js';
import { cite, incomparable, loosening } from './conformance-report.js';
import { checkClauseConformance } from './conformance-clauses.js';
import { checkLookback, checkRestrictions } from './conformance-restrictions.js';

/**
 * Accountability: no situation dropped; per subject kind and severity, no lighter sanction; no
 * after-effect dropped or shortened; no look-back window narrowed.
 */
export function checkAccountabilityConformance(pair: RefinementPair, child: AccountabilityIR, parent: AccountabilityIR, out: ZerenDiagnostic[]): void {
    if (child.form === 'situations' && parent.form === 'situations') {
        checkClauseConformance(pair, child.situations, parent.situations, child.loc, out);
    } else if (child.form === 'sanctions' && parent.form === 'sanctions') {
        checkSanctions(pair, child, parent, out);
    } else if (child.form === 'restrictions' && parent.form === 'restrictions') {
        checkRestrictions(pair, child, parent, out);
    } else if (child.form === 'lookback' && parent.form === 'lookback') {
        checkLookback(pair, child, parent, out);
    }
}

function lightest(options: SanctionOptionIR[]): SanctionOptionIR | undefined {
    return [...options].sort(compareOptions)[0];
}

/**
 * The lightest measure the child permits for a kind of subject at a severity level may not be
 * lighter than the lightest the parent permits there. Measures are compared on the child's ladder
 * (by name), kinds and severity levels are matched by name.
 */
function checkSanctions(pair: RefinementPair, child: SanctionsIR, parent: SanctionsIR, out: ZerenDiagnostic[]): void {
    const childKinds = new Set(child.tables.flatMap(t => t.kinds.names));
    if (!parent.tables.some(t => t.kinds.names.some(k => childKinds.has(k)))) {
        out.push(incomparable(pair, child.loc, '两者的追究对象名称没有交集', 'the two name no subject kind in common'));
        return;
    }
    for (const pt of parent.tables) {
        for (const kind of pt.kinds.names) {
            const ct = child.tables.find(t => t.kinds.names.includes(kind));
            for (const pl of pt.levels) {
                const cl = ct?.levels.find(l => l.levelName === pl.levelName);
                if (!ct || !cl) {
                    out.push(loosening(pair, ct?.loc ?? child.loc, 'loosen-sanction-dropped', [child.name, kind, pl.levelName, parent.name, cite(parent)], pl.loc, { kind, level: pl.levelName }));
                    continue;
                }
                const ladder = ct.ladder?.values ?? [];
                const mapped = pl.options.map(o => ({ measures: o.names.map(n => ladder.indexOf(n)), names: o.names }));
                if (mapped.some(o => o.measures.includes(-1))) {
                    out.push(incomparable(pair, cl.loc, `上级的措施不全在“${ct.ladder?.name ?? ''}”中`, `some of the higher level's measures are not on '${ct.ladder?.name ?? ''}'`));
                    continue;
                }
                const p = lightest(mapped);
                const c = lightest(cl.options);
                if (p && c && compareOptions(c, p) < 0) {
                    out.push(loosening(pair, cl.loc, 'loosen-sanction', [child.name, kind, pl.levelName, c.names.join('并'), parent.name, cite(parent), p.names.join('并')],
                        pl.loc, { kind, level: pl.levelName, replacement: p.names.join(' 并 ') }));
                }
            }
        }
    }
}
