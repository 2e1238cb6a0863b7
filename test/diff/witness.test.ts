import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDocuments, findWitnesses, scenarioText, sideDocuments } from '@zeren/diff';
import type { Witness } from '@zeren/diff';
import { loadSide } from '@zeren/language';
import { ensureBuilt, zeren } from './helpers.js';
import { EDITS, sides } from './revisions.js';

// Scenario files removed: only the rules of each side. Every witness is re-verified here by
// the diff's own claim (differences non-empty) and its facts lie within the declared ranges
// (the evaluator rejects out-of-range facts with an error, which the search skips).
async function witnessesOf(dir: string, edits: typeof EDITS): Promise<Witness[]> {
    const { before, after } = sides(dir, edits);
    const rulesOnly = (files: typeof before) => files.filter(f => f.path.endsWith('/rules.zeren'));
    const o = await loadSide(rulesOnly(before)), n = await loadSide(rulesOnly(after));
    const diff = diffDocuments(sideDocuments(o), sideDocuments(n));
    return findWitnesses(d => o.documentIR(d), d => n.documentIR(d), diff.documents);
}


describe('witnesses without scenarios', () => {
    it.each(EDITS.map(e => [e.kind, e] as const))('%s', async (_, edit) => {
        const [w, ...rest] = await witnessesOf(edit.dir, [edit]);
        expect(rest).toEqual([]);
        expect(w.change.name).toBe(edit.rule);
        expect(w.status).toBe('witness');
        expect(w.differences!.length).toBeGreaterThan(0);
    }, 60_000);

    it('an integer threshold rewritten (≥ 2 → > 1) is proved equivalent, not merely unwitnessed', async () => {
        const edit = { ...EDITS.find(e => e.kind === 'threshold')!, to: '（六） 当 一年内被上级通报批评或组织处理次数 > 1' };
        const [w] = await witnessesOf(edit.dir, [edit]);
        expect(w.status).toBe('equivalent');
        expect(w.reason).toMatch(/implies the other both ways/);
    }, 60_000);

    it('a change read per member (第二十四条（二） no longer excludes （三）) gets a subject with a member, ready to paste', async () => {
        const edit = EDITS.find(e => e.kind === 'exception')!;
        const [w] = await witnessesOf(edit.dir, [edit]);
        expect(w.status).toBe('witness');
        const members = w.facts!.find(([name]) => name === '成员')?.[1];
        expect(members).toMatch(/^\[ 张三 \{ .*违纪问题发生在调入前原单位 = 是.* \} \]$/);
        expect(w.differences!.map(d => [d.rule, d.aspect])).toEqual(expect.arrayContaining([['领导班子否决', 'vetoed'], ['领导班子否决', 'exceptions']]));
        // Pasted into a scenario set beside each side's rules, the 场景 loads and runs on both.
        ensureBuilt();
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-witness-'));
        try {
            const { before, after } = sides(edit.dir, [edit]);
            for (const [side, files] of [['old', before], ['new', after]] as const) {
                fs.mkdirSync(path.join(tmp, side));
                fs.writeFileSync(path.join(tmp, side, 'rules.zeren'), files.find(f => f.path.endsWith('/rules.zeren'))!.text);
                fs.writeFileSync(path.join(tmp, side, 'witness.zeren'), ['场景集 见证 针对 张掖市党风廉政建设考核办法 {', ...scenarioText(w), '}', ''].join('\n'));
                const r = zeren(['test', side, '--lang', 'en'], tmp);
                expect(r.stderr).toBe('');
                expect(r.stdout).toContain('1 passed, 0 failed');
            }
        } finally {
            fs.rmSync(tmp, { recursive: true, force: true });
        }
    }, 60_000);

    it('a count over members (计数(谈话对象 当 …) 不少于 3 → 4) gets a list of exactly three such members', async () => {
        const edit = { kind: 'member count', dir: 'kaohe-2015', file: 'rules.zeren', from: '计数(谈话对象 当 身份 = 离退休干部) 不少于 3', to: '计数(谈话对象 当 身份 = 离退休干部) 不少于 4', rule: '部门谈话离退休干部人数' };
        const [w] = await witnessesOf(edit.dir, [edit]);
        expect(w.status).toBe('witness');
        expect(w.facts).toEqual([['谈话对象', '[ 张三 { 身份 = 离退休干部 } 李四 { 身份 = 离退休干部 } 王五 { 身份 = 离退休干部 } ]']]);
        expect(w.differences!.map(d => [d.rule, d.aspect, d.old, d.new])).toEqual([['部门谈话离退休干部人数', 'complied', expect.any(String), expect.any(String)]]);
    }, 60_000);
});
