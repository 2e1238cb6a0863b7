import { describe, expect, it } from 'vitest';
import { progressBar } from '../../packages/cli/src/batch/progress.js';

function fakeStream(isTTY: boolean) {
    const written: string[] = [];
    return { stream: { isTTY, write: (s: string) => { written.push(s); return true; } } as unknown as NodeJS.WriteStream, written };
}

describe('batch progress bar', () => {
    it('draws a bar with the share read and the row count on a terminal, then clears it', () => {
        const { stream, written } = fakeStream(true);
        let t = 0;
        const p = progressBar(stream, () => t);
        t = 1000;
        p.fraction(0.5);
        for (let i = 0; i < 512; i++) p.row();
        expect(written.at(-1)).toBe(`\r[${'#'.repeat(15)}${'-'.repeat(15)}] 50% 256 (256/s)\u001b[K`);
        p.done();
        expect(written.at(-1)).toBe('\r\u001b[K');
    });

    it('stays silent for a short batch and on a pipe', () => {
        const quick = fakeStream(true);
        const p = progressBar(quick.stream, () => 100);
        for (let i = 0; i < 1000; i++) p.row();
        p.done();
        expect(quick.written).toEqual([]);
        const pipe = fakeStream(false);
        let t = 0;
        const q = progressBar(pipe.stream, () => (t += 1000));
        for (let i = 0; i < 10_000; i++) q.row();
        q.done();
        expect(pipe.written).toEqual([]);
    });
});
