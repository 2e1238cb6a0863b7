import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BadCase } from './bad-input/case.js';
import { cliCases } from './bad-input/cli-cases.js';
import { factCases } from './bad-input/fact-cases.js';
import { factFormatCases } from './bad-input/fact-format-cases.js';
import { ruleCases } from './bad-input/rule-cases.js';
import { scenarioCases } from './bad-input/scenario-cases.js';
import { runCli } from './support/cli.js';

/**
 * The bad-input catalogue: every case runs the real CLI in a fresh directory, in Chinese and in
 * English, exits with the right code (2 invalid input, 1 check errors or failing scenarios),
 * leaves no output file, and prints a line meeting the case's own hand-written expectations
 * (file:line[:column], code or field, the words a user needs). expected.json is a second, exact
 * check of that line, so a changed wording shows in review.
 */
const FIXTURE = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/rules.zeren'), 'utf8');
const CASES: BadCase[] = [...ruleCases, ...scenarioCases, ...factCases, ...factFormatCases, ...cliCases];
/** The exact zh and en line of each case (a second check besides `want`). ZEREN_BAD_INPUT_RECORD=1 rewrites it from the CLI's output (review the diff!). */
const EXPECTED_FILE = path.join(import.meta.dirname, 'bad-input/expected.json');
const RECORD = !!process.env.ZEREN_BAD_INPUT_RECORD;
const expected: Record<string, { zh: string; en: string }> = fs.existsSync(EXPECTED_FILE) ? JSON.parse(fs.readFileSync(EXPECTED_FILE, 'utf8')) : {};
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-bad-input-'));
afterAll(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
    if (RECORD) fs.writeFileSync(EXPECTED_FILE, `${JSON.stringify(Object.fromEntries(CASES.map(c => [c.name, expected[c.name]])), null, 2)}\n`);
});

/** The line a case asserts: the first containing its pick; for prefix cases, cut after the last ': ' or '：'. */
function picked(c: BadCase, lines: string[]): string | undefined {
    const line = lines.find(l => l && l.includes(c.pick));
    if (!line || !c.prefix) return line;
    const cut = Math.max(line.lastIndexOf(': ') + 2, line.lastIndexOf('：') + 1);
    return line.slice(0, cut);
}

function prepare(c: BadCase, lang: string): { dir: string; args: string[]; env: Record<string, string>; out: string } {
    const dir = fs.mkdtempSync(path.join(scratch, `${lang}-`));
    if (c.rules !== null) fs.writeFileSync(path.join(dir, 'rules.zeren'), c.rules ? c.rules(FIXTURE) : FIXTURE);
    for (const [name, text] of Object.entries(c.files ?? {})) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
    }
    const out = 'out.txt';
    const args = [...c.args, ...(c.output ? ['-o', out] : []), ...(c.langFromEnv ? [] : ['--lang', lang])];
    const env: Record<string, string> = c.langFromEnv ? { LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' } : {};
    return { dir, args, env, out };
}

/** Files a failed command might have written: -o targets and their temporary siblings. */
function written(dir: string, c: BadCase, out: string): string[] {
    const targets = [out, ...c.args.filter((_, i) => c.args[i - 1] === '-o')];
    const all = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' });
    return [...targets.filter(t => fs.existsSync(path.join(dir, t))), ...all.filter(f => /\.tmp$/.test(f))];
}

/** The case's own, hand-written expectations: location, code or field, and the words a user needs. */
function assertWant(c: BadCase, lang: 'zh' | 'en', lines: string[]): void {
    const line = lines.find(l => l && l.includes(c.pick));
    expect(line, `no line contains ${JSON.stringify(c.pick)}`).toBeDefined();
    const { at, code } = c.want;
    if (at) {
        if (/:\d+/.test(at)) expect(line!.trimStart().startsWith(`${at}:`) || line!.trimStart().startsWith(`${at} `), `${line} is not at ${at}`).toBe(true);
        else expect(line).toContain(at);
    }
    if (code) expect(line).toContain(code);
    for (const word of c.want[lang]) expect(line).toContain(word);
    // A library's or the OS's English words in a Chinese message (clear cases only).
    if (lang === 'zh' && !c.unclear) expect(line, 'library English in a Chinese message').not.toMatch(/Invalid input|Unrecognized|Too small|Too big|ENOENT|EACCES|Unexpected token|received|SyntaxError/);
}

describe('bad-input catalogue', () => {
    it('has at least 250 cases with distinct names, at least 95% of them clear', () => {
        expect(CASES.length).toBeGreaterThanOrEqual(250);
        expect(new Set(CASES.map(c => c.name)).size).toBe(CASES.length);
        const unclear = CASES.filter(c => c.unclear).length;
        expect((CASES.length - unclear) / CASES.length).toBeGreaterThanOrEqual(0.95);
    });

    describe.concurrent.each(CASES)('$name', c => {
        for (const lang of ['zh', 'en'] as const) {
            const test = c.knownBug?.includes(lang) ? it.concurrent.fails : it.concurrent;
            test(`${lang}: exact message, location, exit code, nothing written${c.knownBug?.includes(lang) ? ' (known bug, reported)' : ''}`, async () => {
            const { dir, args, env, out } = prepare(c, lang);
            const r = await runCli(args, dir, env);
            // Absolute paths (of zeren.json and what it names) are shown relative to the case's directory.
            const lines = `${r.stdout}\n${r.stderr}`.split('\n').map(l => l.trimEnd().replaceAll(`${dir}/`, ''));
            if (RECORD) (expected[c.name] ??= { zh: '', en: '' })[lang] = picked(c, lines) ?? '';
            expect(r.code).toBe(c.exit);
            assertWant(c, lang, lines);
            const exact = expected[c.name]?.[lang];
            if (exact) expect(lines.some(l => (c.prefix ? l.startsWith(exact) : l === exact))).toBe(true);
            expect(written(dir, c, out)).toEqual([]);
            expect(r.stderr).not.toMatch(/internal error|内部错误|at .*\.mjs:\d+/);
            expect(`${r.stdout}${r.stderr}`).not.toMatch(/An error occurred/);
            });
        }
    });
});
