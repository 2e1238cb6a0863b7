import { describe, expect, it } from 'vitest';
import { entry, evaluateCase } from './helpers.js';

const CASE = '情节轻重 = 情节较重; 违规用人导致带病提拔 = 是; 造成不良影响 = 是; 追究决定日期 = 2016-03-15';

async function liability(facts: string) {
    const o = await evaluateCase(`${CASE}; ${facts}`);
    expect(o.errors).toEqual([]);
    return { d: entry(o, '领导责任', 'determination'), s: entry(o, '责任追究方式', 'sanctions') };
}

describe('第十条 attribution', () => {
    it('a team bears collective responsibility', async () => {
        const { d } = await liability('身份 = 党委班子');
        expect([d.result, d.row?.cite?.text]).toEqual(['集体责任', '第十条第一款']);
    });
    it('the main person and the member in direct charge bear 主要领导责任', async () => {
        expect((await liability('身份 = 党委主要负责人')).d.result).toBe('主要领导责任');
        expect((await liability('身份 = 纪委其他成员; 直接主管 = 是; 参与决策 = 是')).d.result).toBe('主要领导责任');
    });
    it('other members who took part bear 重要领导责任; those who did not bear none', async () => {
        expect((await liability('身份 = 党委其他成员; 参与决策 = 是')).d.result).toBe('重要领导责任');
        const none = await liability('身份 = 党委其他成员');
        expect([none.d.result, none.d.row?.index, none.s.due]).toEqual(['不承担领导责任', 7, false]);
    });
    it('a recorded dissent removes liability even for the main person, so no sanction is due', async () => {
        const { d, s } = await liability('身份 = 党委主要负责人; 明确反对未被采纳 = 是');
        expect([d.result, d.row?.index, d.row?.cite?.text]).toEqual(['不承担领导责任', 1, '第十条第三款']);
        expect([s.due, s.measures]).toEqual([false, []]);
    });
    it('an individual decision makes it individual: the decider bears it, the others do not', async () => {
        const decider = await liability('身份 = 党委其他成员; 错误决策方式 = 个人决定或批准; 本人个人决定或批准 = 是');
        expect([decider.d.result, decider.s.due]).toEqual(['个人责任', true]);
        const other = await liability('身份 = 党委主要负责人; 错误决策方式 = 个人决定或批准');
        expect([other.d.result, other.d.row?.index, other.s.due]).toEqual(['不承担领导责任', 3, false]);
    });
    it('第十二条: retirement or transfer does not exempt', async () => {
        const o = await evaluateCase(`${CASE}; 身份 = 党委主要负责人; 已退休 = 是`);
        expect(o.consequences.find(c => c.rule === '不因变动或退休免予追究')?.applies).toBe(true);
        expect(entry(o, '责任追究方式', 'sanctions').due).toBe(true);
    });
});
