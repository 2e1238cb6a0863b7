import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol';
import { LspHarness } from './lsp-harness.js';

// zeren.checkFactFile (YAML fact files in the editor) and zeren.factSchema (JSON fact files).
interface Problem { line: number; column: number; path: string; zh: string; en: string; message: string }

let h: LspHarness;
beforeAll(async () => {
    h = new LspHarness();
    await h.initialize('en');
}, 60000);
afterAll(async () => h?.dispose());

const check = (text: string, file = 'team.facts.yaml', lang?: 'zh' | 'en') =>
    h.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.checkFactFile', arguments: [{ uri: h.uri(`examples/${file}`), text, lang }] }) as Promise<Problem[]>;

describe('fact files in the editor', () => {
    it('reports a YAML fact file\'s wrong values at their lines, in both languages', async () => {
        const text = [
            'subject: 领导班子',
            'facts:',
            '  日常监督评价得分: 120',
            '  经组织考核确实存在问题: 也许',
            '  未声明的事实: 1',
        ].join('\n');
        const problems = await check(text);
        expect(problems.map(p => [p.line, p.path])).toEqual([[3, 'facts.日常监督评价得分'], [4, 'facts.经组织考核确实存在问题'], [5, 'facts.未声明的事实']]);
        expect(problems[2].en).toBe("Subject '领导班子' has no fact '未声明的事实'");
        expect(problems[2].zh).toBe('主体“领导班子”没有事实“未声明的事实”');
        expect(problems[2].message).toBe(problems[2].en);
        expect(problems[0].en).toContain('0..100');
    });

    it('accepts the example fact files and names an unknown subject', async () => {
        expect(await check(h.text('examples/city/kaohe-2015/facts/cadre.yaml'), 'city/kaohe-2015/facts/cadre.yaml')).toEqual([]);
        const unknown = await check('subject: 不存在的主体\nfacts: {}\n', 'x.facts.yaml', 'zh');
        expect(unknown).toHaveLength(1);
        expect(unknown[0].line).toBe(1);
        expect(unknown[0].message).toMatch(/^规则中没有主体“不存在的主体”（可用：.*领导班子/);
        const broken = await check('subject: 领导班子\nfacts: [1, 2\n');
        expect(broken).toHaveLength(1);
        expect(broken[0].en).toMatch(/^team\.facts\.yaml is not valid YAML: /);
    });

    it('serves one JSON Schema for the fact files of every subject', async () => {
        const schema = await h.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.factSchema', arguments: [{ lang: 'en' }] }) as {
            properties: { subject: { enum: string[] } }; allOf: { if: { properties: { subject: { const: string } } }; then: { properties: { facts: { properties?: Record<string, unknown> } } } }[];
        };
        expect(schema.properties.subject.enum).toEqual(expect.arrayContaining(['领导班子', '领导干部']));
        const team = schema.allOf.find(b => b.if.properties.subject.const === '领导班子')!;
        expect(JSON.stringify(team.then)).toContain('日常监督评价得分');
    });
});
