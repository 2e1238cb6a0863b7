import type { Message } from '@zeren/model';

/** An error in a fact file or a row of a batch: the field at fault, its line and column. */
export interface FactFileError {
    path: string;
    line: number;
    column: number;
    message: Message;
}

export function jsonPath(path: (string | number)[]): string {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
