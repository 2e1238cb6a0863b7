import type { ExprIR, Rational as R } from '@zeren/model';
import { formatRational, Rational } from '@zeren/model';
import type { ExprCompiler } from './compile-expr.js';
import { isoOfDayNumber } from '@zeren/time';
import type { Frame } from './frame.js';

/** The value of an expression as shown to a person (explanations, hovers): exact, never a float. */
export function displayValue(e: ExprIR, frame: Frame, compiler: ExprCompiler): string {
    try {
        switch (e.type.kind) {
            case 'bool': return compiler.bool(e)(frame) ? '是' : '否';
            case 'int':
            case 'dec': return formatRational(exactValue(e, frame, compiler));
            case 'ratio': {
                const r = compiler.ratio(e);
                const n = scaled(r.num.fn(frame), r.num.scale);
                const d = scaled(r.den.fn(frame), r.den.scale);
                return d.equals(0) ? `${formatRational(n)}/0` : `${formatRational(n)}/${formatRational(d)}`;
            }
            case 'enum': {
                const i = compiler.ord(e)(frame);
                return i < 0 ? '无' : e.type.decl.values[i];
            }
            case 'grade': {
                const i = compiler.ord(e)(frame);
                return i >= 0 ? e.type.grade.bands[i]?.name ?? '—' : '—';
            }
            case 'date': return isoOfDayNumber(compiler.ord(e)(frame));
            case 'list': return `${compiler.list(e)(frame).length}项`;
            default: return '—';
        }
    } catch {
        return '？';
    }
}

export function exactValue(e: ExprIR, frame: Frame, compiler: ExprCompiler): R {
    const plan = compiler.num(e);
    return scaled(plan.fn(frame), plan.scale);
}

/** n / scale exactly (n is an integer the closures produced). */
export function scaled(n: number, scale: bigint): R {
    return new Rational(BigInt(n), scale);
}
