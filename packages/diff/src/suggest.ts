import type { StaleExpectation } from './diff-schema.js';

/**
 * A scenario file's text with the suggested expectations written in: each replaces exactly the
 * expectation's own range, last first so earlier ranges stay valid. Pure: the caller decides
 * whether to write (the CLI only with --write, through a temporary file and a rename).
 */
export function applySuggestions(text: string, stale: StaleExpectation[]): string {
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    const edits = stale
        .filter(s => s.range && s.suggestion !== undefined)
        .map(s => ({ from: offset(s.range!.start), to: offset(s.range!.end), text: s.suggestion! }))
        .sort((a, b) => b.from - a.from);
    let out = text;
    for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
    return out;
}

/** The expectation as written now, for showing old → new. */
export function currentText(text: string, s: StaleExpectation): string | undefined {
    if (!s.range || s.range.start.line !== s.range.end.line) return undefined;
    return text.split('\n')[s.range.start.line]?.slice(s.range.start.character, s.range.end.character);
}
