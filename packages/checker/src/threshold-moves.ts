import type { ExprIR, Rational, SourceLoc } from '@zeren/model';

/** A numeric threshold that differs between a parent condition and a child condition of the same shape. */
export interface ThresholdMove {
    parent: Rational;
    child: Rational;
    /** The child's value makes the rule bite less often (a clause applies less, an exception excuses more). */
    lenient: boolean;
    loc: SourceLoc;
}

/** +1: the rule bites when the condition holds (a veto clause); -1: it bites when it fails (an exception); 0: no direction. */
type Polarity = 1 | -1 | 0;

/**
 * Compares two conditions that differ at most in numeric thresholds (次数 ≥ 2 vs 次数 ≥ 3);
 * undefined when their shapes differ (other facts, operators or structure), since then no
 * direction can be read off.
 */
export function thresholdMoves(parent: ExprIR, child: ExprIR, polarity: 1 | -1): ThresholdMove[] | undefined {
    const moves: ThresholdMove[] = [];
    return same(parent, child, polarity, moves) ? moves : undefined;
}

function constValue(e: ExprIR): Rational | undefined {
    if (e.k === 'num') return e.value;
    if (e.k !== 'arith') return undefined;
    const l = constValue(e.left);
    const r = constValue(e.right);
    if (!l || !r) return undefined;
    if (e.op === '+') return l.add(r);
    if (e.op === '-') return l.sub(r);
    if (e.op === '*') return l.mul(r);
    return r.equals(0) ? undefined : l.div(r);
}

function leafKey(e: ExprIR): string | undefined {
    switch (e.k) {
        case 'fact': return `fact:${e.fact.name}`;
        case 'derived': return `derived:${e.derived.name}`;
        case 'enumValue': return `enum:${e.decl.name}:${e.decl.values[e.index]}`;
        case 'band': return `band:${e.grade.name}:${e.grade.bands[e.index]?.name}`;
        case 'rule': return `rule:${e.rule.name}`;
        case 'bool': return `bool:${e.value}`;
        case 'date': return `date:${e.value}`;
        default: return undefined;
    }
}

function same(p: ExprIR, c: ExprIR, pol: Polarity, moves: ThresholdMove[]): boolean {
    const pv = constValue(p);
    const cv = constValue(c);
    if (pv || cv) return !!pv && !!cv && pv.equals(cv);
    if (p.k !== c.k) return false;
    switch (p.k) {
        case 'compare': {
            const q = c as Extract<ExprIR, { k: 'compare' }>;
            if (p.op !== q.op) return false;
            const right = compareThreshold(p.left, p.right, q.left, q.right, p.op, pol, moves);
            if (right !== undefined) return right;
            const flipped = { '>=': '<=', '<=': '>=', '>': '<', '<': '>', '=': '=', '!=': '!=' } as const;
            const left = compareThreshold(p.right, p.left, q.right, q.left, flipped[p.op], pol, moves);
            if (left !== undefined) return left;
            return same(p.left, q.left, 0, moves) && same(p.right, q.right, 0, moves);
        }
        case 'logic': {
            const q = c as Extract<ExprIR, { k: 'logic' }>;
            return p.op === q.op && same(p.left, q.left, pol, moves) && same(p.right, q.right, pol, moves);
        }
        case 'not': return same(p.operand, (c as Extract<ExprIR, { k: 'not' }>).operand, (-pol || 0) as Polarity, moves);
        case 'arith': {
            const q = c as Extract<ExprIR, { k: 'arith' }>;
            return p.op === q.op && same(p.left, q.left, 0, moves) && same(p.right, q.right, 0, moves);
        }
        case 'agg': {
            const q = c as Extract<ExprIR, { k: 'agg' }>;
            // 任一/所有 hold more often when their body does; 计数/合计 only through a comparison.
            const inner: Polarity = p.fn === 'any' || p.fn === 'all' ? pol : 0;
            return p.fn === q.fn && same(p.collection, q.collection, 0, moves)
                && (p.body && q.body ? same(p.body, q.body, inner, moves) : !p.body && !q.body);
        }
        case 'call': {
            const q = c as Extract<ExprIR, { k: 'call' }>;
            return p.fn === q.fn && p.args.length === q.args.length && p.args.every((a, i) => same(a, q.args[i], 0, moves));
        }
        default: {
            const key = leafKey(p);
            return key !== undefined && key === leafKey(c);
        }
    }
}

/** `X op K` against `X' op K'`: undefined when K is not a constant on this side. */
function compareThreshold(
    px: ExprIR, pk: ExprIR, cx: ExprIR, ck: ExprIR, op: string, pol: Polarity, moves: ThresholdMove[],
): boolean | undefined {
    const pv = constValue(pk);
    const cv = constValue(ck);
    if (!pv || !cv || constValue(px) || constValue(cx)) return undefined;
    if (!same(px, cx, 0, moves)) return false;
    const d = cv.compare(pv);
    if (d === 0) return true;
    if (pol === 0 || op === '=' || op === '!=') return false;
    const holdsLess = op === '>=' || op === '>' ? d > 0 : d < 0;
    moves.push({ parent: pv, child: cv, lenient: pol === 1 ? holdsLess : !holdsLess, loc: ck.loc });
    return true;
}
