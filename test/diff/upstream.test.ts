import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiffResult } from '@zeren/diff';
import { ROOT, ensureBuilt, zeren } from './helpers.js';

// The city's 两个责任 method refines the 主体责任 opinion's year-end report (12 月 31 日前). The
// opinion is revised to 11 月 30 日前: the refining rule is now looser, and the diff says so.
let tmp: string;
let line: number;

beforeAll(() => {
    ensureBuilt();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-upstream-'));
    for (const side of ['old', 'new']) {
        fs.mkdirSync(path.join(tmp, side));
        fs.copyFileSync(path.join(ROOT, 'examples/city/zhuti-zeren-2014/rules.zeren'), path.join(tmp, side, 'zhuti.zeren'));
        fs.copyFileSync(path.join(ROOT, 'examples/city/liangge-zeren-2015/rules.zeren'), path.join(tmp, side, 'liangge.zeren'));
    }
    // The refining rule's line, read from the file (the corpus keeps growing above it).
    line = fs.readFileSync(path.join(tmp, 'new', 'liangge.zeren'), 'utf8').split('\n').findIndex(l => l.startsWith('期限 主要负责人及班子成员年底报告 ')) + 1;
    const parent = path.join(tmp, 'new', 'zhuti.zeren');
    const text = fs.readFileSync(parent, 'utf8');
    const edited = text.replace('对 党委主要负责人 每年 12 月 31 日前 完成', '对 党委主要负责人 每年 11 月 30 日前 完成');
    if (edited === text) throw new Error('fixture text not found');
    fs.writeFileSync(parent, edited);
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('upstream impact', () => {
    it('a revised parent rule re-checks the documents that refine it: new conformance findings are part of the diff', () => {
        const r = zeren(['diff', 'old', 'new', '--lang', 'zh'], tmp);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(`细化文件的符合性（修改后新出现）：\n  new/liangge.zeren:${line}: [loosen-deadline] “主要负责人及班子成员年底报告”的期限每年 12 月 31 日前长于所细化的“主要负责人年底报告”〔三、四是〕的期限每年 11 月 30 日前`);
        const json = DiffResult.parse(JSON.parse(zeren(['diff', 'old', 'new', '--json'], tmp).stdout));
        expect(json.upstream?.map(u => [u.file, u.line, u.code])).toEqual([['new/liangge.zeren', line, 'loosen-deadline']]);
    });

    it('--exit-code counts the new conformance findings as a change (1), an unrevised pair as none (0)', () => {
        const r = zeren(['diff', 'old', 'new', '--exit-code', '--json'], tmp);
        expect(DiffResult.parse(JSON.parse(r.stdout)).upstream?.length).toBe(1);
        expect(r.code).toBe(1);
        expect(zeren(['diff', 'old', 'old', '--exit-code'], tmp).code).toBe(0);
    });

    it('an unrevised pair has no upstream findings', () => {
        const json = DiffResult.parse(JSON.parse(zeren(['diff', 'old', 'old', '--json'], tmp).stdout));
        expect(json.upstream).toBeUndefined();
    });
});
