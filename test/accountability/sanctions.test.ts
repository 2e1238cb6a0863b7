import { describe, expect, it } from 'vitest';
import type { SanctionTableIR } from '@zeren/model';
import { Outcome } from '@zeren/model';
import { permittedSet } from '../../packages/evaluator/src/sanction-adjustment.js';
import { entry, evaluateCase } from './helpers.js';

const PERSON = '身份 = 党委主要负责人; 政令不畅 = 是; 追究决定日期 = 2016-03-15';
const TEAM = '身份 = 党委班子; 政令不畅 = 是; 追究决定日期 = 2016-03-15';

async function sanctions(facts: string) {
    const o = await evaluateCase(facts);
    expect(o.errors).toEqual([]);
    expect(Outcome.safeParse(o).success).toBe(true);
    return entry(o, '责任追究方式', 'sanctions');
}

// A ladder a < b < c < d, levels 0..2: {a}, {b | c}, {d}.
const TABLE: SanctionTableIR = {
    kinds: { kind: { k: 'error', type: { kind: 'error' }, loc: { uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } }, values: [0], names: ['x'], loc: { uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } },
    levels: [
        { level: 0, levelName: '轻', options: [{ measures: [0], names: ['a'] }], sourceText: [], notes: [], loc: { uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } },
        { level: 1, levelName: '中', options: [{ measures: [1], names: ['b'] }, { measures: [2], names: ['c'] }], sourceText: [], notes: [], loc: { uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } },
        { level: 2, levelName: '重', options: [{ measures: [3], names: ['d'] }], sourceText: [], notes: [], loc: { uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } },
    ],
    sourceText: [], notes: [], loc: { uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
};
const names = (s: ReturnType<typeof permittedSet>) => s.options.map(o => o.names.join('+'));

describe('moves within and across severity levels (第八条, 第九条)', () => {
    it('without circumstances the level keeps its own options, lightest first', () => {
        expect(names(permittedSet(TABLE, 1, [], []))).toEqual(['b', 'c']);
    });
    it('从轻 takes the lightest option of the level, 从重 the heaviest', () => {
        expect(names(permittedSet(TABLE, 1, ['lighter'], []))).toEqual(['b']);
        expect(names(permittedSet(TABLE, 1, [], ['heavier']))).toEqual(['c']);
    });
    it('减轻 and 加重 move exactly one level', () => {
        expect(names(permittedSet(TABLE, 1, ['level-down'], []))).toEqual(['a']);
        expect(names(permittedSet(TABLE, 1, [], ['level-up']))).toEqual(['d']);
    });
    it('“从轻或者减轻” permits the union, ordered by the ladder', () => {
        const s = permittedSet(TABLE, 1, ['lighter', 'level-down'], []);
        expect(names(s)).toEqual(['a', 'b']);
        expect(s.levels).toEqual([0, 1]);
    });
    it('the lowest level is not lowered and the highest not raised', () => {
        expect(names(permittedSet(TABLE, 0, ['level-down'], []))).toEqual(['a']);
        expect(names(permittedSet(TABLE, 2, [], ['level-up']))).toEqual(['d']);
    });
    it('mitigating and aggravating together keep the level', () => {
        const s = permittedSet(TABLE, 1, ['lighter'], ['heavier']);
        expect(names(s)).toEqual(['b', 'c']);
        expect(s.offset).toBe(true);
    });
});

describe('第七条 on the encoded 追究办法', () => {
    it('orders each level by the ladder and lists the permitted set, not a choice', async () => {
        const s = await sanctions(`${PERSON}; 情节轻重 = 情节较重`);
        expect(s.options).toEqual([['通报批评'], ['调整工作岗位'], ['引咎辞职'], ['责令辞职'], ['免职']]);
        expect(s.combinable).toBe(true);
        expect(s.tableCite?.text).toBe('第七条（二）');
    });
    it('a person at 情节较轻 gets 诫勉谈话 together with 书面检查', async () => {
        expect((await sanctions(`${PERSON}; 情节轻重 = 情节较轻`)).options).toEqual([['书面检查', '诫勉谈话']]);
    });
    it('a team at 情节严重: measures against its main responsible person', async () => {
        expect((await sanctions(`${TEAM}; 情节轻重 = 情节严重`)).measures).toEqual(['调整工作岗位', '引咎辞职', '责令辞职']);
    });
    it('第八条: a person at 情节较重 who reported at once → 通报批评 or the lighter level', async () => {
        const s = await sanctions(`${PERSON}; 情节轻重 = 情节较重; 及时报告主动查处挽回影响 = 是`);
        expect(s.mitigating.map(m => m.cite.text)).toEqual(['第八条（一）']);
        expect(s.moves).toEqual(['lighter', 'level-down']);
        expect(s.options).toEqual([['书面检查', '诫勉谈话'], ['通报批评']]);
        expect(s.levels).toEqual(['情节较轻', '情节较重']);
    });
    it('第九条: a person at 情节较重 who obstructed → 免职 or 党政纪处分', async () => {
        const s = await sanctions(`${PERSON}; 情节轻重 = 情节较重; 未及时处置致危害扩大或干扰追责 = 是`);
        expect(s.aggravating.map(m => m.cite.text)).toEqual(['第九条（二）']);
        expect(s.measures).toEqual(['免职', '党政纪处分']);
    });
    it('both kinds of circumstance: the level is kept and the trace says why', async () => {
        const o = await evaluateCase(`${PERSON}; 情节轻重 = 情节较轻; 认真整改成效明显 = 是; 掩盖袒护对抗调查推卸责任 = 是`);
        expect(entry(o, '责任追究方式', 'sanctions').moves).toEqual(['offset']);
        expect(entry(o, '责任追究方式', 'sanctions').measures).toEqual(['书面检查', '诫勉谈话']);
    });
});
