/**
 * A progress bar on stderr for large batches: only when stderr is a terminal (nothing on a pipe
 * or in a file), only once the batch has run for a moment, redrawn at most ten times a second.
 */
export interface Progress {
    row(): void;
    /** Share of the input read so far (0..1), when the reader knows it. */
    fraction(f: number): void;
    done(): void;
}

const NONE: Progress = { row() {}, fraction() {}, done() {} };
const WIDTH = 30;
const QUIET_MS = 500;

export function progressBar(stream: NodeJS.WriteStream = process.stderr, now: () => number = () => performance.now()): Progress {
    if (!stream.isTTY) return NONE;
    const start = now();
    let rows = 0;
    let share: number | undefined;
    let lastDraw = 0;
    let drawn = false;
    const draw = () => {
        const t = now();
        if (t - start < QUIET_MS || t - lastDraw < 100) return;
        lastDraw = t;
        drawn = true;
        const rate = Math.round(rows / ((t - start) / 1000));
        const bar = share === undefined ? '' : `[${'#'.repeat(Math.round(share * WIDTH)).padEnd(WIDTH, '-')}] ${Math.floor(share * 100)}% `;
        stream.write(`\r${bar}${grouped(rows)} (${grouped(rate)}/s)\u001b[K`);
    };
    return {
        row() {
            rows++;
            if ((rows & 255) === 0) draw();
        },
        fraction(f) {
            share = Math.min(1, f);
        },
        done() {
            if (drawn) stream.write('\r\u001b[K');
        },
    };
}

/** 1234567 → 1,234,567, the same on every machine (no locale). */
function grouped(n: number): string {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
