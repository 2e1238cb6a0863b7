import type { AccountabilityResult, ExprIR, LookbackIR } from '@zeren/model';
import { dateFromParts, formatDate, mustParseDate, yearOf } from '@zeren/time';
import type { CompiledAccountability } from './compile-accountability.js';
import type { ExprCompiler } from './compile-expr.js';
import { isoOfDayNumber } from '@zeren/time';
import { EvalError, outOfCalendar } from './eval-error.js';
import type { Frame } from './frame.js';

/**
 * 追溯: the look-back window of a check (一案双查 第六条). Reading: “主要案情发生前一年度” is the
 * whole calendar year before the year of the main facts, so the window opens on 1 January of
 * (that year − N) — − M when the extension's condition holds (“必要时可自…前两年度开始检查”) —
 * and closes on the end date, inclusive. Its value in conditions is whether it is due.
 */
export function lookbackWindow(anchor: string, years: number): string {
    return formatDate(dateFromParts(yearOf(mustParseDate(anchor)) - years, 1, 1));
}

export function compileLookback(rule: LookbackIR, compiler: ExprCompiler): CompiledAccountability {
    const due = rule.condition ? compiler.bool(rule.condition) : () => true;
    const extended = rule.extended ? compiler.bool(rule.extended.when) : () => false;
    const date = (e: ExprIR) => {
        const fn = compiler.ord(e);
        const name = e.k === 'fact' ? e.fact.name : e.k === 'derived' ? e.derived.name : rule.name;
        return (f: Frame): string => {
            // An absent (无) date is null in the frame; one not given at all leaves the rule undetermined (MissingFact).
            const d = fn(f) as number | null;
            // An absent (无) date reads as NaN (see compile-expr ord()).
            if (d === null || Number.isNaN(d)) throw new EvalError('eval-lookback-no-date', rule.name, name);
            return isoOfDayNumber(d);
        };
    };
    const anchor = date(rule.anchor);
    const end = date(rule.end);
    return {
        value: due,
        detail: (f, document) => {
            const out: Extract<AccountabilityResult, { form: 'lookback' }> = {
                form: 'lookback', rule: rule.name, cite: rule.citation ? { document, text: rule.citation.text } : undefined,
                applies: false, anchor: null, years: rule.years, extended: false, from: null, until: null,
            };
            if (!due(f)) return out;
            out.applies = true;
            out.anchor = anchor(f);
            out.extended = !!rule.extended && extended(f);
            out.years = out.extended ? rule.extended!.years : rule.years;
            try {
                out.from = lookbackWindow(out.anchor, out.years);
            } catch (e) {
                // A look-back of more years than the calendar has (前 99999 年度) is an input error.
                if (e instanceof RangeError) throw outOfCalendar(e, '追溯起点超出可计算范围', 'look-back start out of range');
                throw e;
            }
            out.until = end(f);
            if (out.until < out.from) throw new EvalError('eval-lookback-reversed', rule.name, out.from, out.until);
            return out;
        },
    };
}
