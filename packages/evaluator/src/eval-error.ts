import type { Message, MessageCode } from '@zeren/model';
import { message } from '@zeren/model';
import { CalendarRangeError } from '@zeren/time';

/**
 * A problem with the facts discovered while evaluating (a missing fact, a division by zero).
 * Thrown inside compiled closures and caught at the rule or clause that needed the value, which
 * adds its citation; evaluation of other rules continues.
 */
export class EvalError extends Error {
    readonly msg: Message;
    constructor(code: MessageCode, ...args: (string | number)[]) {
        super(code);
        this.msg = message(code, ...args);
    }
}

/** A fact needed but not given; the rule that needed it is filled in where it is caught. */
export class MissingFact extends Error {
    /** Citation of the rule or clause that needed the fact. */
    neededBy?: string;
    constructor(readonly fact: string) {
        super(`missing ${fact}`);
    }
}

/**
 * An open deadline (not done) judged without an as-of date: whether it is missed cannot be
 * known, so the rule is open (未到期/未判定) and the rules reading it are undetermined.
 */
export class NeedsAsOf extends Error {
    constructor(readonly rule: string, readonly due: string) {
        super(`as-of needed for ${rule}`);
    }
}

/**
 * Date arithmetic pushed beyond the calendar's years by the facts: an input error, worded in both
 * languages (the date module's own text, never an untranslated library message in Chinese).
 */
export function outOfCalendar(e: RangeError, zh: string, en: string): EvalError {
    const detail = e instanceof CalendarRangeError ? e : { zh: '超出公元 0001 至 9999 年的范围', en: e.message };
    return new EvalError('time-error', `${zh}：${detail.zh}`, `${en}: ${detail.en}`);
}
