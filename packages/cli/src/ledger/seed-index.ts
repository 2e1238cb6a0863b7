import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Finds where an article or clause of a document starts in the corpus, so every ledger row can
 * be put beside its source line. The document's range comes from its `出处 "seed:A-B"`.
 */
export class SeedIndex {
    private readonly lines: string[];

    constructor(readonly file: string) {
        this.lines = fs.readFileSync(file, 'utf8').split('\n');
    }

    /** Line (1-based) where `article` (第二十二条 / 五、) starts within [from, to], then `clause` after it. */
    locate(range: { from: number; to: number }, article?: string, clause?: string): number | undefined {
        let start = range.from;
        if (article) {
            const found = this.find(range.from, range.to, line => line.startsWith(article));
            if (found === undefined) return clause ? this.find(range.from, range.to, l => l.startsWith(clause)) : undefined;
            start = found;
        }
        if (!clause) return article ? start : undefined;
        // A clause is on a later line of the same article (before the next 第…条).
        return this.find(start, range.to, (line, n) => n > start && /^第[一二三四五六七八九十百]+条/.test(line) ? 'stop' : line.startsWith(clause)) ?? start;
    }

    private find(from: number, to: number, test: (line: string, n: number) => boolean | 'stop'): number | undefined {
        for (let n = Math.max(1, from); n <= Math.min(to, this.lines.length); n++) {
            const r = test(this.lines[n - 1].trim(), n);
            if (r === 'stop') return undefined;
            if (r) return n;
        }
        return undefined;
    }
}

/** `出处 "seed:534-716（节选）"` → {534, 716}. */
export function seedRange(source: string | undefined): { from: number; to: number } | undefined {
    const m = /seed:(\d+)\s*[-–]\s*(\d+)/.exec(source ?? '');
    return m ? { from: Number(m[1]), to: Number(m[2]) } : undefined;
}

/** The corpus: --seed, $ZEREN_SEED, or the shared folder beside the repository. */
export function findSeed(explicit: string | undefined, cwd: string): string | undefined {
    const candidates = [explicit, process.env.ZEREN_SEED];
    for (const dir of [path.resolve(cwd, '../shared/seed'), path.resolve(cwd, '../../shared/seed')]) {
        try {
            for (const f of fs.readdirSync(dir).filter(n => n.endsWith('.txt')).sort()) candidates.push(path.join(dir, f));
        } catch {
            // not there
        }
    }
    return candidates.find(c => c && fs.existsSync(c));
}
