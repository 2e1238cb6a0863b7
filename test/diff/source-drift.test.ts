import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quantitiesInText } from '@zeren/checker';
import { ROOT, ensureBuilt, zeren } from './helpers.js';
import { EDITS, applyEdits, sides } from './revisions.js';

let tmp: string;

beforeAll(() => {
    ensureBuilt();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zeren-drift-'));
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function checkEdited(edits: typeof EDITS): { code: number; stdout: string } {
    const dir = fs.mkdtempSync(path.join(tmp, 'x-'));
    for (const f of applyEdits(sides(edits[0].dir, []).before, edits)) fs.writeFileSync(path.join(dir, path.basename(f.path)), f.text);
    return zeren(['check', dir, '--lang', 'en']);
}

describe('原文 drift', () => {
    it('reads shares and periods in Arabic and Chinese numerals', () => {
        const found = quantitiesInText('占百分之二十，优秀和良好不足三分之二，十五日内、两年内、10个工作日内、6个月内，占 30%');
        expect([...new Set(found.map(q => `${q.kind}:${q.key}`))].sort()).toEqual([
            'period:10workday', 'period:15day', 'period:2year', 'period:6month', 'share:0.2', 'share:0.3', 'share:2/3 ≈ 0.6667',
        ]);
    });

    it('a weight changed without its 原文 draws the warning, with both values', () => {
        const r = checkEdited(EDITS.filter(e => e.kind === 'weight'));
        expect(r.stdout).toMatch(/rules\.zeren:\d+:\d+: warning \[source-drift\] The 原文 states 70%、10%, which the rule does not have \(the rule states 60%、20%\)/);
    });

    it('a grade band moved without its 原文 draws the warning (好 ≥ 90 → ≥ 92 while the 原文 says 90分)', () => {
        expect(checkEdited(EDITS.filter(e => e.kind === 'band')).stdout).toContain('The 原文 states 90分, which the rule does not have (the rule states 92分、80分、65分)');
    });

    it('a period changed without its 原文 draws the warning (一年内 → 6 个月, 15日内 → 10 个工作日)', () => {
        expect(checkEdited(EDITS.filter(e => e.kind === 'measure duration')).stdout).toContain('The 原文 states 一年内, which the rule does not have (the rule states 6个月)');
        expect(checkEdited(EDITS.filter(e => e.kind === 'deadline unit')).stdout).toContain('The 原文 states 15日内, which the rule does not have (the rule states 10个工作日)');
    });

    it('the corpus has none', () => {
        const r = zeren(['check', path.join(ROOT, 'examples')]);
        expect(r.stdout).not.toContain('source-drift');
        expect(r.code).toBe(0);
    }, 120_000);
});
