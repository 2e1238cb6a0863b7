import type { Message } from '@zeren/model';
import { renderBoth } from '@zeren/model';
import { CliError } from '../cli-error.js';

/** An input error at `file:line:column` that stops the batch (exit 2): a bad header, an unreadable file. */
export function errorAt(position: string, msg: Message): CliError {
    const { zh, en } = renderBoth(msg);
    return new CliError('batch-at', 2, position, zh, en);
}
