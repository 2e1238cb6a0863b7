import { describe, expect, it } from 'vitest';
import { compileDocument, evaluate, missingFactErrors, runScenario } from '@zeren/evaluator';
import { Outcome } from '@zeren/model';
import { buildFiles, doc, exampleRules } from '../helpers/workspace.js';

async function program(rules: string) {
    const ws = await buildFiles({ 'rules.zeren': rules });
    const errors = ws.diagnostics('rules.zeren').filter(d => d.severity === 'error');
    expect(errors).toEqual([]);
    return compileDocument(ws.ir('rules.zeren').documents[0]);
}

async function scenario(rules: string, scenarioText: string) {
    const ws = await buildFiles({ 'rules.zeren': rules, 's.zeren': scenarioText });
    const document = ws.ir('rules.zeren').documents[0];
    const [suite] = ws.ir('s.zeren').suites;
    return { p: compileDocument(document), suite, diagnostics: ws.diagnostics('s.zeren') };
}

const TEAM = (facts: string, expect = '') => `场景集 集 针对 张掖市党风廉政建设考核办法 { 场景 "s" 对 领导班子 { 事实 { ${facts} } 期望 { ${expect} } } }`;
const SUBSCORES = '日常监督评价得分 = 100; 落实责任得分 = 88; 推进重点工作得分 = 87; 民主测评票决得分 = 77; 个别谈话得分 = 87; 公众评价得分 = 98; 成员 = []; 测评好票数 = 20; 测评较好票数 = 5; 测评一般票数 = 3; 测评较差票数 = 2';

