import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isFactFileError, parseFactFile, typeFacts } from '@zeren/evaluator';
import type { FactFileError, ParsedFactFile } from '@zeren/evaluator';
import type { SubjectIR } from '@zeren/model';
import { render } from '@zeren/model';
import { buildFiles, EXAMPLE_RULES } from '../helpers/workspace.js';

// Bad values in fact files (issue 18): each named with its line and field, in our own words.
const files = await buildFiles({ 'rules.zeren': fs.readFileSync(EXAMPLE_RULES, 'utf8') });
const team: SubjectIR = files.ir('rules.zeren').documents[0].subjects.find(s => s.name === '领导班子')!;

function problems(text: string, name: string): { line: number; column: number; path: string; zh: string; en: string }[] {
    const parsed = parseFactFile(text, name);
    const shown = (e: FactFileError) => ({ line: e.line, column: e.column, path: e.path, zh: render(e.message, 'zh'), en: render(e.message, 'en') });
    if (isFactFileError(parsed)) return [shown(parsed)];
    return typeFacts(parsed as ParsedFactFile, team).errors.map(shown);
}

const yaml = (facts: string) => `subject: 领导班子\nfacts:\n${facts}`;

describe('fact files: numbers as written', () => {
    it('names .nan, .inf and 1e400 with their line and field, never "null"', () => {
        const found = problems(yaml('  日常监督评价得分: .nan\n  落实责任得分: -.inf\n  推进重点工作得分: 1e400\n'), 'f.yaml');
        expect(found.map(p => [p.line, p.path, p.zh])).toEqual([
            [3, 'facts.日常监督评价得分', '事实“日常监督评价得分”的值 .nan 不是有限的数'],
            [4, 'facts.落实责任得分', '事实“落实责任得分”的值 -.inf 不是有限的数'],
            [5, 'facts.推进重点工作得分', '事实“推进重点工作得分”的值 1e400 的指数超出 ±30'],
        ]);
        expect(found[0].en).toBe("The value .nan of fact '日常监督评价得分' is not a finite number");
        expect(found.every(p => !/null/.test(p.zh + p.en))).toBe(true);
    });

    it('reads 9.5e1 as exactly 95 and 1e400 in JSON at its line', () => {
        const parsed = parseFactFile('{"subject": "领导班子", "facts": {"日常监督评价得分": 9.5e1, "落实责任得分": 8.95E+1}}', 'f.json') as ParsedFactFile;
        const typed = typeFacts(parsed, team);
        expect(typed.errors).toEqual([]);
        const value = (name: string) => { const v = typed.values.get(name)!; return v.kind === 'number' ? v.value.toFraction() : v.kind; };
        expect(value('日常监督评价得分')).toBe('95');
        expect(value('落实责任得分')).toBe('179/2');
        expect(problems('{"subject": "领导班子", "facts": {\n  "日常监督评价得分": 1e400}}', 'f.json').map(p => [p.line, p.column, p.path])).toEqual([[2, 15, 'facts.日常监督评价得分']]);
    });

    it('names NaN in JSON at its position, in our words (no JSON.parse text)', () => {
        const [p] = problems('{"subject": "领导班子",\n "facts": {"日常监督评价得分": NaN}}', 'f.json');
        expect([p.line, p.column]).toEqual([2, 24]);
        expect(p.zh).toBe('f.json 不是有效的 JSON：此处不应出现“N”（JSON 不允许 NaN、Infinity、单引号或注释）');
        expect(p.en).toBe("f.json is not valid JSON: unexpected 'N' (JSON allows no NaN, Infinity, single quotes or comments)");
    });
});

describe('fact files: keys and structure', () => {
    it('keeps a __proto__ key and reports it as an undeclared fact (JSON and YAML)', () => {
        for (const [text, name] of [['{"subject": "领导班子", "facts": {"__proto__": 1}}', 'f.json'], [yaml('  __proto__: 1\n'), 'f.yaml']]) {
            const found = problems(text, name);
            expect(found.map(p => p.zh)).toEqual(['主体“领导班子”没有事实“__proto__”']);
            expect(found[0].line).toBeGreaterThan(0);
        }
        expect(problems('{"subject": "领导班子", "facts": {"成员": [{"label": "甲", "__proto__": {"x": 1}}]}}', 'f.json').map(p => p.path)).toEqual(['facts.成员[0].__proto__']);
    });

    it('rejects a YAML alias bomb naming the file, without expanding it', () => {
        const levels = ['a: &a [1,1,1,1,1,1,1,1,1,1]'];
        for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`);
        const [p] = problems(`${levels.join('\n')}\n`, 'bomb.yaml');
        expect(p.zh).toBe('bomb.yaml：YAML 别名（*）展开后超过 100000 个值，文件被拒绝');
        expect(p.en).toBe('bomb.yaml: YAML aliases (*) expand to more than 100000 values; the file is rejected');
    });

    it('words YAML syntax errors itself, at their line', () => {
        const [dup] = problems(yaml('  日常监督评价得分: 95\n  日常监督评价得分: 96\n'), 'f.yaml');
        expect([dup.line, dup.zh, dup.en]).toEqual([4, 'f.yaml 不是有效的 YAML：字段名重复', 'f.yaml is not valid YAML: a field name is repeated']);
        const [open] = problems(yaml('  日常监督评价得分: [95\n'), 'f.yaml');
        expect(open.zh).toMatch(/^f\.yaml 不是有效的 YAML：/);
        expect(open.zh.split("：")[1]).not.toMatch(/[A-Za-z]/);
    });
});
