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

    it('keeps the continuation lines of a rule without braces indented, as their author wrote them', () => {
        const rule = '禁止 丧事违规 〔三〕 对 干部\n    当 成立治丧机构 或 召开追悼会\n        或 大操大办\n  任期 自 任职日期 至 任期结束日期\n    原文 "…"\n';
        // Whole units only: two spaces are less than one, so that line starts a construct at column 0.
        expect(formatText(rule)).toBe('禁止 丧事违规 〔三〕 对 干部\n    当 成立治丧机构 或 召开追悼会\n        或 大操大办\n任期 自 任职日期 至 任期结束日期\n    原文 "…"\n');
    });

    it('the examples are formatted (zeren fmt --check examples has nothing to change)', () => {
        for (const f of zerenFiles(EXAMPLES)) {
            const text = readFileSync(f, 'utf8');
            expect(formatText(text), f).toBe(text);
        }
    });
});
