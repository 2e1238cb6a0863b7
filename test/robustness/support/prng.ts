/** Seeded PRNG (mulberry32) so every fuzz run can be replayed from its seed. */
export interface Rng { next(): number; int(lo: number, hi: number): number; pick<T>(xs: readonly T[]): T }

export function rng(seed: number): Rng {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), pick: xs => xs[Math.floor(next() * xs.length)] };
}
