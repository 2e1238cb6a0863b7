import type {
    AccountabilityIR, AccountabilityResult, AdjustMove, DeterminationIR, KindFilterIR, RestrictionPeriodIR, RestrictionsIR, SanctionsIR,
    SituationsIR, VetoClauseIR,
} from '@zeren/model';
import type { BoolFn, ExprCompiler, OrdFn } from './compile-expr.js';
import { isoOfDayNumber } from '@zeren/time';
import { EvalError, MissingFact, outOfCalendar } from './eval-error.js';
import type { Frame } from './frame.js';
import { compileLookback } from './compile-lookback.js';
import { restrictionDates } from './restriction-dates.js';
import { restrictionSpanWords } from '@zeren/time';
import { permittedSet } from './sanction-adjustment.js';

type Cite = { document: string; text: string } | undefined;

/**
 * An accountability rule compiled once: `value` is what other rules read (a boolean, or for a
 * 认定 the index of its conclusion, −1 for none); `detail` builds the outcome entry from the
 * same closures, so the entry can never disagree with the value.
 */
export interface CompiledAccountability {
    value: (f: Frame) => unknown;
    detail: (f: Frame, document: string) => AccountabilityResult;
}

export function compileAccountability(rule: AccountabilityIR, compiler: ExprCompiler): CompiledAccountability {
    switch (rule.form) {
        case 'situations': return compileSituations(rule, compiler);
        case 'sanctions': return compileSanctions(rule, compiler);
        case 'determination': return compileDetermination(rule, compiler);
        case 'restrictions': return compileRestrictions(rule, compiler);
        case 'lookback': return compileLookback(rule, compiler);
    }
}

const cite = (document: string, text: string | undefined): Cite => (text ? { document, text } : undefined);

interface ClausePlan { clause: VetoClauseIR; test: (f: Frame) => boolean }

/** Clauses (situations, circumstances) hold when their condition holds — for any member when written `任一`. */
function clausePlans(clauses: VetoClauseIR[], compiler: ExprCompiler): ClausePlan[] {
    return clauses.map(clause => {
        const condition = compiler.bool(clause.condition);
        const items = clause.over && clause.element ? compiler.list(clause.over) : undefined;
        const test = (f: Frame) => {
            try {
                return items ? items(f).some(condition) : condition(f);
            } catch (e) {
                if (e instanceof MissingFact && !e.neededBy) e.neededBy = `〔${clause.citation.text}〕`;
                throw e;
            }
        };
        return { clause, test };
    });
}

function kindPlan(filter: KindFilterIR, compiler: ExprCompiler): { ord: OrdFn; name: (i: number) => string } {
    const ord = compiler.ord(filter.kind);
    return { ord, name: i => (i >= 0 ? filter.decl?.values[i] ?? '' : '无') };
}

function compileSituations(rule: SituationsIR, compiler: ExprCompiler): CompiledAccountability {
    const plans = clausePlans(rule.situations, compiler);
    const kind = rule.applies ? kindPlan(rule.applies, compiler) : undefined;
    const values = rule.applies?.values ?? [];
    const kindApplies = (f: Frame) => !kind || values.includes(kind.ord(f));
    return {
        value: f => kindApplies(f) && plans.some(p => p.test(f)),
        detail: (f, document) => {
            const k = kind ? kind.ord(f) : undefined;
            const ok = kindApplies(f);
            const found = ok ? plans.filter(p => p.test(f)).map(p => ({ label: p.clause.label, cite: { document, text: p.clause.citation.text } })) : [];
            return {
                form: 'situations', rule: rule.name, cite: cite(document, rule.citation?.text),
                applies: found.length > 0, kind: k === undefined ? undefined : kind!.name(k), kindApplies: ok, situations: found,
            };
        },
    };
}

function compileDetermination(rule: DeterminationIR, compiler: ExprCompiler): CompiledAccountability {
    const rows = rule.rows.map(row => ({ row, test: row.condition ? compiler.bool(row.condition) : () => true }));
    const first = (f: Frame) => rows.findIndex(r => {
        try {
            return r.test(f);
        } catch (e) {
            if (e instanceof MissingFact && !e.neededBy && r.row.citation) e.neededBy = `〔${r.row.citation.text}〕`;
            throw e;
        }
    });
    return {
        value: f => {
            const i = first(f);
            return i < 0 ? -1 : rows[i].row.index;
        },
        detail: (f, document) => {
            const i = first(f);
            const row = i < 0 ? undefined : rows[i].row;
            return {
                form: 'determination', rule: rule.name, cite: cite(document, rule.citation?.text),
                result: row ? row.label : null,
                row: row ? { index: i + 1, cite: cite(document, (row.citation ?? rule.citation)?.text) } : null,
            };
        },
    };
}

