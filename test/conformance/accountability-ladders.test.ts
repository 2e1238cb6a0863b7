import { describe, expect, it } from 'vitest';
import { fileDiagnostics } from './fixtures.js';

/**
 * Conformance of accountability refinements beyond the basic cases (accountability.test.ts):
 * combined measures (并), alternatives (或), tables regrouped by kind, refined clause labels,
 * kinds without a counterpart, and several levels at once.
 */
const DECLS = `枚举 对象种类 { 党委班子 纪委班子 主要负责人 }
序列 情节 { 情节较轻 < 情节较重 < 情节严重 }
序列 追究措施 { 书面检查 < 诫勉谈话 < 通报批评 < 调整工作岗位 < 免职 < 党政纪处分 }
主体 追究对象 {
    事实 身份: 对象种类
    事实 情节轻重: 情节
    事实 政令不畅: 布尔 默认 否
    事实 落实不到位: 布尔 默认 否
    事实 压案不查: 布尔 默认 否
}`;

const PROVINCE_HEAD = '文件 省办法 { 文号 "甘〔2015〕3号" 发布 2015-01-01 层级 省 "甘肃省" }';
const CITY_HEAD = '文件 市办法 { 文号 "市〔2015〕4号" 发布 2015-06-01 层级 市 "张掖市" 细化 省办法 }';

const ALL = '党委班子、纪委班子、主要负责人';
const situations = (refines: string, clauses: string, kinds = ALL) =>
    `情形 主体责任 〔第五条〕 对 追究对象 ${refines} 适用 身份 为 ${kinds} { ${clauses} }`;
const sanctions = (refines: string, tables: string) =>
    `追究方式 追究 〔第七条〕 对 追究对象 ${refines} 依据 主体责任 按 情节轻重 { ${tables} }`;
const table = (kinds: string, levels: string) => `对 身份 为 ${kinds} 措施 追究措施 { ${levels} }`;

const PARENT_CLAUSES = '（一） 当 政令不畅  （二） 当 落实不到位  （三） 当 压案不查';
const PARENT_LEVELS = '情节较轻： 诫勉谈话 并 书面检查；情节较重： 通报批评 或 调整工作岗位；情节严重： 免职 或 党政纪处分';

const PROVINCE = `${PROVINCE_HEAD}\n${DECLS}\n${situations('', PARENT_CLAUSES)}\n${sanctions('', table(ALL, PARENT_LEVELS))}\n`;

async function city(clauses: string, tables: string, kinds = ALL) {
    const text = `${CITY_HEAD}\n${DECLS}\n${situations('细化 省办法.主体责任', clauses, kinds)}\n${sanctions('细化 省办法.追究', tables)}\n`;
    return (await fileDiagnostics({ 'p.zeren': PROVINCE, 'c.zeren': text }, 'c.zeren')).diagnostics;
}

describe('conformance: accountability ladders and situations', () => {
    it('the parent itself, restated, conforms', async () => {
        expect(await city(PARENT_CLAUSES, table(ALL, PARENT_LEVELS))).toEqual([]);
    });

    it('tables regrouped by kind conform when every kind keeps its measures', async () => {
        const tables = `${table('党委班子、纪委班子', PARENT_LEVELS)} ${table('主要负责人', PARENT_LEVELS)}`;
        expect(await city(PARENT_CLAUSES, tables)).toEqual([]);
    });

    it('dropping the lighter alternative of a level tightens it', async () => {
        const levels = '情节较轻： 诫勉谈话 并 书面检查；情节较重： 调整工作岗位；情节严重： 党政纪处分';
        expect(await city(PARENT_CLAUSES, table(ALL, levels))).toEqual([]);
    });

    it('adding a lighter alternative to a level loosens it, once per kind', async () => {
        const levels = '情节较轻： 诫勉谈话 并 书面检查；情节较重： 诫勉谈话 或 通报批评 或 调整工作岗位；情节严重： 免职 或 党政纪处分';
        const ds = await city(PARENT_CLAUSES, table(ALL, levels));
        expect(ds.map(d => d.code)).toEqual(['loosen-sanction', 'loosen-sanction', 'loosen-sanction']);
        expect(ds.every(d => d.zh.includes('情节“情节较重”') && d.zh.includes('“诫勉谈话”') && d.zh.includes('“通报批评”'))).toBe(true);
    });

    it('dropping one of two measures given together (并) is lighter', async () => {
        const levels = '情节较轻： 诫勉谈话；情节较重： 通报批评 或 调整工作岗位；情节严重： 免职 或 党政纪处分';
        const ds = await city(PARENT_CLAUSES, table(ALL, levels));
        expect(ds.map(d => d.code)).toEqual(['loosen-sanction', 'loosen-sanction', 'loosen-sanction']);
        expect(ds[0].zh).toContain('“诫勉谈话”轻于');
        expect(ds[0].zh).toContain('“书面检查并诫勉谈话”'); // measures given together print lightest first
    });

    it('a lighter sanction for one kind only is reported for that kind only', async () => {
        const lighter = '情节较轻： 书面检查；情节较重： 通报批评 或 调整工作岗位；情节严重： 免职 或 党政纪处分';
        const tables = `${table('党委班子、纪委班子', PARENT_LEVELS)} ${table('主要负责人', lighter)}`;
        const ds = await city(PARENT_CLAUSES, tables);
        expect(ds.map(d => d.code)).toEqual(['loosen-sanction']);
        expect(ds[0].zh).toContain('对“主要负责人”情节“情节较轻”');
    });

    it('a kind the child leaves out loses its sanctions at every level', async () => {
        const ds = await city(PARENT_CLAUSES, table('党委班子、纪委班子', PARENT_LEVELS), '党委班子、纪委班子');
        expect(ds.map(d => d.code)).toEqual(['loosen-sanction-dropped', 'loosen-sanction-dropped', 'loosen-sanction-dropped']);
    });

    it('a dropped situation among several is reported by its label; the others pass', async () => {
        const ds = await city('（一） 当 政令不畅  （三） 当 压案不查', table(ALL, PARENT_LEVELS));
        expect(ds.map(d => d.code)).toEqual(['loosen-clause-dropped']);
        expect(ds[0].zh).toContain('（二）');
    });

    it('a situation renumbered with 细化 keeps its counterpart', async () => {
        const clauses = '（一） 当 政令不畅  （二） 细化 （三） 当 压案不查  （三） 细化 （二） 当 落实不到位';
        expect(await city(clauses, table(ALL, PARENT_LEVELS))).toEqual([]);
    });
});

describe('conformance fixtures are valid', () => {
    it('the parent and a conforming child have no diagnostics at all', async () => {
        const text = `${CITY_HEAD}\n${DECLS}\n${situations('细化 省办法.主体责任', PARENT_CLAUSES)}\n${sanctions('细化 省办法.追究', table(ALL, PARENT_LEVELS))}\n`;
        const { all } = await fileDiagnostics({ 'p.zeren': PROVINCE, 'c.zeren': text }, 'c.zeren');
        expect(all.filter(d => d.severity === 'error').map(d => d.code)).toEqual([]);
    });
});
