import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import type { Lang, ScenarioIR } from '@zeren/model';
import type { Program, ScenarioResult } from '@zeren/evaluator';
import { compileDocument, computeCoverage, computeOutcomeCoverage, runScenario } from '@zeren/evaluator';
import { readCoverageExemptions } from '../ledger/coverage-exemptions.js';
import { exemptionFor, tally } from '../report/outcome-coverage.js';
import { CliError } from '../cli-error.js';
import { encodedRows, notesOf } from '../ledger/ledger-rows.js';
import { readNotEncoded } from '../ledger/not-encoded.js';
import type { LedgerDocument } from '../ledger/render-ledger.js';
import { renderLedger } from '../ledger/render-ledger.js';
import { findSeed, SeedIndex } from '../ledger/seed-index.js';
import { collectFiles, loadWorkspace } from '../workspace-loader.js';
import { writeAtomically } from '../write-output.js';

export interface LedgerOptions {
    output?: string;
    seed?: string;
    check?: boolean;
}

/** Writes (or, with --check, verifies) examples/LEDGER.md from the rule files under `paths`. */
export async function runLedger(paths: string[], lang: Lang, options: LedgerOptions, out: (line: string) => void): Promise<number> {
    // The folders named come first: a mistyped path is the more likely slip than a missing corpus.
    collectFiles(paths);
    const seedFile = findSeed(options.seed, process.cwd());
    if (!seedFile) throw new CliError('ledger-no-seed', 2);
    const seed = new SeedIndex(seedFile);
    const ws = await loadWorkspace(paths);
    const programs = new Map<string, Program>();
    const runs: { scenario: ScenarioIR; result: ScenarioResult }[] = [];
    for (const doc of ws.documents) {
        for (const suite of ws.ir(doc).suites) {
            const target = ws.services.model.Models.documentIR(suite.document);
            if (!target) continue;
            const program = programs.get(suite.document) ?? compileDocument(target);
            programs.set(suite.document, program);
            for (const scenario of suite.scenarios) runs.push({ scenario, result: runScenario(program, scenario) });
        }
    }
    const root = path.resolve(paths[0]);
    const docs: LedgerDocument[] = [];
    for (const langiumDoc of ws.documents) {
        for (const doc of ws.ir(langiumDoc).documents) {
            if (doc.referenceOnly || doc.rules.length === 0) continue;
            const dir = path.dirname(URI.parse(doc.uri).fsPath);
            // examples/revisions holds illustrative revisions for the diff, not encodings of the corpus.
            if (dir.split(path.sep).includes('revisions')) continue;
            const coverage = computeCoverage([doc], runs);
            const outcomes = computeOutcomeCoverage([doc], runs);
            const exemptions = readCoverageExemptions(dir);
            docs.push({
                doc,
                folder: path.relative(path.dirname(root), dir) || '.',
                encoded: encodedRows(doc, coverage, seed),
                notEncoded: readNotEncoded(dir),
                notes: notesOf(doc),
                outcomes: tally(outcomes, exemptions),
                unexercised: outcomes.filter(i => i.scenarios.length === 0).map(i => ({ rule: i.rule, outcome: i.outcome, reason: exemptionFor(i, exemptions)?.reason })),
            });
        }
    }
    docs.sort((a, b) => a.folder.localeCompare(b.folder));
    const text = renderLedger(docs);
    const target = options.output ?? path.join(root, 'LEDGER.md');
    if (options.check) {
        const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
        if (current !== text) {
            out(lang === 'zh' ? `${target} 已过期：请运行 zeren ledger ${paths.join(' ')}` : `${target} is stale: run zeren ledger ${paths.join(' ')}`);
            return 1;
        }
        out(lang === 'zh' ? `${target} 是最新的` : `${target} is up to date`);
        return 0;
    }
    writeAtomically(target, text);
    out(lang === 'zh' ? `已写入 ${target}` : `wrote ${target}`);
    return 0;
}
