/** Wall-clock measurement of a pass over all subjects, repeated; throughput from the median pass. */
export interface Measurement {
    name: string;
    subjects: number;
    rounds: number;
    medianMs: number;
    bestMs: number;
    /** Evaluations per second at the median pass. */
    perSecond: number;
    checksum: number;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

export function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export function measure(name: string, subjects: number, rounds: number, pass: () => number): Measurement {
    let checksum = pass(); // warm-up: lets the JIT settle before anything is timed
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
        const t0 = now();
        checksum = pass();
        times.push(now() - t0);
    }
    return result(name, subjects, times, checksum);
}

export async function measureAsync(name: string, subjects: number, rounds: number, pass: () => Promise<number>): Promise<Measurement> {
    let checksum = await pass();
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
        const t0 = now();
        checksum = await pass();
        times.push(now() - t0);
    }
    return result(name, subjects, times, checksum);
}

function result(name: string, subjects: number, times: number[], checksum: number): Measurement {
    const medianMs = median(times);
    return { name, subjects, rounds: times.length, medianMs, bestMs: Math.min(...times), perSecond: subjects / (medianMs / 1000), checksum };
}

export { now };
