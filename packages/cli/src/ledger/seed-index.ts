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

    /**
     * Line (1-based) where a citation starts within [from, to]. The citation is read as a path of
     * markers, each found as a line prefix after the previous one: 第二十二条（四）, 三、（二）,
     * 二 (a section 二、), 3 (an item 3. / 3、), （37） (a numbered paragraph).
     */
    locate(range: { from: number; to: number }, citation: string): number | undefined {
        const markers = citationMarkers(citation);
        if (markers.length === 0) return undefined;
        let line = range.from - 1;
        let found: number | undefined;
        for (const prefixes of markers) {
            const at = this.find(line + 1, range.to, text => prefixes.some(p => text.startsWith(p)));
            if (at === undefined) return found;
            found = line = at;
        }
        return found;
    }

    /** The first line in [from, to] containing the start of a quoted source sentence (原文). */
    locateQuote(range: { from: number; to: number }, quote: string): number | undefined {
        const probe = quote.replace(/[“”"…]/g, '').slice(0, 12);
        if (probe.length < 4) return undefined;
        return this.find(range.from, range.to, line => line.includes(probe));
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

/**
 * The corpus: --seed, else $ZEREN_SEED, else the shared folder beside the repository. Each names
 * the corpus file or the folder holding it (its first .txt file). A named corpus that does not
 * exist is not replaced by another one.
 */
export function findSeed(explicit: string | undefined, cwd: string): string | undefined {
    const named = explicit ?? process.env.ZEREN_SEED;
    if (named) return corpusFile(path.resolve(cwd, named));
    for (const dir of [path.resolve(cwd, '../shared/seed'), path.resolve(cwd, '../../shared/seed')]) {
        const found = corpusFile(dir);
        if (found) return found;
    }
    return undefined;
}

function corpusFile(p: string): string | undefined {
    try {
        if (!fs.statSync(p).isDirectory()) return p;
        const first = fs.readdirSync(p).filter(n => n.endsWith('.txt')).sort()[0];
        return first && path.join(p, first);
    } catch {
        return undefined;
    }
}

const CN = '一二三四五六七八九十百零〇两';

/** The line prefixes each part of a citation may start with. */
export function citationMarkers(citation: string): string[][] {
    const out: string[][] = [];
    const re = new RegExp(`第[${CN}\\d]+条|（[^）]+）|[${CN}]+(?=、|$|（)|\\d+(?=[.．、]|$|（)`, 'g');
    for (const m of citation.matchAll(re)) {
        const t = m[0];
        if (t.startsWith('第')) out.push([t]);
        else if (t.startsWith('（')) out.push([t, `(${t.slice(1, -1)})`]);
        else if (/^\d+$/.test(t)) out.push([`${t}.`, `${t}．`, `${t}、`]);
        else out.push([`${t}、`]);
    }
    return out;
}
