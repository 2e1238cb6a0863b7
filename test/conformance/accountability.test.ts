import { describe, expect, it } from 'vitest';
import { fileDiagnostics } from './fixtures.js';

const DECLS = `枚举 对象种类 { 党委班子 纪委班子 }
序列 情节 { 情节较轻 < 情节较重 }
序列 班子措施 { 书面检查 < 通报批评 < 调整工作岗位 }
主体 追究对象 {
    事实 身份: 对象种类
    事实 情节轻重: 情节
    事实 政令不畅: 布尔 默认 否
    事实 落实不到位: 布尔 默认 否
}`;

const file = (head: string, rules: string) => `${head}\n${DECLS}\n${rules}\n`;
const PROVINCE_HEAD = '文件 省办法 { 文号 "甘〔2015〕3号" 发布 2015-01-01 层级 省 "甘肃省" }';
const CITY_HEAD = '文件 市办法 { 文号 "市〔2015〕4号" 发布 2015-06-01 层级 市 "张掖市" 细化 省办法 }';

const situations = (name: string, cite: string, refines: string, clauses: string) =>
    `情形 主体责任 〔${cite}〕 对 追究对象 ${refines} 适用 身份 为 党委班子、纪委班子 { ${clauses} }`;
const sanctions = (cite: string, refines: string, levels: string) =>
    `追究方式 追究 〔${cite}〕 对 追究对象 ${refines} 依据 主体责任 按 情节轻重 { 对 身份 为 党委班子、纪委班子 措施 班子措施 { ${levels} } }`;

const PROVINCE = file(PROVINCE_HEAD, [
    situations('主体责任', '第五条', '', '（一） 当 政令不畅  （二） 当 落实不到位'),
    sanctions('第七条', '', '情节较轻： 通报批评；情节较重： 调整工作岗位'),
].join('\n'));

async function city(situationClauses: string, levels: string) {
    const text = file(CITY_HEAD, [
        situations('主体责任', '第六条', '细化 省办法.主体责任', situationClauses),
        sanctions('第八条', '细化 省办法.追究', levels),
    ].join('\n'));
    return (await fileDiagnostics({ 'p.zeren': PROVINCE, 'c.zeren': text }, 'c.zeren')).diagnostics;
}

describe('conformance: accountability', () => {
    it('the same situations and sanctions, or heavier ones, pass', async () => {
        expect(await city('（一） 当 政令不畅  （二） 当 落实不到位', '情节较轻： 通报批评；情节较重： 调整工作岗位')).toEqual([]);
        expect(await city('（一） 当 政令不畅  （二） 当 落实不到位  （三） 当 政令不畅 且 落实不到位', '情节较轻： 调整工作岗位；情节较重： 调整工作岗位')).toEqual([]);
    });

    it('a dropped situation is an error citing the parent article', async () => {
        const ds = await city('（一） 当 政令不畅', '情节较轻： 通报批评；情节较重： 调整工作岗位');
        expect(ds.map(d => d.code)).toEqual(['loosen-clause-dropped']);
        expect(ds[0].zh).toContain('〔第五条（二）〕的条款（二）');
    });

    it('a lighter sanction for the same kind and severity is an error', async () => {
        const ds = await city('（一） 当 政令不畅  （二） 当 落实不到位', '情节较轻： 书面检查 或 通报批评；情节较重： 调整工作岗位');
        expect(ds.map(d => d.code)).toEqual(['loosen-sanction', 'loosen-sanction']);
        expect(ds[0].zh).toBe('“追究”对“党委班子”情节“情节较轻”允许的最轻措施“书面检查”轻于所细化的“追究”〔第七条〕中的“通报批评”');
    });

    it('a severity level without sanctions in the child is dropped', async () => {
        const ds = await city('（一） 当 政令不畅  （二） 当 落实不到位', '情节较轻： 通报批评');
        expect(ds.map(d => d.code)).toEqual(['loosen-sanction-dropped', 'loosen-sanction-dropped']);
    });
});
