import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DiffResult } from '@zeren/diff';
import { ROOT, ensureBuilt, golden, zeren } from './helpers.js';

/**
 * The city's own revision of its reporting rule (examples/revisions/reporting-2014-2015):
 * 2014 (市委发〔2014〕32号 三、四是, seed 204) "每年年底" → 2015 (市委发〔2015〕44号 8, seed 236)
 * "每年年中、年底" — a frequency 每 年 至少 1 次 → 每 半年 至少 1 次, a personal report extended to
 * the team members, and a new 纪委 year-end deadline.
 */
const DIR = path.join(ROOT, 'examples/revisions/reporting-2014-2015');
const V1 = path.relative(ROOT, path.join(DIR, 'rules.v1.zeren.txt'));
const V2 = path.relative(ROOT, path.join(DIR, 'rules.zeren'));

beforeAll(() => ensureBuilt(), 120_000);

describe('zeren diff: the reporting revision 2014 → 2015', () => {
    it('prints the golden zh semantic diff', () => {
        const r = zeren(['diff', V1, V2, '--lang', 'zh']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(golden('reporting-revision.zh.txt'));
    });

    it('reports the frequency change, the new deadline and the citations as structured changes', () => {
        const parsed = DiffResult.parse(JSON.parse(zeren(['diff', V1, V2, '--json']).stdout));
        expect(parsed.documents.map(d => [d.document, d.status])).toEqual([['张掖市党委履责报告制度', 'changed']]);
        const entities = parsed.documents[0].articles.flatMap(a => a.entities);
        const report = entities.find(e => e.name === '党委履责报告')!;
        expect(report.status).toBe('changed');
        expect(JSON.stringify(report)).toContain('每 半年 至少 1 次');
        expect(entities.find(e => e.name === '纪委年底报告')?.status).toBe('added');
    });

    it('--impact runs the 7 scenarios both sides share and skips the two on the new 纪委 subject', () => {
        const parsed = DiffResult.parse(JSON.parse(zeren(['diff', V1, V2, '--impact', '--json']).stdout));
        expect(parsed.impact?.total).toBe(7);
        expect(parsed.impact?.skipped.map(s => s.scenario)).toEqual([
            '纪委12-31报告监督责任：第2版按时',
            '纪委次年1月1日报告：第2版逾期',
        ]);
    });

    // --impact evaluates each scenario with its 年度/截至 and compares frequencies, deadlines and
    // requirements too: the status changes in three scenarios, the periods (一年 → 两个半年) in all five.
    it('--impact lists the five scenarios whose frequency outcome changes, status or periods (golden)', () => {
        const r = zeren(['diff', V1, V2, '--impact', '--lang', 'zh']);
        expect(r.stdout).toBe(golden('reporting-revision.impact.zh.txt'));
    });
});
