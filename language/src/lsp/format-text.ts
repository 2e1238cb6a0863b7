/**
 * The formatting rules, as a pure function so they are easy to test for idempotence:
 * - indentation = brace depth, plus one for a continuation line (原文 / 注 after a header), and
 *   for a line that goes on with a condition (当 / 且 / 或) or, at the top level, any indented
 *   line (it continues a rule without braces) one or two more, as its author indented it;
 * - a line starting with `}` closes before it is indented;
 * - trailing whitespace removed, runs of blank lines collapsed to one, one final newline;
 * - block comments keep their inner lines as written.
 * Braces inside strings "…", citations 〔…〕 and comments do not count.
 */
export function formatText(text: string, unit = '    '): string {
    const lines = text.split(/\r?\n/);
    const out: string[] = [];
    let depth = 0;
    let inBlockComment = false;
    let blank = 0;
    for (const raw of lines) {
        const trimmed = raw.trim();
        if (inBlockComment) {
            out.push(raw.replace(/\s+$/, ''));
            if (trimmed.includes('*/')) inBlockComment = false;
            continue;
        }
        if (!trimmed) {
            blank++;
            continue;
        }
        if (blank && out.length) out.push('');
        blank = 0;
        const { opens, closes, leadingCloses, opensComment } = scan(trimmed);
        const indentDepth = Math.max(0, depth - leadingCloses) + continuationUnits(trimmed, raw, depth, unit);
        out.push(unit.repeat(indentDepth) + trimmed);
        depth = Math.max(0, depth + opens - closes);
        inBlockComment = opensComment;
    }
    return out.join('\n') + '\n';
}

const CONTINUATION = /^(原文|注)(?=\s|")/;
/** Words a line can start with only when it continues the statement above (a 当 condition and its operands). */
const CONDITION_GOES_ON = /^(当|且|或)(?=\s)/;

/** Units beyond the brace depth: 原文/注 one; a condition line one or two, keeping the author's choice. */
function continuationUnits(trimmed: string, raw: string, depth: number, unit: string): number {
    if (CONTINUATION.test(trimmed)) return 1;
    const written = raw.length - raw.trimStart().length;
    const extra = Math.min(2, Math.floor(Math.max(0, written - depth * unit.length) / unit.length));
    if (CONDITION_GOES_ON.test(trimmed)) return Math.max(1, extra);
    // At the top level a construct starts at column 0; an indented line goes on with the one above
    // (a rule without braces: its 当, 任期, 依据 or restriction lines).
    return depth === 0 ? extra : 0;
}

function scan(line: string): { opens: number; closes: number; leadingCloses: number; opensComment: boolean } {
    let opens = 0;
    let closes = 0;
    let leadingCloses = 0;
    let leading = true;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '"') {
            i = skipString(line, i);
            leading = false;
            continue;
        }
        if (c === '〔') {
            const end = line.indexOf('〕', i);
            i = end < 0 ? line.length : end;
            leading = false;
            continue;
        }
        if (c === '/' && line[i + 1] === '/') break;
        if (c === '/' && line[i + 1] === '*') {
            const end = line.indexOf('*/', i + 2);
            if (end < 0) return { opens, closes, leadingCloses, opensComment: true };
            i = end + 1;
            continue;
        }
        if (c === '{') opens++;
        if (c === '}') {
            // Only count a close against this line's own opens after they happened.
            if (opens > 0) opens--;
            else {
                closes++;
                if (leading) leadingCloses++;
            }
        }
        if (c !== '}' && !/\s/.test(c)) leading = false;
    }
    return { opens, closes, leadingCloses, opensComment: false };
}

function skipString(line: string, start: number): number {
    for (let i = start + 1; i < line.length; i++) {
        if (line[i] === '\\') i++;
        else if (line[i] === '"') return i;
    }
    return line.length;
}
