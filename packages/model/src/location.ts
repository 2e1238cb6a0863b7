/** A place in a source file. Lines and characters are 0-based (as in LSP); printers add 1. */
export interface SourceRange {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

export interface SourceLoc {
    uri: string;
    range: SourceRange;
}

export const NO_RANGE: SourceRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function formatLoc(loc: SourceLoc | undefined, relativeTo?: (uri: string) => string): string {
    if (!loc) return '';
    const file = relativeTo ? relativeTo(loc.uri) : loc.uri;
    return `${file}:${loc.range.start.line + 1}:${loc.range.start.character + 1}`;
}
