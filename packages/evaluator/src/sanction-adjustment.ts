import type { AdjustMove, SanctionOptionIR, SanctionTableIR } from '@zeren/model';
import { compareOptions } from '@zeren/model';

export interface PermittedSet {
    /** Severity levels (indexes) whose options were drawn on. */
    levels: number[];
    options: SanctionOptionIR[];
    /** The moves that shaped the set; empty when none applied. */
    moves: AdjustMove[];
    /** Mitigating and aggravating circumstances were both found: the level's own set is kept. */
    offset: boolean;
}

/**
 * The permitted set at `severity` after the circumstances found (第八条, 第九条). Reading, from
 * 《中国共产党纪律处分条例》's definitions of the same words: 从轻 = within the level, the
 * lightest option; 从重 = the heaviest; 减轻 = one level down; 加重 = one level up (at the end
 * of the table the level stays). “从轻或者减轻” leaves the choice to the decision body, so the
 * result is the union of both moves. When both kinds of circumstance are found the text does
 * not rank them, so neither moves the set.
 */
export function permittedSet(table: SanctionTableIR, severity: number, mitigating: AdjustMove[], aggravating: AdjustMove[]): PermittedSet {
    const at = (level: number) => table.levels.find(l => l.level === level);
    const base = at(severity);
    if (!base) return { levels: [], options: [], moves: [], offset: false };
    const offset = mitigating.length > 0 && aggravating.length > 0;
    const moves = offset ? [] : [...new Set([...mitigating, ...aggravating])];
    if (moves.length === 0) return { levels: [severity], options: [...base.options], moves, offset };
    const levels = new Set<number>();
    const chosen: SanctionOptionIR[] = [];
    for (const move of moves) {
        switch (move) {
            case 'lighter':
                levels.add(severity);
                if (base.options.length) chosen.push(base.options[0]);
                break;
            case 'heavier':
                levels.add(severity);
                if (base.options.length) chosen.push(base.options[base.options.length - 1]);
                break;
            case 'level-down':
            case 'level-up': {
                const next = at(move === 'level-down' ? severity - 1 : severity + 1) ?? base;
                levels.add(next.level);
                chosen.push(...next.options);
                break;
            }
        }
    }
    const unique = new Map(chosen.map(o => [o.measures.join(','), o]));
    return { levels: [...levels].sort((a, b) => a - b), options: [...unique.values()].sort(compareOptions), moves, offset };
}
