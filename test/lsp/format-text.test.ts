import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../language/src/lsp/format-text.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

function zerenFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(n => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? zerenFiles(p) : p.endsWith('.zeren') ? [p] : [];
    });
}

describe('formatter rules', () => {
    it('is idempotent and keeps every non-blank line\'s text on the whole corpus', () => {
        const files = zerenFiles(EXAMPLES);
        expect(files.length).toBeGreaterThan(0);
        for (const f of files) {
            const text = readFileSync(f, 'utf8');
            const once = formatText(text);
            expect(formatText(once), f).toBe(once);
            const words = (s: string) => s.split('\n').map(l => l.trim()).filter(Boolean);
            expect(words(once), f).toEqual(words(text));
        }
    });

    it('indents by braces and annotation continuations, ignoring braces in strings and citations', () => {
        const messy = '得分 甲 〔第一条〕 对 乙\n原文 "含{括号"\n{\n子项 占 100% = 丙\n}\n\n\n\n// 完\n';
        expect(formatText(messy)).toBe('得分 甲 〔第一条〕 对 乙\n    原文 "含{括号"\n{\n    子项 占 100% = 丙\n}\n\n// 完\n');
    });
});
