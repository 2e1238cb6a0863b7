import type {
    AccountabilityIR, DeterminationIR, DocumentIR, ExprIR, LookbackIR, RestrictionsIR, SanctionsIR, SituationsIR, TypeDeclIR, VetoClauseIR,
    ZerenDiagnostic,
} from '@zeren/model';
import { diag, ruleExpressions, walkExpr } from '@zeren/model';
import { conjunction, negation, truthOf } from './condition-truth.js';
import { neverDiagnostic } from './never-diagnostic.js';

/**
 * Checks of accountability rules: every situation can apply and leads to a sanction for every
 * kind of subject its group names, at every severity; ladders are total orders; restrictions
 * have a start date and a duration; no row of a 认定 is shadowed.
 */
export function checkAccountabilityDocument(doc: DocumentIR, out: ZerenDiagnostic[]): void {
    const rules = doc.rules.filter((r): r is AccountabilityIR => r.kind === 'accountability');
    const sanctions = rules.filter((r): r is SanctionsIR => r.form === 'sanctions');
    for (const rule of rules) {
        switch (rule.form) {
            case 'situations': checkSituations(rule, sanctions, readBy(doc, rule), out); break;
            case 'sanctions': checkSanctions(rule, out); break;
            case 'determination': checkDetermination(rule, out); break;
            case 'restrictions': checkRestrictions(rule, out); break;
            case 'lookback': checkLookback(rule, out); break;
        }
    }
    const scales = new Set<TypeDeclIR>();
    for (const s of sanctions) {
        if (s.severityScale) scales.add(s.severityScale);
        for (const t of s.tables) if (t.ladder) scales.add(t.ladder);
    }
    for (const scale of scales) checkTotalOrder(scale, out);
}

function neverClauses(clauses: VetoClauseIR[], out: ZerenDiagnostic[]): void {
    for (const c of clauses) if (truthOf(c.condition) === false) out.push(neverDiagnostic(c.loc, 'clause-never', c.condition, c.label));
}

/** Whether another rule's expressions read this one (a 追溯 or 后果 resting on a 情形 group). */
function readBy(doc: DocumentIR, rule: AccountabilityIR): boolean {
    let found = false;
    for (const other of doc.rules) {
        if (other === rule || (other.kind === 'accountability' && other.form === 'sanctions')) continue;
        for (const e of ruleExpressions(other)) walkExpr(e, x => { if (x.k === 'rule' && x.rule === rule) found = true; });
    }
    return found;
}

function checkSituations(rule: SituationsIR, sanctions: SanctionsIR[], read: boolean, out: ZerenDiagnostic[]): void {
    if (rule.situations.length === 0) out.push(diag('error', rule.loc, 'situations-empty', rule.name));
    neverClauses(rule.situations, out);
    const resting = sanctions.filter(s => s.grounds.includes(rule));
    if (resting.length === 0) {
        // A group another rule reads (一案双查: the trigger of a 追溯 window) is reachable without a 追究方式.
        if (!read) out.push(diag('warning', rule.loc, 'situations-not-grounded', rule.name));
        return;
    }
    // Every kind the group names needs a table in every 追究方式 that rests on it.
    for (const kind of rule.applies?.values ?? []) {
        const name = rule.applies!.decl?.values[kind] ?? String(kind);
        for (const s of resting) {
            const covered = s.tables.some(t => t.kinds.decl === rule.applies!.decl && t.kinds.values.includes(kind));
            if (!covered) out.push(diag('error', rule.applies!.loc, 'situations-no-sanction', rule.name, name));
        }
    }
}

function checkSanctions(rule: SanctionsIR, out: ZerenDiagnostic[]): void {
    const seenKinds = new Set<number>();
    for (const table of rule.tables) {
        for (const k of table.kinds.values) {
            if (seenKinds.has(k)) out.push(diag('error', table.kinds.loc, 'sanction-kind-duplicate', table.kinds.decl?.values[k] ?? String(k)));
            seenKinds.add(k);
        }
        const levels = new Set<number>();
        for (const level of table.levels) {
            if (levels.has(level.level)) out.push(diag('error', level.loc, 'sanction-level-duplicate', level.levelName));
            levels.add(level.level);
        }
        // Every severity the scale knows must lead to a sanction for these kinds.
        const who = `〔${table.citation?.text ?? rule.name}〕${table.kinds.names.join('、')}`;
        (rule.severityScale?.values ?? []).forEach((name, i) => {
            if (!levels.has(i)) out.push(diag('error', table.loc, 'sanction-level-missing', who, name));
        });
    }
    for (const a of rule.adjustments) neverClauses(a.circumstances, out);
}

function checkDetermination(rule: DeterminationIR, out: ZerenDiagnostic[]): void {
    // A row applies when its condition holds and no earlier row's does.
    const earlier: ExprIR[] = [];
    let shadowed = false;
    for (const row of rule.rows) {
        const reachable = shadowed ? false : row.condition ? truthOf(conjunction([row.condition, ...earlier.map(negation)])) : true;
        if (reachable === false) out.push(diag('warning', row.loc, 'row-unreachable', row.label));
        if (!row.condition) shadowed = true;
        else earlier.push(row.condition);
    }
}

function checkRestrictions(rule: RestrictionsIR, out: ZerenDiagnostic[]): void {
    if (!rule.start && rule.items.length) out.push(diag('error', rule.loc, 'restriction-no-start', rule.name));
    for (const item of rule.items) {
        if (!item.period) out.push(diag('error', item.loc, 'restriction-no-period', item.name));
        if (truthOf(item.condition) === false) out.push(neverDiagnostic(item.loc, 'clause-never', item.condition, item.name));
    }
}

/** 追溯: an extension that does not reach further back is a mistake; a constantly false condition never applies. */
function checkLookback(rule: LookbackIR, out: ZerenDiagnostic[]): void {
    if (rule.extended && rule.extended.years <= rule.years) {
        out.push(diag('error', rule.extended.loc, 'lookback-extension-shorter', rule.name, rule.extended.years, rule.years));
    }
    if (rule.condition && truthOf(rule.condition) === false) out.push(neverDiagnostic(rule.loc, 'clause-never', rule.condition, rule.name));
}

/** A ladder written `a < b < a` names a value twice: its order is not total (nor antisymmetric). */
function checkTotalOrder(scale: TypeDeclIR, out: ZerenDiagnostic[]): void {
    const seen = new Set<string>();
    for (const v of scale.values) {
        if (seen.has(v)) out.push(diag('error', scale.loc, 'scale-duplicate-value', scale.name, v));
        seen.add(v);
    }
}
