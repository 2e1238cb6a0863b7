import { EvalError, MissingFact } from './eval-error.js';
import { FAILED, RuleFailed } from './compile-expr.js';
import { NOT_GRADED } from './grade-results.js';
import type { CompiledScore } from './compile-score.js';
import type { CompiledVeto } from './compile-veto.js';
import { citeCitation } from './compile-veto.js';
import type { Frame } from './frame.js';
import type { JsTable } from './js-source.js';
import { codegenAvailable, jsOf, lit } from './js-source.js';
import type { CompiledRule } from './program.js';

/** Records a rule's failure (as runSubject does) and returns the FAILED marker to store. */
export type FailureSink = (index: number, error: unknown) => unknown;

/** The rules of one subject in evaluation order, as runSubject runs them. */
export interface SubjectRules { notAssessed: CompiledRule[]; notGraded: CompiledRule[]; rules: CompiledRule[] }

/**
 * Emits a subject's rules as one JavaScript function: the same reads, operations, order, results
 * and errors as the closure tree and runSubject's loop (the differential test in test/evaluator
 * checks every example scenario under both), without the calls between closures. Time rules
 * and accountability keep their closures (they call the time library and build records).
 * Returns whether the subject was assessed; undefined when the host forbids creating functions.
 */
export function emitSubject(rules: SubjectRules, table: JsTable): ((f: Frame, fail: FailureSink) => boolean) | undefined {
    if (!codegenAvailable()) return undefined;
    const lines: string[] = [];
    const step = (rule: CompiledRule) => {
        const label = `$r${rule.index}`;
        const done = (value: string) => `{ $v = ${value}; break ${label}; }`;
        lines.push(`${label}: try {`, bodyOf(rule, table, done), `} catch (e) { $v = fail(${rule.index}, e); }`, `r[${rule.index}] = $v;`);
    };
    for (const rule of rules.notAssessed) {
        step(rule);
        lines.push('if ($v === true) return false;');
    }
    for (const rule of rules.notGraded) {
        step(rule);
        lines.push('if ($v === true) notGraded = true;');
    }
    for (const rule of rules.rules) {
        if (rule.kind !== 'grade') {
            step(rule);
            continue;
        }
        lines.push(`if (notGraded) r[${rule.index}] = ${lit(NOT_GRADED)}; else {`);
        step(rule);
        lines.push('}');
    }
    const body = lines.join('\n');
    const temps = [...new Set(body.match(/\$t\d+/g) ?? [])];
    const source = [
        '"use strict";',
        `const { ${Object.keys(HELPERS).join(', ')} } = H;`,
        'return function (f, fail) {',
        `const r = f.r; let notGraded = false, $v, $x, s, v, b, g, p, L, i${temps.map(t => `, ${t}`).join('')};`,
        body,
        'return true;',
        '};',
    ].join('\n');
    return new Function('H', 'R', source)(HELPERS, table.refs) as (f: Frame, fail: FailureSink) => boolean;
}

/** What generated code may call; small, so the JIT inlines them. */
const HELPERS = {
    FAILED,
    miss(name: string): never {
        throw new MissingFact(name);
    },
    failed(name: string): never {
        throw new RuleFailed(name);
    },
    dz(where: string): never {
        throw new EvalError('eval-division-by-zero', where);
    },
    mx: (m: number, x: number) => (x > m ? x : m),
    mn: (m: number, x: number) => (x < m ? x : m),
    absent: (name: string) => new EvalError('eval-absent-value', name),
    range: (name: string, value: number) => new EvalError('eval-subscore-range', name, value),
    cite: citeCitation,
};

/** Statements computing a rule's result and ending with `done(result)`. */
type Done = (value: string) => string;

function bodyOf(rule: CompiledRule, table: JsTable, done: Done): string {
    switch (rule.kind) {
        case 'score': return scoreBody(rule.score, table, done);
        case 'grade': {
            const lines = [`v = ${jsOf(rule.score.fn, table)};`];
            rule.thresholds.forEach((t, i) => lines.push(`if (v * ${lit(t.q)} ${t.op} ${lit(t.p)}) ${done(String(i))}`));
            lines.push(done(lit(rule.fallback)));
            return lines.join('\n');
        }
        case 'veto': return vetoBody(rule.veto, table, done);
        case 'bool': return done(jsOf(rule.test, table));
        // Time rules and accountability: their closure, called once.
        case 'deadline': return done(`${table.ref(rule.deadline.value)}(f)`);
        case 'frequency': return done(`${table.ref(rule.frequency.value)}(f)`);
        case 'accountability': return done(`${table.ref(rule.acc.value)}(f)`);
    }
}

/** compile-score.ts `base(f) + bonus(f)`, statement for statement. */
function scoreBody(score: CompiledScore, table: JsTable, done: Done): string {
    const lines = ['s = 0; b = 0;'];
    for (const t of score.terms) {
        const name = table.ref(t.name);
        lines.push(
            `v = ${jsOf(t.fn, table)};`,
            `if (v !== v) throw absent(${name});`,
            `if (v < 0 || v > ${lit(t.max)}) throw range(${name}, v / ${lit(t.max / 100)});`,
            `s += v * ${lit(t.k)};`,
        );
    }
    for (const g of score.groups) {
        lines.push('g = 0;');
        for (const item of g.items) {
            lines.push(
                `p = ${jsOf(item.count, table)} * ${lit(item.k)};`,
                `if (p !== p) throw absent(${table.ref(g.name)});`,
                `g += p < ${lit(item.cap)} ? p : ${lit(item.cap)};`,
            );
        }
        lines.push(g.cap !== undefined ? `b += g > ${lit(g.cap)} ? ${lit(g.cap)} : g;` : 'b += g;');
    }
    lines.push(done('s + b'));
    return lines.join('\n');
}

/**
 * compile-veto.ts `fast`: a clause applies when its condition holds and none of its exceptions
 * does, per member for 任一 clauses; errors are cited with the clause (the member list is read
 * outside, as there).
 */
function vetoBody(veto: CompiledVeto, table: JsTable, done: Done): string {
    const lines: string[] = [];
    for (const c of veto.clauses) {
        const holds = [jsOf(c.condition, table), ...c.exceptions.map(e => `!${jsOf(e.test, table)}`)].join(' && ');
        const cite = `catch (e) { throw cite(e, ${table.ref(c.citation)}); }`;
        if (c.items) {
            lines.push(
                `L = ${jsOf(c.items, table)};`,
                `try { for (i = 0; i < L.length; i++) { const f = L[i]; if (${holds}) ${done('true')} } } ${cite}`,
            );
        } else {
            lines.push(`try { if (${holds}) ${done('true')} } ${cite}`);
        }
    }
    lines.push(done('false'));
    return lines.join('\n');
}
