// `npx tsx test/robustness/support/consolidate-regressions.ts`: keeps one crashing input per
// defect signature under regressions/ — the smallest that still crashes on its own in a fresh
// workspace — and deletes the rest. Run it after a long fuzz run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { workspaceFor } from './origin-workspace.js';
import { factsBySubject } from './scenario-facts.js';
import { REGRESSIONS, saveRegression, signatureOf } from './save-regression.js';

async function main(): Promise<void> {
    const files = fs.readdirSync(REGRESSIONS).filter(f => /^crash-.*\.zeren$/.test(f));
    const groups = new Map<string, { file: string; text: string; meta: string }[]>();
    for (const f of files) {
        const text = fs.readFileSync(path.join(REGRESSIONS, f), 'utf8');
        const meta = fs.readFileSync(path.join(REGRESSIONS, `${f}.txt`), 'utf8');
        const detail = meta.split('\n').filter(l => !/^(origin|signature|status): /.test(l)).join('\n');
        const sig = signatureOf(detail);
        groups.set(sig, [...(groups.get(sig) ?? []), { file: f, text, meta }]);
    }
    const kept: string[] = [];
    for (const [sig, members] of groups) {
        members.sort((a, b) => a.text.length - b.text.length);
        let reproduced = false;
        for (const m of members.slice(0, 5)) {
            const origin = m.meta.split('\n')[0];
            const ws = await workspaceFor(origin, true);
            let detail = '';
            try {
                const r = await ws.run(m.text, await factsBySubject());
                detail = r.internalErrors.join('\n');
            } catch (e) {
                detail = (e as Error).stack ?? String(e);
            }
            if (detail && signatureOf(detail) === sig) {
                for (const x of members) for (const ext of ['', '.txt']) fs.rmSync(path.join(REGRESSIONS, `${x.file}${ext}`), { force: true });
                kept.push(`${path.basename(saveRegression('crash', m.text, detail, origin.replace(/^origin: /, '')))}  ×${members.length}  ${sig}`);
                reproduced = true;
                break;
            }
        }
        if (!reproduced) {
            // A crash that needs an earlier input (e.g. a parser left broken by the previous document): report, do not keep.
            for (const x of members) for (const ext of ['', '.txt']) fs.rmSync(path.join(REGRESSIONS, `${x.file}${ext}`), { force: true });
            process.stdout.write(`does not reproduce alone (removed, report it): ${sig} ×${members.length}\n${members[0].meta.split('\n')[0]}\n`);
        }
    }
    process.stdout.write(`${kept.length} defects kept:\n${kept.join('\n')}\n`);
}

void main();
