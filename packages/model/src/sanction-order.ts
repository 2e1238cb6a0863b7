import type { SanctionOptionIR } from './ir-accountability.js';

/**
 * Options at a severity level are ordered by the ladder: by their heaviest measure, then the
 * next heaviest (诫勉谈话并书面检查 is lighter than 通报批评 when 通报批评 is higher on the ladder).
 */
export function compareOptions(a: SanctionOptionIR, b: SanctionOptionIR): number {
    const x = [...a.measures].sort((p, q) => q - p);
    const y = [...b.measures].sort((p, q) => q - p);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] ?? -1) - (y[i] ?? -1);
        if (d !== 0) return d;
    }
    return 0;
}
