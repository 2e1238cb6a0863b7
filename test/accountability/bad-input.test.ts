import { describe, expect, it } from 'vitest';
import { buildFiles, doc } from '../helpers/workspace.js';
import { evaluateCase, ZHUIJIU } from './helpers.js';

const DECLS = `枚举 种类 { 班子 个人 }
序列 情节 { 较轻 < 较重 }
序列 班子措施 { 书面检查 < 通报批评 }
序列 个人措施 { 诫勉谈话 < 通报批评 < 党政纪处分 }
主体 对象 { 事实 身份: 种类; 事实 轻重: 情节; 事实 甲: 布尔 }
情形 主体责任 〔第五条〕 对 对象 适用 身份 为 班子、个人 { （一） 当 甲 }
`;

async function problems(body: string, decls = DECLS) {
    const ws = await buildFiles({ 'a.zeren': doc(decls + body) });
    return ws.diagnostics('a.zeren').map(d => ({ code: d.code, zh: d.zh, en: d.en }));
}

const TABLES = (team: string, person: string) => `追究方式 方式 〔第七条〕 对 对象 依据 主体责任 按 轻重 {
    对 身份 为 班子 措施 班子措施 〔第七条（一）〕 { 较轻： 书面检查  较重： ${team} }
    对 身份 为 个人 措施 个人措施 〔第七条（二）〕 { 较轻： 诫勉谈话  较重： ${person} }
}`;

describe('bad accountability input', () => {
    it('a well-formed scheme has no problems', async () => {
        expect(await problems(TABLES('通报批评', '通报批评 或 党政纪处分'))).toEqual([]);
    });
    it('an unknown sanction', async () => {
        expect(await problems(TABLES('通报批评', '留党察看'))).toEqual([{
            code: 'sanction-unknown',
            zh: '未知的追究措施“留党察看”：没有任何序列包含它（“个人措施”可用：诫勉谈话、通报批评、党政纪处分）',
            en: "Unknown sanction '留党察看': no scale declares it ('个人措施' has: 诫勉谈话、通报批评、党政纪处分)",
        }]);
    });
    it('a sanction not on the subject kind’s ladder', async () => {
        expect(await problems(TABLES('党政纪处分', '通报批评'))).toEqual([{
            code: 'sanction-not-on-ladder',
            zh: '追究措施“党政纪处分”不在班子的措施序列“班子措施”中（可用：书面检查、通报批评）',
            en: "Sanction '党政纪处分' is not on the ladder '班子措施' of 班子 (available: 书面检查、通报批评)",
        }]);
    });
    it('a severity without a sanction, and a kind named by the situations without a table', async () => {
        const text = `追究方式 方式 〔第七条〕 对 对象 依据 主体责任 按 轻重 {
            对 身份 为 班子 措施 班子措施 〔第七条（一）〕 { 较轻： 书面检查 }
        }`;
        expect((await problems(text)).map(p => p.zh)).toEqual([
            '情形“主体责任”适用于对象“个人”，但依据它的追究方式没有该对象的措施表',
            '〔第七条（一）〕班子没有规定“较重”的追究措施',
        ]);
    });
    it('a ladder that is an enumeration, not an ordered scale', async () => {
        const ds = await problems(TABLES('通报批评', '通报批评').replace('措施 班子措施', '措施 种类'));
        expect(ds.map(d => d.code)).toContain('ladder-not-scale');
        expect(ds.find(d => d.code === 'ladder-not-scale')?.en).toBe("'种类' is an enumeration, not a scale: sanctions must be ordered from lightest to heaviest");
    });
    it('after-effects without a start date, and a restriction without a duration', async () => {
        const ds = await problems(`${TABLES('通报批评', '通报批评')}
影响 追究后果 〔第十四条〕 对 对象 { 不得提拔 当 方式 "不得提拔" }`);
        expect(ds).toEqual([
            { code: 'restriction-no-start', zh: '影响“追究后果”没有起算日期：请写“起算 日期”', en: "The after-effects '追究后果' have no start date: write 起算 <date>" },
            { code: 'restriction-no-period', zh: '限制“不得提拔”没有期限：请写“N 年内”“N 个月内”或“当年”', en: "The restriction '不得提拔' has no duration: write N 年内, N 个月内 or 当年" },
        ]);
    });
    // Found by the mutation fuzzer once rule mutants revalidated their scenario files: a restriction of
    // 10^187 years reached the date arithmetic and failed scenario validation with a RangeError.
    it('a restriction period of more than 4 digits is rejected where it is written', async () => {
        const ds = await problems(`${TABLES('通报批评', '通报批评')}
影响 追究后果 〔第十四条〕 对 对象 起算 决定日期 { 不得提拔 当 方式 123456 年内 "不得提拔" }`, DECLS.replace('事实 甲: 布尔 }', '事实 甲: 布尔; 事实 决定日期: 日期 }'));
        expect(ds).toEqual([{ code: 'number-too-long', zh: '数值“123456…”超过 4 位数字', en: "The number '123456…' has more than 4 digits" }]);
    });
    it('a restriction that runs past the year 9999 is an evaluation error, not a crash', async () => {
        const rules = ZHUIJIU.replace('所受组织处理 = 降职 2 年内 "不得提拔"', '所受组织处理 = 降职 9999 年内 "不得提拔"');
        const o = await evaluateCase('身份 = 党委主要负责人; 情节轻重 = 情节较重; 政令不畅 = 是; 所受组织处理 = 降职; 追究决定日期 = 2015-10-08', rules);
        expect(o.errors.map(e => [e.code, e.zh, e.en])).toEqual([[
            'time-error',
            '限制期间超出可计算范围：2015-10-08 加 119988 个月超出公元 0001 至 9999 年的范围',
            'restriction period out of range: 2015-10-08 + 119988 months is outside the years 0001..9999',
        ]]);
    });
    it('a situation that can never apply', async () => {
        const ds = await problems(`${TABLES('通报批评', '通报批评')}\n情形 监督责任 〔第六条〕 对 对象 { （一） 当 否 }`);
        expect(ds.map(d => d.code)).toEqual(['clause-never', 'situations-not-grounded']);
    });
    it('a ban that applies while its start date is not given is undetermined, naming the fact', async () => {
        const o = await evaluateCase('身份 = 党委主要负责人; 情节轻重 = 情节较重; 政令不畅 = 是; 所受组织处理 = 调整工作岗位', ZHUIJIU);
        expect(o.errors).toEqual([]);
        expect(o.rules!.find(r => r.rule === '追究后果')).toMatchObject({ status: 'undetermined', missing: ['追究决定日期'] });
    });
});
