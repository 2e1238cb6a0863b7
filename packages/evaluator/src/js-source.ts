/**
 * The second tier of the evaluator: every compiled closure may carry the JavaScript expression it
 * computes, so a rule evaluated often is emitted as one function (emit-rule.ts) instead of a tree
 * of closure calls. The source is built only from fixed templates, integers and references into a
 * table (`R[k]`: fact names, constants, closures without a source); no text from a rule file is
 * ever part of it, so a rule file still cannot make the evaluator run code of its choosing.
 */

/** Values a program's generated functions refer to by index. */
export class JsTable {
    readonly refs: unknown[] = [];
    private readonly index = new Map<unknown, number>();
    private temps = 0;

    ref(x: unknown): string {
        let k = this.index.get(x);
        if (k === undefined) {
            k = this.refs.length;
            this.refs.push(x);
            this.index.set(x, k);
        }
        return `R[${k}]`;
    }

    /** A fresh temporary variable name (declared by the emitted function). */
    temp(): string {
        return `$t${this.temps++}`;
    }
}

/** How to write a closure's expression, given the table of the program it is emitted for. */
type Source = (table: JsTable) => string;

/** Kept on the closure itself: a property costs less than a WeakMap entry, and a document compiles thousands. */
const SOURCE = Symbol('zeren.jsSource');

/** Records how to write a closure as source; nothing is built until a rule is emitted. */
export function withJs<T extends object>(fn: T, js: Source): T {
    (fn as { [SOURCE]?: Source })[SOURCE] = js;
    return fn;
}

/** The source of a closure: its expression where recorded, else a call of the closure itself. */
export function jsOf(fn: object, table: JsTable): string {
    const js = (fn as { [SOURCE]?: Source })[SOURCE];
    return js ? js(table) : `${table.ref(fn)}(f)`;
}

/*
 * Fact and rule reads are written out rather than calling a helper: a subject's function reads
 * dozens of facts and the JIT stops inlining helpers long before that. One temporary ($x) serves
 * every read, since each read finishes before another starts.
 */

/** A fact slot's value; a fact that was not given fails the rule (MissingFact). */
export function readJs(slot: number, name: string, table: JsTable): string {
    return `(($x = f.v[${slot}]) === undefined ? miss(${table.ref(name)}) : $x)`;
}

/** A numeric fact: as readJs, with an absent value (无, null) as NaN. */
export function readNumberJs(slot: number, name: string, table: JsTable): string {
    return `(($x = f.v[${slot}]) === undefined ? miss(${table.ref(name)}) : $x === null ? NaN : $x)`;
}

/** Another rule's result; one that failed fails the reader (RuleFailed). */
export function readRuleJs(index: number, name: string, table: JsTable): string {
    return `(($x = f.r[${index}]) === FAILED || $x === undefined ? failed(${table.ref(name)}) : $x)`;
}

/** Comparison operators of the IR as JavaScript operators. */
export function jsCompare(op: string): string {
    return op === '=' ? '===' : op === '!=' ? '!==' : op;
}

/** A number as a source literal that reads back as the same double (-0, NaN and ±Infinity included). */
export function lit(n: number): string {
    if (Object.is(n, -0)) return '(-0)';
    if (Number.isNaN(n)) return 'NaN';
    if (n === Infinity) return 'Infinity';
    if (n === -Infinity) return '(-Infinity)';
    return n < 0 ? `(${n})` : String(n);
}

/** Whether this host lets the evaluator create functions (a Content-Security-Policy may forbid it). */
let codegen: boolean | undefined;
export function codegenAvailable(): boolean {
    if (codegen === undefined) {
        try {
            codegen = new Function('return 1')() === 1;
        } catch {
            codegen = false;
        }
    }
    return codegen;
}
