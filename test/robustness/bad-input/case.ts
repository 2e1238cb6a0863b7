/**
 * One bad input: files written into a fresh directory (beside the fixture rules.zeren unless
 * `rules` replaces it), the CLI arguments, and what must come out in each language: the exit
 * code and one exact line of output (stdout or stderr), which carries file:line:column where
 * the input has a location. `-o out.txt` is appended to commands that write output; the file
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
    /** A substring that picks the asserted line; its exact zh and en text is in expected.json. */
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
}

/** Replaces the first occurrence of `from` in the fixture, failing loudly if it is not there. */
export function edit(from: string, to: string): (fixture: string) => string {
    return fixture => {
        if (!fixture.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
        return fixture.replace(from, to);
    };
}
