import type { MessageCode } from '@zeren/model';
import { message } from '@zeren/model';
import type { Message } from '@zeren/model';

/** An error the user caused: printed as a message (never a stack trace) with an exit code. */
export class CliError extends Error {
    readonly msg: Message;
    constructor(code: MessageCode, readonly exitCode: number, ...args: (string | number)[]) {
        super(code);
        this.msg = message(code, ...args);
    }
}
