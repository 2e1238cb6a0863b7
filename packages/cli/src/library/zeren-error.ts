import type { Message } from '@zeren/model';
import { renderBoth } from '@zeren/model';

/** An input the library cannot honour (a fact file, a subject, a revision): the reason in both languages. */
export class ZerenError extends Error {
    readonly code: string;
    readonly zh: string;
    readonly en: string;
    /** Where in the input, when known (a fact file's line and column). */
    readonly file?: string;
    readonly line?: number;
    readonly column?: number;

    constructor(msg: Message | { code: string; zh: string; en: string }, where: { file?: string; line?: number; column?: number } = {}) {
        const { zh, en } = 'zh' in msg ? msg : renderBoth(msg);
        super(en);
        this.name = 'ZerenError';
        this.code = msg.code;
        this.zh = zh;
        this.en = en;
        Object.assign(this, where);
    }
}
