import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

// The extension's TextMate grammar, tokenised by the same engine VS Code uses.
const require = createRequire(import.meta.url);
const grammarJson = JSON.parse(readFileSync(new URL('../../extension/syntaxes/zeren.tmLanguage.json', import.meta.url), 'utf8'));

async function loadGrammar(): Promise<textmate.IGrammar> {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({ createOnigScanner: p => new oniguruma.OnigScanner(p), createOnigString: s => new oniguruma.OnigString(s) }),
        loadGrammar: async () => textmate.parseRawGrammar(JSON.stringify(grammarJson), 'zeren.tmLanguage.json'),
    });
    return (await registry.loadGrammar('source.zeren'))!;
}

function scopes(grammar: textmate.IGrammar, line: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const t of grammar.tokenizeLine(line, textmate.INITIAL).tokens) {
        const text = line.slice(t.startIndex, t.endIndex).trim();
        if (text) out.set(text, t.scopes[t.scopes.length - 1]);
    }
    return out;
}

describe('TextMate grammar', () => {
    it('colours Chinese keywords, citations, clause labels, numbers and strings', async () => {
        const g = await loadGrammar();
        const s = scopes(g, '得分 领导班子综合得分 〔第十八条〕 对 领导班子 原文 "占20%"');
        expect(s.get('得分')).toBe('storage.type.declaration.zeren');
        expect(s.get('对')).toBe('keyword.other.zeren');
        expect(s.get('原文')).toBe('keyword.other.zeren');
        expect(s.get('〔第十八条〕')).toBe('entity.name.tag.citation.zeren');
        expect(s.get('占20%')).toBe('string.quoted.double.zeren');
        expect(s.get('领导班子综合得分')).toBe('source.zeren');
        const v = scopes(g, '（四） 当 测评好票数 ≤ 2/3 且 是主要负责人 // 注释');
        expect(v.get('（四）')).toBe('entity.name.label.clause.zeren');
        expect(v.get('当')).toBe('keyword.other.zeren');
        expect(v.get('且')).toBe('keyword.operator.logical.zeren');
        expect(v.get('≤')).toBe('keyword.operator.comparison.zeren');
        expect(v.get('注释')).toBe('comment.line.double-slash.zeren');
    });

    it('does not colour a keyword inside an identifier (Chinese has no word boundaries)', async () => {
        const g = await loadGrammar();
        const s = scopes(g, '事实 是主要负责人: 布尔 默认 否');
        expect(s.get('事实')).toBe('storage.type.declaration.zeren');
        // 是 starts the identifier but is not coloured as the keyword 是.
        expect(s.get('是主要负责人:')).toBe('source.zeren');
        expect(s.get('布尔')).toBe('support.type.zeren');
        expect(s.get('否')).toBe('constant.language.zeren');
    });

    it('covers every Chinese keyword of the Langium grammar', () => {
        const langium = readFileSync(new URL('../../language/src/grammar/zeren.langium', import.meta.url), 'utf8');
        const keywords = [...new Set([...langium.matchAll(/'([^'\n]+)'/g)].map(m => m[1]).filter(k => /[\u3400-\u9fff]/.test(k)))];
        const patterns = JSON.stringify(grammarJson.patterns);
        expect(keywords.filter(k => !patterns.includes(k))).toEqual([]);
    });
});
