/** Seeded PRNG (mulberry32): the same seed gives the same subjects on every machine. */
export function mulberry32(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export interface Rng {
    next(): number;
    int(lo: number, hi: number): number;
    chance(p: number): boolean;
    pick<T>(xs: readonly T[]): T;
}

export function rng(seed: number): Rng {
    const next = mulberry32(seed);
    return {
        next,
        int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
        chance: p => next() < p,
        pick: xs => xs[Math.floor(next() * xs.length)],
    };
}
