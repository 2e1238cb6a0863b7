import { describe, expect, it } from 'vitest';
import { compileDocument, runScenario } from '@zeren/evaluator';
import { buildFiles, doc } from '../helpers/workspace.js';

/** Composition rules: the words of the text as comparisons, a share of a total, a count of a sub-group. */
const RULES = doc(`
枚举 身份 { 离退休干部 中层干部 }
主体 对象 { 事实 身份: 身份 }
主体 大会 {
    事实 总数: 整数 范围 0..1000
    事实 代表: 整数 范围 0..1000
    事实 对象: 列表 对象
}
要求 不少于十分之一 〔一〕 对 大会 当 代表 占 总数 不少于 10%
要求 超过十分之一 〔一〕 对 大会 当 代表 占 总数 超过 10%
要求 不超过十分之一 〔一〕 对 大会 当 代表 占 总数 不超过 10%
要求 少于五十 〔一〕 对 大会 当 总数 少于 50
要求 不满五十 〔一〕 对 大会 当 总数 不满 50
要求 离退休不少于二 〔一〕 对 大会 当 计数(对象 当 身份 = 离退休干部) 不少于 2
`);

async function run(facts: string) {
    const ws = await buildFiles({ 'r.zeren': RULES, 's.zeren': `场景集 集 针对 测试办法 { 场景 "s" 对 大会 { 事实 { ${facts} } } }` });
    expect(ws.diagnostics('r.zeren').filter(d => d.severity === 'error' || d.severity === 'warning')).toEqual([]);
    const { outcome } = runScenario(compileDocument(ws.ir('r.zeren').documents[0]), ws.ir('s.zeren').suites[0].scenarios[0]);
    const value = (name: string) => outcome.requirements.find(r => r.rule === name)?.complied
        ?? outcome.errors.map(e => e.code).join(',');
    return value;
}

describe('不少于 / 超过 / 不超过 / 少于 / 不满 and 占 (《民法典》第一千二百五十九条)', () => {
    it('exactly the share: 不少于 and 不超过 hold, 超过 does not; one below: 不少于 fails', async () => {
        const exact = await run('总数 = 120; 代表 = 12; 对象 = []');
        expect([exact('不少于十分之一'), exact('超过十分之一'), exact('不超过十分之一')]).toEqual([true, false, true]);
        const below = await run('总数 = 120; 代表 = 11; 对象 = []');
        expect([below('不少于十分之一'), below('超过十分之一'), below('不超过十分之一')]).toEqual([false, false, true]);
    });

    it('the size threshold itself: 少于 50 and 不满 50 exclude 50', async () => {
        const at = await run('总数 = 50; 代表 = 5; 对象 = []');
        expect([at('少于五十'), at('不满五十')]).toEqual([false, false]);
        const under = await run('总数 = 49; 代表 = 5; 对象 = []');
        expect([under('少于五十'), under('不满五十')]).toEqual([true, true]);
    });

    it('a count of a sub-group, at the bound and one below', async () => {
        expect((await run('总数 = 10; 代表 = 1; 对象 = [甲 { 身份 = 离退休干部 } 乙 { 身份 = 离退休干部 } 丙 { 身份 = 中层干部 }]'))('离退休不少于二')).toBe(true);
        expect((await run('总数 = 10; 代表 = 1; 对象 = [甲 { 身份 = 离退休干部 } 丙 { 身份 = 中层干部 }]'))('离退休不少于二')).toBe(false);
    });

    it('a zero total is an evaluation error of the rule, not a silent answer', async () => {
        const zero = await run('总数 = 0; 代表 = 0; 对象 = []');
        expect(zero('不少于十分之一')).toContain('eval-division-by-zero');
        expect(zero('少于五十')).toBe(true);
    });
});
