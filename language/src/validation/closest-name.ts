/**
 * Did-you-mean: the name in scope closest to an unknown one, by edit distance over characters
 * (a Chinese name is a string of characters, each a word-piece), within a small typo budget.
 */
export function closestName(unknown: string, names: Iterable<string>): string | undefined {
    const u = [...unknown];
    // One typo per three characters, at most three; names under three characters are too short to guess.
    const budget = Math.min(3, Math.floor(u.length / 3));
    if (budget === 0) return undefined;
    let best: string | undefined;
    let bestDistance = budget + 1;
    for (const name of names) {
        if (name === unknown) continue;
        const n = [...name];
        if (Math.abs(n.length - u.length) >= bestDistance) continue;
        const d = editDistance(u, n, bestDistance);
        // Ties: the first in scope order (the nearest declaration) wins.
        if (d < bestDistance) { best = name; bestDistance = d; }
    }
    return best;
}

/** Levenshtein distance, giving up (returning `limit`) once every path exceeds it. */
function editDistance(a: string[], b: string[], limit: number): number {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
            row.push(v);
            rowMin = Math.min(rowMin, v);
        }
        if (rowMin >= limit) return limit;
        prev = row;
    }
    return prev[b.length]!;
}
