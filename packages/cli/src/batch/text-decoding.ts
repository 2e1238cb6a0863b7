import { TextDecoder } from 'node:util';
import { message } from '@zeren/model';
import { errorAt } from './position-error.js';

/**
 * The text of a table file, chunk by chunk: UTF-8 (with or without a byte-order mark) or, when the
 * first chunk is not UTF-8, GB18030 — what Excel writes for "CSV" on a Chinese Windows (GBK is
 * its subset). Bytes that are neither stop the batch at their line, never a garbled header.
 */
export class TableDecoder {
    private decoder: TextDecoder | undefined;

    constructor(private readonly file: string) {}

    /** The next chunk's text; `line` is the line the chunk starts on (for the error). */
    decode(chunk: Buffer, line: number): string {
        if (!this.decoder) this.decoder = this.choose(chunk, line);
        try {
            return this.decoder.decode(chunk, { stream: true });
        } catch {
            throw this.notText(line);
        }
    }

    /** What a multi-byte character cut by the end of the file leaves. */
    end(line: number): string {
        try {
            return this.decoder?.decode() ?? '';
        } catch {
            throw this.notText(line);
        }
    }

    private choose(first: Buffer, line: number): TextDecoder {
        for (const encoding of ['utf-8', 'gb18030']) {
            const probe = new TextDecoder(encoding, { fatal: true });
            try {
                probe.decode(first, { stream: true });
                return new TextDecoder(encoding, { fatal: true });
            } catch { /* the next encoding */ }
        }
        throw this.notText(line);
    }

    private notText(line: number) {
        return errorAt(`${this.file}:${line}`, message('batch-encoding'));
    }
}
