import * as fs from 'node:fs';

const piped = new Map<string, string>();

/**
 * A fact file's text. A pipe (`--facts <(…)`) can be read only once, yet `run` reads the file to
 * tell a batch from one subject before reading it for good: its text is kept.
 */
export function readInputText(file: string): string {
    const kept = piped.get(file);
    if (kept !== undefined) return kept;
    const text = fs.readFileSync(file, 'utf8');
    if (!fs.statSync(file).isFile()) piped.set(file, text);
    return text;
}
