import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DiffResult } from '@zeren/diff';
import { REVISION_DIR, ROOT, V1, V2, ensureBuilt, golden, zeren } from './helpers.js';

const rel = (f: string) => path.relative(ROOT, f);

beforeAll(() => ensureBuilt(), 120_000);

describe('zeren diff <old> <new>', () => {
    it('prints the golden zh diff and impact of the revision pair', () => {
        const r = zeren(['diff', rel(V1), rel(V2), '--impact', '--lang', 'zh']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(golden('revision.zh.txt'));
    });

    it('prints the golden en diff', () => {
        const r = zeren(['diff', rel(V1), rel(V2), '--impact', '--lang', 'en']);
        expect(r.stdout).toBe(golden('revision.en.txt'));
    });

    it('prints golden JSON that the zod schema accepts', () => {
        const r = zeren(['diff', rel(V1), rel(V2), '--impact', '--json']);
        expect(r.stdout).toBe(golden('revision.json'));
        const parsed = DiffResult.parse(JSON.parse(r.stdout));
        expect(parsed.documents[0].articles.map(a => a.article)).toEqual(['第十八条', '第二十条', '第二十二条', '第二十七条']);
    });

    // The weights change for every scenario, so every component's contribution does: the full
    // outcome differs in all six, though only three change total, grade or veto.
    it('--impact lists exactly the scenarios whose outcome changes, field by field', () => {
        const parsed = DiffResult.parse(JSON.parse(zeren(['diff', rel(V1), rel(V2), '--impact', '--json']).stdout));
        expect(parsed.impact?.total).toBe(6);
        expect(parsed.impact?.skipped).toEqual([]);
        expect(parsed.impact?.changed.map(s => s.scenario)).toEqual([
            '权重与等次线同时改变：较好变好',
            '只有得分改变：仍为一般',
            '各项同分：结果不变',
            '通报批评2次：第1版否决，第2版不否决',
            '通报批评3次：两版都否决',
            '集体违纪：两版都否决',
        ]);
        expect(parsed.impact?.changed[0].changes).toEqual([
            { rule: '领导班子综合得分', aspect: 'total', old: '86.2', new: '85.7' },
            { rule: '领导班子综合得分', aspect: 'base', old: '86.2', new: '85.7' },
            { rule: '领导班子综合得分', aspect: 'components[日常监督评价].weight', old: '20%', new: '15%' },
            { rule: '领导班子综合得分', aspect: 'components[日常监督评价].contribution', old: '18', new: '13.5' },
            { rule: '领导班子综合得分', aspect: 'components[公众评价].weight', old: '10%', new: '15%' },
            { rule: '领导班子综合得分', aspect: 'components[公众评价].contribution', old: '8', new: '12' },
            { rule: '领导班子等次', aspect: 'grade', old: '较好', new: '好' },
        ]);
        // Each of the two changes alone moves this outcome (the weights the total, the band the grade).
        expect(parsed.impact?.changed[0].causes.map(c => c.name)).toEqual(['领导班子综合得分', '领导班子等次']);
        expect(parsed.impact?.byChange.map(g => [g.change.name, g.scenarios.length])).toEqual([['领导班子综合得分', 6], ['领导班子等次', 1], ['领导班子否决', 1]]);
    });

    it('a file against itself, and a folder against itself, has no changes', () => {
        expect(zeren(['diff', rel(V2), rel(V2)]).stdout).toBe('没有语义变化\n');
        const r = zeren(['diff', 'examples/city', 'examples/city', '--impact', '--lang', 'en']);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^No semantic changes\n\nImpact: 0 of \d+ scenarios change outcome\n$/);
    });

    it('exits 0 with changes, 1 with --exit-code, 2 on invalid input', () => {
        expect(zeren(['diff', rel(V1), rel(V2)]).code).toBe(0);
        expect(zeren(['diff', rel(V1), rel(V2), '--exit-code']).code).toBe(1);
        expect(zeren(['diff', rel(V2), rel(V2), '--exit-code']).code).toBe(0);
        const missing = zeren(['diff', rel(V1), 'no/such/file.zeren', '--lang', 'en']);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('Path does not exist: no/such/file.zeren');
        const usage = zeren(['diff', rel(V1), '--lang', 'en']);
        expect(usage.code).toBe(2);
        expect(usage.stderr).toContain('zeren diff <old file or dir> <new file or dir>');
    });

    it('refuses a side with syntax errors, naming file and line', () => {
        const broken = path.join(REVISION_DIR, '..', '..', '..', 'test', 'diff', 'fixtures', 'broken.zeren.txt');
        const r = zeren(['diff', rel(V1), rel(broken), '--lang', 'en']);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/test\/diff\/fixtures\/broken\.zeren\.txt:\d+:\d+: error \[syntax-/);
        expect(r.stderr).toContain('has syntax or reference errors; cannot diff');
    });
});
