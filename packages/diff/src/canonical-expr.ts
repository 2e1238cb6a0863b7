import type { ExprIR } from '@zeren/model';
import { canonicalNumber } from './canonical-values.js';

/**
 * Prints an expression of the semantic model in the surface syntax with the fewest
 * parentheses that keep its meaning. Two conditions that parse to the same tree print the
 * same text whatever their spacing, line breaks, redundant parentheses or ASCII/Chinese
 * operator spelling (>= / ≥, * / ×), which is what makes condition changes diffable.
 */
export function printExpr(e: ExprIR): string {
    return print(e, 0);
}

// Binding strength, loosest first; mirrors the grammar (或 < 且 < 非 < comparison < + - < × /).
const OR = 1, AND = 2, NOT = 3, CMP = 4, ADD = 5, MUL = 6, ATOM = 7;

const COMPARE: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=', '!=': '≠' };
const ARITH: Record<string, string> = { '+': '+', '-': '-', '*': '×', '/': '/' };
const AGG: Record<string, string> = { count: '计数', any: '任一', all: '所有', sum: '合计' };

function precedence(e: ExprIR): number {
    switch (e.k) {
        case 'logic': return e.op === 'or' ? OR : AND;
        case 'not': return NOT;
        case 'compare': return CMP;
        case 'arith': return e.op === '+' || e.op === '-' ? ADD : MUL;
        // A non-integer literal such as 2/3 prints as a division.
        case 'num': return canonicalNumber(e.value).includes('/') ? MUL : ATOM;
        default: return ATOM;
    }
}

/** `min` is the precedence the context requires; a looser expression is parenthesised. */
function print(e: ExprIR, min: number): string {
    const text = bare(e);
    return precedence(e) < min ? `(${text})` : text;
}

function bare(e: ExprIR): string {
    switch (e.k) {
        case 'num': return canonicalNumber(e.value);
        case 'bool': return e.value ? '是' : '否';
        case 'date': return e.value;
        case 'fact': return e.fact.name;
        case 'derived': return e.derived.name;
        case 'enumValue': return e.decl.values[e.index] ?? `?${e.index}`;
        case 'band': return e.grade.bands[e.index]?.name ?? `?${e.index}`;
        case 'rule': return e.rule.name;
        case 'compare':
            // Comparisons do not chain: both operands must bind tighter.
            return `${print(e.left, CMP + 1)} ${COMPARE[e.op]} ${print(e.right, CMP + 1)}`;
        case 'arith': {
            const p = precedence(e);
            // Left-associative: the right operand of - and / needs parentheses at equal precedence.
            return `${print(e.left, p)} ${ARITH[e.op]} ${print(e.right, p + 1)}`;
        }
        case 'logic': {
            const p = precedence(e);
            return `${print(e.left, p)} ${e.op === 'and' ? '且' : '或'} ${print(e.right, p + 1)}`;
        }
        case 'not': return `非 ${print(e.operand, NOT)}`;
        case 'agg': {
            const body = e.body ? ` 当 ${print(e.body, 0)}` : '';
            return `${AGG[e.fn]}(${print(e.collection, 0)}${body})`;
        }
        case 'call': return `${e.fn === 'min' ? '最小' : '最大'}(${e.args.map(a => print(a, 0)).join(', ')})`;
        case 'error': return '？';
    }
}
