/**
 * Names and messages come from user files and may hold control characters (an escape sequence
 * in a scenario name would drive the terminal; XML 1.0 forbids most of them even as references).
 * They are shown as visible escapes, \u{1b}; line breaks stay where a block of text needs them.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g;
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

const escaped = (c: string) => `\\u{${c.codePointAt(0)!.toString(16)}}`;

/** One line of terminal or XML attribute text: every control character, line breaks included, escaped. */
export function visibleLine(text: string): string {
    return text.replace(CONTROL_OR_BREAK, escaped);
}

/** A block of text (a failure's details): control characters escaped, tabs and line breaks kept. */
export function visibleBlock(text: string): string {
    return text.replace(CONTROL, escaped);
}
