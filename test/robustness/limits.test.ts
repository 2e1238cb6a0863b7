import { CstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildFiles } from '../helpers/workspace.js';

/**
 * Inputs nested or chained beyond what any rule file needs are rejected with a clear error at the
 * line where the nesting is — never a stack overflow, a parser-failed at 1:1, or an internal error.
 */
const HEAD = '文件 深 {\n}\n主体 甲 〔第一条〕 {\n    事实 x: 整数 范围 0..1\n    事实 b: 布尔\n}\n';
const rule = (condition: string) => `${HEAD}要求 深规则 〔第一条〕 对 甲 当 ${condition}\n`;

async function errorsOf(text: string) {
    const ws = await buildFiles({ 'a.zeren': text });
    return ws.diagnostics('a.zeren').filter(d => d.severity === 'error').map(d => ({ line: d.line, code: d.code, zh: d.zh, en: d.en }));
}

describe('nesting and chains', () => {
    for (const levels of [41, 90, 150, 199, 5000]) {
        it(`${levels} nested brackets: nesting-too-deep on line 7`, async () => {
            expect(await errorsOf(rule(`${'('.repeat(levels)}x${')'.repeat(levels)} ≥ 0`))).toEqual([{
                line: 7, code: 'nesting-too-deep',
                zh: '语法错误：嵌套超过 40 层（括号、连续的“非”或连续的运算）',
                en: 'Syntax error: nested more than 40 levels deep (brackets, a run of 非, or a chain of operators)',
            }]);
        });
    }

    it('40 nested brackets are fine', async () => {
        expect(await errorsOf(rule(`${'('.repeat(40)}x${')'.repeat(40)} ≥ 0`))).toEqual([]);
    });

    it('a run of 5,000 非 is nesting-too-deep on its line; 200 are fine', async () => {
        expect((await errorsOf(rule(`${'非 '.repeat(5000)}b`))).map(e => [e.line, e.code])).toEqual([[7, 'nesting-too-deep']]);
        expect(await errorsOf(rule(`${'非 '.repeat(200)}b`))).toEqual([]);
    });

    it('a chain of 3,000 且 is nesting-too-deep (its tree would overflow linking and lowering); 300 are fine', async () => {
        const chain = (n: number) => rule(Array(n).fill('x ≥ 0').join(' 且 '));
        expect(await errorsOf(chain(3000))).toEqual([{
            line: 7, code: 'nesting-too-deep',
            zh: '语法错误：嵌套超过 400 层（括号、连续的“非”或连续的运算）',
            en: 'Syntax error: nested more than 400 levels deep (brackets, a run of 非, or a chain of operators)',
        }]);
        expect(await errorsOf(chain(300))).toEqual([]);
    });

    it('a chain of 12,000 且 or 或 (the parser itself would fail) is nesting-too-deep on its line, before parsing', async () => {
        for (const op of ['且', '或']) {
            const text = `${HEAD}要求 深规则 〔第一条〕 对 甲\n    当 ${Array(12_000).fill('b').join(` ${op} `)}\n`;
            expect((await errorsOf(text)).map(e => [e.line, e.code])).toEqual([[8, 'nesting-too-deep']]);
        }
    }, 60_000);

    it('4,500 派生 built on each other: derived-too-deep at the 101st, in either order of declaration', async () => {
        const n = 4500;
        const backward = [HEAD.slice(0, -3), `    派生 d${n - 1} = x`];
        for (let i = n - 2; i >= 0; i--) backward.push(`    派生 d${i} = d${i + 1}`);
        const b = await errorsOf(`${backward.join('\n')}\n}\n要求 链规则 〔第一条〕 对 甲 当 d0 ≥ 0\n`);
        expect(b[0]).toEqual({
            line: 106, code: 'derived-too-deep',
            zh: `派生值“d${n - 101}”依赖的派生值链超过 100 层`, en: `The derived value 'd${n - 101}' rests on a chain of more than 100 derived values`,
        });
        expect(new Set(b.map(e => e.code))).toEqual(new Set(['derived-too-deep']));
        const forward = [HEAD.slice(0, -3)];
        for (let i = 0; i < n - 1; i++) forward.push(`    派生 d${i} = d${i + 1}`);
        forward.push(`    派生 d${n - 1} = x`);
        const f = await errorsOf(`${forward.join('\n')}\n}\n要求 链规则 〔第一条〕 对 甲 当 d0 ≥ 0\n`);
        expect(f[0]).toMatchObject({ line: 106, code: 'derived-too-deep' });
        expect(new Set(f.map(e => e.code))).toEqual(new Set(['derived-too-deep']));
    }, 60_000);
});

describe('long event logs', () => {
    it('parse in linear time: 100,000 events (the list items no longer search their parent from the front)', async () => {
        const events = Array.from({ length: 100_000 }, (_, i) => `2015-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}`);
        const text = `场景集 集 针对 深 { 场景 "多" 对 甲 年度 2015 { 事实 { 会议记录 = [${events.join(', ')} /* 末 */ ] } } }\n`;
        const ws = await buildFiles({ 'a.zeren': `${HEAD.slice(0, -3)}\n    事实 会议记录: 记录\n}\n`, 's.zeren': text });
        const root = ws.doc('s.zeren').parseResult.value.$cstNode!;
        // The comment before ']' is a hidden leaf at its place, as Langium puts it.
        const comment = [...CstUtils.streamCst(root)].find(n => n.hidden && n.text === '/* 末 */');
        expect(comment?.offset).toBe(text.indexOf('/* 末 */'));
        // Parsed whole, then held to the evaluator's list limit with a clear error at the fact.
        expect(ws.diagnostics('s.zeren').map(d => [d.line, d.code, d.zh])).toEqual([
            [1, 'fact-too-large', '事实“会议记录”的值 100000 超出允许范围 ±10000：请在规则中为该事实声明“范围”'],
        ]);
    }, 120_000);
});