function compileSanctions(rule: SanctionsIR, compiler: ExprCompiler): CompiledAccountability {
    const grounds: BoolFn[] = rule.groundExprs.map(g => compiler.bool(g));
    const condition = rule.condition ? compiler.bool(rule.condition) : () => true;
    const severity = compiler.ord(rule.severity);
    const severityName = rule.severity.k === 'fact' ? rule.severity.fact.name : rule.name;
    const tables = rule.tables.map(t => ({ table: t, kind: kindPlan(t.kinds, compiler) }));
    const adjustments = rule.adjustments.map(a => ({ adjustment: a, plans: clausePlans(a.circumstances, compiler) }));
    const due = (f: Frame) => grounds.some(g => g(f)) && condition(f);

    return {
        value: due,
        detail: (f, document) => {
            const result: Extract<AccountabilityResult, { form: 'sanctions' }> = {
                form: 'sanctions', rule: rule.name, cite: cite(document, rule.citation?.text), due: false,
                mitigating: [], aggravating: [], moves: [], levels: [], options: [], measures: [], combinable: rule.combinable,
            };
            if (!due(f)) return result;
            result.due = true;
            const match = tables.find(t => t.table.kinds.values.includes(t.kind.ord(f)));
            if (!match) {
                const k = tables[0]?.kind;
                throw new EvalError('eval-kind-uncovered', `〔${rule.citation?.text ?? rule.name}〕`, k ? k.name(k.ord(f)) : '无');
            }
            const table = match.table;
            result.kind = match.kind.name(match.kind.ord(f));
            result.ladder = table.ladder?.name;
            result.tableCite = cite(document, table.citation?.text);
            const s = severity(f);
            if (s < 0) throw new MissingFact(severityName);
            result.severity = rule.severityScale?.values[s];
            const mitigating: AdjustMove[] = [];
            const aggravating: AdjustMove[] = [];
            for (const { adjustment, plans } of adjustments) {
                const found = plans.filter(p => p.test(f));
                if (!found.length) continue;
                const list = adjustment.direction === 'mitigate' ? result.mitigating : result.aggravating;
                list.push(...found.map(p => ({ label: p.clause.label, cite: { document, text: p.clause.citation.text } })));
                (adjustment.direction === 'mitigate' ? mitigating : aggravating).push(...adjustment.moves);
            }
            const set = permittedSet(table, s, mitigating, aggravating);
            result.moves = set.offset ? ['offset'] : set.moves;
            result.levels = set.levels.map(l => rule.severityScale?.values[l] ?? String(l));
            result.options = set.options.map(o => o.names);
            const ladder = table.ladder?.values ?? [];
            const measures = new Set(set.options.flatMap(o => o.measures));
            result.measures = ladder.filter((_, i) => measures.has(i));
            return result;
        },
    };
}

function compileRestrictions(rule: RestrictionsIR, compiler: ExprCompiler): CompiledAccountability {
    const items = rule.items.map(item => ({ item, test: compiler.bool(item.condition), act: item.act ? compiler.ord(item.act) : undefined }));
    const start = rule.start ? compiler.ord(rule.start) : undefined;
    const startName = rule.start?.k === 'fact' ? rule.start.fact.name : rule.start?.k === 'derived' ? rule.start.derived.name : '起算';
    /** The start date, or undefined when the fact is not given or absent (无). */
    const startDate = (f: Frame): string | undefined => {
        if (!start) return undefined;
        try {
            const d = start(f) as number | null; // an absent (无) date reads as NaN (null in older frames)
            return d === null || Number.isNaN(d) ? undefined : isoOfDayNumber(d);
        } catch (e) {
            if (e instanceof MissingFact) return undefined;
            throw e;
        }
    };
    /** The act's date (`行为`), or undefined when it is not given or absent (无: not done). */
    const actDate = (f: Frame, act: (f: Frame) => unknown): string | undefined => {
        try {
            const d = act(f) as number | null;
            return d === null || Number.isNaN(d) ? undefined : isoOfDayNumber(d);
        } catch (e) {
            if (e instanceof MissingFact) return undefined;
            throw e;
        }
    };
    /** An item judging an act holds when the act falls within the restriction (first through last day). */
    const within = (f: Frame, entry: typeof items[number]): { applies: boolean; dates?: { from: string; until: string | null }; act?: string; within?: boolean } => {
        const applies = entry.test(f);
        const from = startDate(f);
        if (applies && !from) {
            // Not given at all: the rule is undetermined (partial evaluation); given as 无: an error.
            if (start && isMissing(() => start(f))) throw new MissingFact(startName);
            throw new EvalError('eval-restriction-no-start', entry.item.name, startName);
        }
        const dates = applies && from && entry.item.period ? restrictionDatesOrError(from, entry.item.period) : undefined;
        if (!entry.act) return { applies, dates };
        const act = actDate(f, entry.act);
        const inside = !!dates && act !== undefined && act >= dates.from && (dates.until === null || act <= dates.until);
        return { applies, dates, act, within: inside };
    };
    return {
        value: f => items.some(i => i.act ? within(f, i).within : i.test(f)),
        detail: (f, document) => {
            const from = startDate(f);
            const out: Extract<AccountabilityResult, { form: 'restrictions' }> = {
                form: 'restrictions', rule: rule.name, cite: cite(document, rule.citation?.text), start: from ?? null, items: [],
            };
            for (const entry of items) {
                const { item } = entry;
                const { applies, dates, act, within: inside } = within(f, entry);
                out.items.push({
                    name: item.name, cite: cite(document, item.citation?.text), measure: item.measure, applies,
                    from: dates?.from ?? null, until: dates?.until ?? null, period: item.period ? restrictionSpanWords(item.period).zh : undefined,
                    ...(entry.act ? { act: act ?? null, within: inside } : {}),
                });
            }
            return out;
        },
    };
}

function isMissing(read: () => unknown): boolean {
    try {
        read();
        return false;
    } catch (e) {
        return e instanceof MissingFact;
    }
}

/** A restriction running past the calendar's last year (9999 年内 from a decision date) is an input error. */
function restrictionDatesOrError(from: string, period: RestrictionPeriodIR): { from: string; until: string | null } {
    try {
        return restrictionDates(from, period);
    } catch (e) {
        if (e instanceof RangeError) throw outOfCalendar(e, '限制期间超出可计算范围', 'restriction period out of range');
        throw e;
    }
}
