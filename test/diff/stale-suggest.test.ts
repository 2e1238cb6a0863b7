import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiffResult } from '@zeren/diff';
import { ROOT, ensureBuilt, zeren } from './helpers.js';

// A revision that drops clause （七） (still named in two scenarios' 期望) and lowers the 好
// band to 88 (two scenarios expect 较好 at 89.99): the first two no longer load, the other two
// expectations no longer hold. --suggest shows the new values; --write writes them, and then
// every scenario passes on the new rules.
let tmp: string;
const KAOHE = path.join(ROOT, 'examples/city/kaohe-2015');

beforeAll(() => {
    ensureBuilt();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-stale-'));
    for (const side of ['old', 'new']) {
        fs.mkdirSync(path.join(tmp, side));
        for (const n of fs.readdirSync(KAOHE).filter(n => n.endsWith('.zeren'))) fs.copyFileSync(path.join(KAOHE, n), path.join(tmp, side, n));
    }
    const rules = path.join(tmp, 'new', 'rules.zeren');
    fs.writeFileSync(rules, fs.readFileSync(rules, 'utf8').replace('    （七） 当 无故不按规定报告两个责任情况\n', '').replace('    好 ≥ 90\n', '    好 ≥ 88\n'));
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('stale expectations', () => {
    it('lists scenarios that stop loading and expectations that no longer hold', () => {
        const r = zeren(['diff', 'old', 'new', '--impact', '--json'], tmp);
        expect(r.code).toBe(0);
        const impact = DiffResult.parse(JSON.parse(r.stdout)).impact!;
        expect(impact.broken.map(b => [b.file, b.reason.includes('（七）')])).toEqual([
            ['new/scenarios-consequences.zeren', true], ['new/scenarios-team-vetoes.zeren', true],
        ]);
        expect(impact.stale.map(s => [s.file, s.line, s.expected, s.actual, s.suggestion])).toEqual([
            ['new/scenarios-consequences.zeren', 17, '否决', '不否决', '领导班子否决 = 否'],
            ['new/scenarios-consequences.zeren', 18, '适用', '不适用', '否决班子取消评优 = 否'],
            ['new/scenarios-consequences.zeren', 19, '适用', '不适用', '否决班子主要负责人诫勉谈话 = 否'],
            ['new/scenarios-team-scores.zeren', 47, '较好', '好', '领导班子等次 = 好'],
            ['new/scenarios-team-scores.zeren', 152, '较好', '好', '领导班子等次 = 好'],
            ['new/scenarios-team-vetoes.zeren', 401, '否决', '不否决', '领导班子否决 = 否'],
        ]);
    });

    it('--suggest prints old → new and writes nothing; --write writes them and the scenarios pass', () => {
        const before = fs.readFileSync(path.join(tmp, 'new', 'scenarios-team-scores.zeren'), 'utf8');
        const shown = zeren(['diff', 'old', 'new', '--suggest', '--lang', 'zh'], tmp);
        expect(shown.code).toBe(0);
        expect(shown.stdout).toContain('建议（未写入；加 --write 写入）：');
        expect(shown.stdout).toContain('new/scenarios-team-scores.zeren:47  领导班子等次 = 较好 → 领导班子等次 = 好');
        expect(shown.stdout).toContain('new/scenarios-consequences.zeren:17  领导班子否决 = 是 条款 （七） → 领导班子否决 = 否');
        expect(fs.readFileSync(path.join(tmp, 'new', 'scenarios-team-scores.zeren'), 'utf8')).toBe(before);
        expect(zeren(['test', 'new'], tmp).code).toBe(2); // （七） no longer resolves

        expect(zeren(['diff', 'old', 'new', '--write'], tmp).code).toBe(2);
        const written = zeren(['diff', 'old', 'new', '--suggest', '--write', '--lang', 'en'], tmp);
        expect(written.code).toBe(0);
        expect(written.stdout).toContain('Suggestions (written):');
        expect(fs.readdirSync(path.join(tmp, 'new')).filter(n => n.endsWith('.tmp'))).toEqual([]);
        const after = zeren(['test', 'new'], tmp);
        expect(after.stderr + after.stdout).not.toMatch(/失败|FAIL|错误/);
        expect(after.code).toBe(0);
    });
});
