import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompareOp, ExprIR, FactIR, SourceLoc, TypeDeclIR } from '@zeren/model';
import { Rational } from '@zeren/model';
import { implication } from '../../packages/checker/src/condition-implication.js';
import { truthOf } from '../../packages/checker/src/condition-truth.js';

/**
 * The checker's decision procedure (never/always true) against brute force: every value of small
 * fact domains. Sound: it never calls a condition false (or true) that some facts make true (or
 * false). Complete on what it reasons about: with few enough atoms it always answers.
 */
const loc: SourceLoc = { uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
const scale: TypeDeclIR = { kind: 'scale', name: '处分', values: ['警告', '严重警告', '撤职'], sourceText: [], notes: [], loc };
const fact = (name: string, type: FactIR['type'], extra: Partial<FactIR> = {}): FactIR =>
    ({ kind: 'fact', name, subject: '甲', type, optional: false, slot: 0, sourceText: [], notes: [], loc, ...extra });

const INT = fact('次数', { kind: 'int' }, { min: new Rational(0), max: new Rational(5) });
const DEC = fact('分', { kind: 'dec', places: 2 }, { min: new Rational(0), max: new Rational(2) });
const LEVEL = fact('级', { kind: 'enum', decl: scale, optional: true }, { optional: true });
const FIXED = fact('定级', { kind: 'enum', decl: scale, optional: false });
const FLAG = fact('丙', { kind: 'bool' });

interface Facts { 次数: number; 分: number; 级: number; 定级: number; 丙: boolean }

/** Every assignment: whole 0..5; multiples of 1/4 in 0..2 (constants are multiples of 1/2, so every interval between them holds one); 无 = -1. */
const ASSIGNMENTS: Facts[] = [];
for (let n = 0; n <= 5; n++) for (let q = 0; q <= 8; q++) for (let l = -1; l <= 2; l++) for (let d = 0; d <= 2; d++) for (const b of [false, true]) {
    ASSIGNMENTS.push({ 次数: n, 分: q / 4, 级: l, 定级: d, 丙: b });
}

const OPS: CompareOp[] = ['>=', '>', '<=', '<', '=', '!='];
const num = (v: number): ExprIR => ({ k: 'num', value: new Rational(v), type: { kind: 'dec', places: 2 }, loc });
const ref = (f: FactIR): ExprIR => ({ k: 'fact', fact: f, type: f.type, loc });
const cmp = (op: CompareOp, left: ExprIR, right: ExprIR): ExprIR => ({ k: 'compare', op, left, right, type: { kind: 'bool' }, loc });

const atom: fc.Arbitrary<ExprIR> = fc.oneof(
    fc.tuple(fc.constantFrom(...OPS), fc.integer({ min: -1, max: 6 }), fc.boolean()).map(([op, c, flip]) => (flip ? cmp(op, num(c), ref(INT)) : cmp(op, ref(INT), num(c)))),
    fc.tuple(fc.constantFrom(...OPS), fc.integer({ min: -1, max: 5 })).map(([op, c]) => cmp(op, ref(DEC), num(c / 2))),
    fc.tuple(fc.constantFrom(...OPS), fc.integer({ min: 0, max: 2 }), fc.boolean()).map(([op, i, optional]) =>
        cmp(op, ref(optional ? LEVEL : FIXED), { k: 'enumValue', decl: scale, index: i, type: LEVEL.type, loc })),
    fc.constant(ref(FLAG)),
    fc.boolean().map(v => cmp('=', ref(FLAG), { k: 'bool', value: v, type: { kind: 'bool' }, loc })),
    fc.boolean().map((value): ExprIR => ({ k: 'bool', value, type: { kind: 'bool' }, loc })),
);

const condition: fc.Arbitrary<ExprIR> = fc.letrec<{ e: ExprIR }>(tie => ({
    e: fc.oneof({ depthSize: 'small', withCrossShrink: true },
        atom,
        fc.tuple(fc.constantFrom('and', 'or') as fc.Arbitrary<'and' | 'or'>, tie('e'), tie('e')).map(([op, left, right]): ExprIR => ({ k: 'logic', op, left, right, type: { kind: 'bool' }, loc })),
        tie('e').map((operand): ExprIR => ({ k: 'not', operand, type: { kind: 'bool' }, loc }))),
})).e;

/** The evaluator's semantics for these atoms: 无 (-1) satisfies no ordering and no =, and every ≠. */
function evaluate(e: ExprIR, f: Facts): boolean {
    switch (e.k) {
        case 'bool': return e.value;
        case 'not': return !evaluate(e.operand, f);
        case 'logic': return e.op === 'and' ? evaluate(e.left, f) && evaluate(e.right, f) : evaluate(e.left, f) || evaluate(e.right, f);
        case 'fact': return f.丙;
        case 'compare': {
            const value = (x: ExprIR): number | boolean => (x.k === 'num' ? x.value.valueOf() : x.k === 'enumValue' ? x.index : x.k === 'bool' ? x.value : f[(x as { fact: FactIR }).fact.name as keyof Facts]);
            const l = value(e.left);
            const r = value(e.right);
            if (typeof l === 'boolean') return e.op === '=' ? l === r : l !== r;
            if (l === -1 && e.left.k === 'fact' && e.left.fact === LEVEL) return e.op === '!=';
            return { '>=': l >= (r as number), '>': l > (r as number), '<=': l <= (r as number), '<': l < (r as number), '=': l === r, '!=': l !== r }[e.op];
        }
        default: throw new Error(e.k);
    }
}

function atoms(e: ExprIR): number {
    return e.k === 'logic' ? atoms(e.left) + atoms(e.right) : e.k === 'not' ? atoms(e.operand) : 1;
}

describe('condition truth (never / always) against brute force', () => {
    it('is sound, and answers whenever a condition with up to 12 atoms is constant', () => {
        fc.assert(fc.property(condition, e => {
            const values = new Set(ASSIGNMENTS.map(a => evaluate(e, a)));
            const truth = truthOf(e);
            if (truth === false) expect(values.has(true)).toBe(false);
            if (truth === true) expect(values.has(false)).toBe(false);
            if (values.size === 1 && atoms(e) <= 12) expect(truth).toBe([...values][0]);
            if (values.size === 2) expect(truth).toBeUndefined();
        }), { numRuns: 3_000, seed: 2015 });
    });
});

describe('implication across a refinement against brute force', () => {
    const shared = new Set(['次数', '分', '级', '定级', '丙']);
    /** The assignments a witness (`名称 = 值`, …) allows: the facts it names fixed, the others free. */
    const allowedBy = (witness: string[]) => ASSIGNMENTS.filter(a => witness.every(w => {
        const [name, value] = w.split(' = ');
        const actual = a[name as keyof Facts];
        if (name === '丙') return actual === (value === '是');
        if (name === '级' || name === '定级') return actual === (value === '无' ? -1 : scale.values.indexOf(value));
        return Math.abs((actual as number) - Number(value)) < 1e-9;
    }));

    it('is sound both ways: a proof has no counterexample, a counterexample is one', () => {
        fc.assert(fc.property(condition, condition, (a, b) => {
            const counter = ASSIGNMENTS.filter(x => evaluate(a, x) && !evaluate(b, x));
            const result = implication(a, b, shared);
            if (result?.holds === true) expect(counter).toEqual([]);
            if (result?.holds === false) {
                const allowed = allowedBy(result.witness);
                expect(allowed.length).toBeGreaterThan(0);
                for (const x of allowed) expect([evaluate(a, x), evaluate(b, x)]).toEqual([true, false]);
            }
            // Every atom here is one it reasons about: with few atoms it always answers.
            if (atoms(a) + atoms(b) <= 10) expect(result).toBeDefined();
        }), { numRuns: 2_000, seed: 2015 });
    });
});
