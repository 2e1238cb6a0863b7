/**
 * One bad input: files written into a fresh directory (beside the fixture rules.zeren unless
 * `rules` replaces it), the CLI arguments, and what must come out in each language: the exit
 * code and one line of output (stdout or stderr) meeting `want` — file:line:column where the
 * input has a location — and, as a second check, the exact line recorded in expected.json. `-o out.txt` is appended to commands that write output; the file
 * must not exist afterwards.
 */
export interface BadCase {
    name: string;
    /** Transforms the fixture rules.zeren; `null` leaves no rules.zeren in the directory. */
    rules?: ((fixture: string) => string) | null;
    files?: Record<string, string>;
    args: string[];
    /** 2 invalid input, 1 check errors or failing scenarios, 0 warnings only. */
    exit: 0 | 1 | 2;
    /** A substring that picks the asserted line (the first line containing it). */
    pick: string;
    /** The line must start with the expected text (messages that end in a library's or the OS's words). */
    prefix?: boolean;
    /** Append `-o out.txt` (run and test commands). */
    output?: boolean;
    /**
     * Languages in which the CLI is known to get this case wrong (reported, not yet fixed): the
     * test expects the failure, and starts failing — to be removed — once the bug is fixed.
     */
    knownBug?: ('zh' | 'en')[];
    /** Choose the language through LANG instead of appending --lang (for cases about --lang itself). */
    langFromEnv?: boolean;
    /** Hand-written expectations the picked line must meet on their own, whatever expected.json says. */
    want: Want;
    /** Why the message is still unclear to a user (counted in the README); absent for a clear one. */
    unclear?: string;
}

/** What a user needs from the message: where (`file:line` or `file:line:column`), which code or field, and a few words per language. */
export interface Want {
    /** `file:line[:column]` the line must start with (after indentation), or a file name it must mention when there is no line. */
    at?: string;
    /** The diagnostic code (`[fact-range]`) or field path (`facts.甲得分`) the line must name. */
    code?: string;
    zh: string[];
    en: string[];
}

/** Shorthand for a Want: at, code, then the words both languages share, then zh-only and en-only words. */
export function want(at: string | undefined, code: string | undefined, both: string[], zh: string[] = [], en: string[] = []): Want {
    return { at, code, zh: [...both, ...zh], en: [...both, ...en] };
}

/** Replaces the first occurrence of `from` in the fixture, failing loudly if it is not there. */
export function edit(from: string, to: string): (fixture: string) => string {
    return fixture => {
        if (!fixture.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
        return fixture.replace(from, to);
    };
}
