import { MissingFact } from './eval-error.js';
import { readJs, withJs } from './js-source.js';

/**
 * Closures that do nothing but read one fact slot are marked, so the combinators built on them
 * (且/或/非, comparisons with a constant, sums) read the slot inline instead of calling them.
 * Each avoided call is a megamorphic call per evaluation; on the 2015 team assessment they were
 * most of the fast path's time.
 */
export interface SlotRead {
    slot: number;
    name: string;
}

const SLOT = Symbol('zeren.slotRead');

export function markSlotRead<T extends object>(fn: T, slot: number, name: string): T {
    (fn as { [SLOT]?: SlotRead })[SLOT] = { slot, name };
    return withJs(fn, t => readJs(slot, name, t));
}

export function slotReadOf(fn: object): SlotRead | undefined {
    return (fn as { [SLOT]?: SlotRead })[SLOT];
}

/** The value in a fact slot; a fact that was not given fails the rule that needs it. */
export function slotValue(v: unknown[], slot: number, name: string): unknown {
    const x = v[slot];
    if (x === undefined) throw new MissingFact(name);
    return x;
}
