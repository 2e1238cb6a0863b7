import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FuzzWorkspace } from './support/fuzz-workspace.js';
import { workspaceFor } from './support/origin-workspace.js';
import { factsBySubject } from './support/scenario-facts.js';
import { regressions, REGRESSIONS } from './support/save-regression.js';

/**
 * Every input the fuzzers ever crashed on (regressions/crash-*.zeren, with the stack in the
 * .txt beside it) must now go through the whole pipeline with diagnostics, never an exception.
 */
const kept = regressions();

let ws: FuzzWorkspace;
beforeAll(async () => { ws = await FuzzWorkspace.create([]); });

describe('inputs that once crashed', () => {
    it('are kept, one per defect', () => {
        expect(kept.length).toBeGreaterThan(0);
        expect(new Set(kept.map(k => k.signature)).size).toBe(kept.length);
    });

    // Found by the full fuzz run: thousands of nested parentheses overflow the stack in the
    // Langium parser (RangeError thrown out of document creation); in that run later documents
    // then failed with "Cannot read properties of undefined (reading 'parts')". Fixed since.
    it('a deeply nested input neither crashes nor breaks the next parse', async () => {
        const deep = `文件 深 {\n}\n主体 甲 〔第一条〕 {\n    事实 x: 整数 范围 0..1\n}\n要求 深规则 〔第一条〕 对 甲 当 ${'('.repeat(5000)}x${')'.repeat(5000)} ≥ 0\n`;
        const first = await ws.run(deep);
        const next = await ws.run('文件 浅 {\n}\n');
        expect([...first.internalErrors, ...next.internalErrors]).toEqual([]);
    }, 60_000);

    // A kept input fails here until its defect is fixed: the failures are the open defects.
    for (const k of kept) {
        it(`${k.file}: diagnostics, no internal error`, async () => {
            const origin = fs.readFileSync(path.join(REGRESSIONS, `${k.file}.txt`), 'utf8');
            const result = await (await workspaceFor(origin, true)).run(fs.readFileSync(path.join(REGRESSIONS, k.file), 'utf8'), await factsBySubject());
            expect(result.internalErrors).toEqual([]);
        }, 60_000);
    }
});