describe('evaluator on the 2015 assessment method', () => {
    it('scores exactly 90 where binary floating point gives 89.99999999999999', async () => {
        const float = 100 * 0.2 + (88 * 0.4 + 87 * 0.4 + (77 * 0.7 + 87 * 0.3) * 0.2) * 0.7 + 98 * 0.1;
        expect(float).not.toBe(90); // the trap is real
        const { p, suite } = await scenario(exampleRules(), TEAM(SUBSCORES, '领导班子综合得分 = 90; 领导班子等次 = 好'));
        const r = runScenario(p, suite.scenarios[0]);
        expect(r.failures).toEqual([]);
        const score = r.outcome.scores.find(s => s.rule === '领导班子综合得分')!;
        expect(score.total).toBe('90');
        expect(score.components.map(c => [c.name, c.score, c.effectiveWeight, c.contribution])).toEqual([
            ['日常监督评价', '100', '20%', '20'],
            ['集中考核', '86', '70%', '60.2'],
            ['公众评价', '98', '10%', '9.8'],
        ]);
        expect(score.components[1].children[2].children.map(c => [c.name, c.effectiveWeight])).toEqual([['测评', '9.8%'], ['个别谈话', '4.2%']]);
        expect(Outcome.safeParse(r.outcome).success).toBe(true);
    });

    it('adds bonuses per item with caps per level (第十八条)', async () => {
        const { p, suite } = await scenario(exampleRules(), TEAM(`${SUBSCORES}; 中央级表彰项数 = 2; 省级表彰项数 = 1; 市级表彰项数 = 5`));
        const o = runScenario(p, suite.scenarios[0]).outcome;
        const s = o.scores.find(x => x.rule === '领导班子综合得分')!;
        // 中央级 2×3 = 6 → cap 5; 省级 1×2 = 2; 市级 5×1 = 5 → cap 2.
        expect(s.bonuses.map(b => [b.item, b.points])).toEqual([['中央级', '5'], ['省级', '2'], ['市级', '2']]);
        expect([s.base, s.bonus, s.total]).toEqual(['90', '9', '99']);
    });

    it('vetoes per member and lets an exception excuse only the member it covers (第二十四条（二）)', async () => {
        const members = '成员 = [ 甲 { 被立案查处 = 是; 所受党纪处分 = 严重警告; 违纪问题发生在调入前原单位 = 是 } 乙 { 所受责任追究 = 通报批评 } ]';
        const { p, suite } = await scenario(exampleRules(), TEAM(SUBSCORES.replace('成员 = []', members), '领导班子否决 = 是 条款 （三） 例外 调入人员原单位问题'));
        const r = runScenario(p, suite.scenarios[0], { explain: true });
        expect(r.failures).toEqual([]);
        const v = r.outcome.vetoes.find(x => x.rule === '领导班子否决')!;
        expect(v.clauses).toEqual([{ label: '（三）', cite: { document: '张掖市党风廉政建设考核办法', text: '第二十二条（三）' }, members: ['乙'] }]);
        expect(v.exceptions.map(e => [e.name, e.clauses, e.members])).toEqual([['调入人员原单位问题', ['（三）'], ['甲']]]);
        const trace = r.outcome.trace!.map(t => t.zh);
        expect(trace).toContain('例外“调入人员原单位问题”（甲）适用，排除（三）');
        expect(trace).toContain('（三）（乙）条件成立 → 否决');
        expect(r.outcome.consequences.filter(c => c.applies).map(c => c.rule)).toEqual(['否决班子取消评优', '否决班子主要负责人诫勉谈话']);
    });

    it('treats "未超过三分之二" as ≤ 2/3 exactly (第二十二条（四）)', async () => {
        const facts = (good: number, total: number) => SUBSCORES
            .replace('测评好票数 = 20', `测评好票数 = ${good}`).replace('测评较好票数 = 5', '测评较好票数 = 0')
            .replace('测评一般票数 = 3', `测评一般票数 = ${total - good}`).replace('测评较差票数 = 2', '测评较差票数 = 0') + '; 经组织考核确实存在问题 = 是';
        for (const [good, total, vetoed] of [[20, 30, true], [21, 30, false], [2, 3, true], [200001, 300000, false]] as const) {
            if (total > 100000) continue; // beyond the declared range of the vote counts
            const { p, suite } = await scenario(exampleRules(), TEAM(facts(good, total)));
            const v = runScenario(p, suite.scenarios[0]).outcome.vetoes.find(x => x.rule === '领导班子否决')!;
            expect([good, total, v.vetoed]).toEqual([good, total, vetoed]);
        }
    });

    it('excludes and does not grade per 第二十一条', async () => {
        const cadre = (facts: string) => `场景集 集 针对 张掖市党风廉政建设考核办法 { 场景 "c" 对 领导干部 { 事实 { 民主测评得分 = 90; 日常监督评价得分 = 90; 公众评价得分 = 90; 测评优秀票数 = 9; 测评良好票数 = 1; 测评一般票数 = 0; 测评较差票数 = 0; ${facts} } } }`;
        let { p, suite } = await scenario(exampleRules(), cadre('离岗月数 = 6'));
        let o = runScenario(p, suite.scenarios[0]).outcome;
        expect(o.status).toBe('not-assessed');
        expect(o.scores.every(s => s.total === null)).toBe(true);
        expect(o.grades.map(g => g.status)).toEqual(['not-assessed']);
        ({ p, suite } = await scenario(exampleRules(), cadre('离岗月数 = 5.99; 正在接受立案调查 = 是')));
        o = runScenario(p, suite.scenarios[0]).outcome;
        expect(o.status).toBe('assessed');
        expect(o.scores.find(s => s.rule === '领导干部综合得分')!.total).toBe('90');
        expect(o.grades.map(g => [g.grade, g.status])).toEqual([[null, 'not-graded']]);
    });

    it('reports a fact the rules need and a division by zero, citing the clause', async () => {
        const p = await program(doc('主体 人 { 事实 甲: 整数 范围 0..10; 事实 乙: 整数 范围 0..10; 事实 丙: 布尔 }\n'
            + '一票否决 否决 〔第二十三条〕 对 人 { （一） 当 甲 / 乙 ≤ 2/3 （二） 当 丙 }'));
        let o = evaluate(p, '人', new Map([['甲', { kind: 'number', value: new (await import('@zeren/model')).Rational(1) }], ['乙', { kind: 'number', value: new (await import('@zeren/model')).Rational(0) }]]));
        expect(o.errors.map(e => e.zh)).toEqual(['除数为零：3:29']);
        // Facts not given are not errors: the veto is undetermined, naming every fact it lacks.
        o = evaluate(p, '人', new Map());
        expect(o.errors).toEqual([]);
        expect(o.vetoes[0]).toMatchObject({ vetoed: false, undetermined: true });
        expect(o.rules![0]).toMatchObject({ rule: '否决', status: 'undetermined', missing: ['乙', '甲', '丙'] });
        expect(missingFactErrors(o).map(e => e.zh)).toEqual(['缺少事实“乙”（〔第二十三条〕否决需要）', '缺少事实“甲”（〔第二十三条〕否决需要）', '缺少事实“丙”（〔第二十三条〕否决需要）']);
    });

    it('requirements and prohibitions are complied with or violated', async () => {
        const p = await program(doc('主体 组 { 事实 人数: 整数 范围 0..100; 事实 超编人数: 整数 范围 0..100 }\n'
            + '要求 组成 〔第二条〕 对 组 当 人数 ≥ 5 且 人数 ≤ 6\n禁止 超编 〔第三条〕 对 组 当 超编人数 > 0\n'
            + '后果 整改 〔第四条〕 对 组 当 非 组成 或 非 超编 { 措施 "限期整改" }'));
        const { Rational } = await import('@zeren/model');
        const run = (n: number, extra: number) => evaluate(p, '组', new Map([['人数', { kind: 'number', value: new Rational(n) }], ['超编人数', { kind: 'number', value: new Rational(extra) }]]), { explain: true });
        expect(run(5, 0).requirements.map(r => [r.rule, r.kind, r.complied])).toEqual([['组成', 'requirement', true], ['超编', 'prohibition', true]]);
        expect(run(7, 0).requirements[0].complied).toBe(false);
        expect(run(6, 1).requirements[1].complied).toBe(false);
        expect(run(6, 1).consequences[0].applies).toBe(true);
        expect(run(6, 1).trace!.map(t => t.zh)).toContain('超编（禁止）：超编人数（1） > 0 → 违反');
    });

    it('gives identical outcomes on repeated evaluation (no state leaks between frames)', async () => {
        const { p, suite } = await scenario(exampleRules(), TEAM(SUBSCORES));
        const a = JSON.stringify(runScenario(p, suite.scenarios[0], { explain: true }).outcome);
        const b = JSON.stringify(runScenario(p, suite.scenarios[0], { explain: true }).outcome);
        expect(a).toBe(b);
    });
});

describe('absent values (无)', () => {
    it('satisfy no comparison and cannot be computed with', async () => {
        const p = await program(doc('主体 T { 事实 n: 整数 可无 默认 无; 事实 d: 日期 可无 默认 无; 事实 s: 小数(2) 可无 范围 0..100 默认 无 }\n'
            + '要求 甲 〔第一条〕 对 T 当 n ≥ 0\n要求 乙 〔第二条〕 对 T 当 d ≤ 2015-12-31\n要求 丙 〔第三条〕 对 T 当 n ≠ 1\n得分 分 〔第四条〕 对 T { 项 占 100% = s }'));
        const o = evaluate(p, 'T', new Map());
        expect(o.requirements.map(r => [r.rule, r.complied])).toEqual([['甲', false], ['乙', false], ['丙', true]]);
        expect(o.errors.map(e => e.zh)).toEqual(['“项”的值为无，不能参与计算']);
    });
});
