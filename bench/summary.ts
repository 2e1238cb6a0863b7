import type { DiffBench } from './diff-impact.js';
import type { CliTiming } from './cli-wall.js';
import type { ExtensionFigures } from './extension-size.js';
import type { ThroughputResult } from './eval-throughput.js';
import type { LspFigures } from './lsp-latency.js';
import type { ParseTiming } from './parse-baseline.js';
import type { UserPathResult } from './user-path.js';
import type { BatchResult } from './batch-csv.js';

export interface BenchResult {
    startedAt: string;
    machine: { node: string; cpus: number; cpu: string; platform: string };
    quick: boolean;
    throughput?: ThroughputResult;
    cli?: CliTiming[];
    parse?: ParseTiming;
    lsp?: LspFigures;
    lspNotMeasured?: string;
    extension?: ExtensionFigures;
    userPath?: UserPathResult;
    batch?: BatchResult;
    /** Parts skipped in this run whose figures come from an earlier run. */
    carried?: { from: string; parts: string[] };
    diff?: DiffBench;
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const r = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)}×`;
const mark = (ok: boolean) => (ok ? '✅' : '❌');

export function summarize(b: BenchResult): string {
    const out = [`# Zeren benchmark — ${b.startedAt}${b.quick ? ' (quick)' : ''}`, '', `Node ${b.machine.node}, ${b.machine.cpus} × ${b.machine.cpu}`, ''];
    if (b.carried) out.push(`Parts not run this time (${b.carried.parts.join(', ')}) show the figures of the run of ${b.carried.from}.`, '');
    if (b.diff) out.push(...diffSummary(b.diff), '');
    const t = b.throughput;
    if (t) {
        const m = t.measurements;
        out.push(`## Evaluation throughput — team assessment, ${n(t.options.subjects)} subjects (seed ${t.options.seed})`, '',
            `Agreement on grade and veto before timing: ${Object.entries(t.agreement.disagreements).map(([k, v]) => `${k} ${v}`).join(', ')} disagreements; totals ${t.agreement.totalMismatches}, consequences ${t.agreement.consequenceMismatches}, evaluation errors ${t.agreement.evaluationErrors}. Grades ${JSON.stringify(t.agreement.distribution.grades)}, vetoed ${n(t.agreement.distribution.vetoed)}.`, '',
            '| implementation | subjects | evaluations/s | vs hand-written exact |', '|---|---:|---:|---:|');
        for (const x of Object.values(m)) out.push(`| ${x.name} | ${n(x.subjects)} | ${n(x.perSecond)} | ${r(m.handExact.perSecond / x.perSecond)} |`);
        out.push('', `- Zeren fast path / hand-written exact: **${r(t.ratios.zerenVsHandExact)}** (target ≤ 3×) ${mark(t.ratios.zerenVsHandExact <= 3)}`,
            ...(t.ratios.closuresVsHandExact ? [`- closure tier alone (hosts that forbid generated functions) / hand-written exact: ${r(t.ratios.closuresVsHandExact)}`] : []),
            `- json-rules-engine / Zeren: **${r(t.ratios.jreVsZeren)}** slower (target ≥ 100×) ${mark(t.ratios.jreVsZeren >= 100)}`,
            `- decimal.js / hand-written exact: ${r(t.ratios.decimalVsHandExact)}; Zeren is ${r(t.ratios.zerenVsDecimal)} faster than decimal.js`,
            `- explanation trace: evaluate() with trace is ${r(t.ratios.explainVsFastPath)} the fast path and ${r(t.ratios.explainVsOutcome)} evaluate() without trace (full outcome: ${r(t.ratios.outcomeVsFastPath)} the fast path)`,
            `- preparing the frame per subject (frameFor) costs ${r(t.ratios.frameCostVsFastPath)} the fast path`, '');
    }
    const u = b.userPath;
    if (u) {
        const m = u.measurements;
        out.push(`## User-facing path — fact objects as read from JSON → full outcome (no trace), ${n(u.subjects)} teams`, '',
            `Zeren and the hand-written version produce identical outcome objects on every subject (${u.disagreements} differences) before anything is timed.`, '',
            '| implementation | subjects | outcomes/s | vs hand-written |', '|---|---:|---:|---:|');
        for (const x of Object.values(m)) out.push(`| ${x.name} | ${n(x.subjects)} | ${n(x.perSecond)} | ${r((x === m.rowJson ? m.handJson : m.hand).perSecond / x.perSecond)} |`);
        out.push('', `- Zeren batch row path / hand-written full outcome: **${r(u.ratios.rowVsHand)}** (target ≤ 5×) ${mark(u.ratios.rowVsHand <= 5)}; ${n(m.row.perSecond)} full outcomes/s (target ≥ 500,000) ${mark(m.row.perSecond >= 500_000)}`,
            ...(u.ratios.rowJsonVsHandJson ? [`- written as JSON (each outcome serialized, as \`-o results.jsonl\` does): Zeren ${n(m.rowJson.perSecond)}/s, ${r(u.ratios.rowJsonVsHandJson)} the hand-written outcome serialized (${n(m.handJson.perSecond)}/s)`] : []),
            `- the hand-written builder itself makes ${n(m.hand.perSecond)} outcomes/s${m.hand.perSecond < 500_000 ? ': this outcome (nested score breakdown, clauses, consequences, per-rule statuses) built as plain objects stays under 500,000/s even by hand' : ''}`,
            `- both run as bundled JavaScript (esbuild, as the installed library lib/index.mjs), not through tsx`,
            `- the single-run path (typeFacts + evaluate) / hand-written: ${r(u.ratios.typedVsHand)}`,
            `- json-rules-engine (grade and veto only, no breakdown) is ${r(u.ratios.jreVsRow)} slower than Zeren's full outcome`, '');
    }
    const bt = b.batch;
    if (bt) {
        const row = (name: string, x: BatchResult['zeren']) => `| ${name} | ${n(x.rows)} | ${ms(x.wallMs)} | ${n(x.rows / (x.wallMs / 1000))} | ${x.peakRssMiB.toFixed(0)} MiB | ${x.exitCode} | ${n(x.outputRows)} |`;
        out.push(`## Batch — teams CSV → results CSV, whole process (input ${bt.inputMiB.toFixed(1)} MiB per 100,000 rows)`, '',
            '| run | rows | wall | rows/s | peak RSS | exit | rows written |', '|---|---:|---:|---:|---:|---:|---:|',
            row('`zeren run --facts teams.csv -o results.csv`', bt.zeren), row('bare CSV read + write (bench/lib/bare-csv.mjs)', bt.bare),
            ...(bt.million ? [row('`zeren run`, 1,000,000 rows', bt.million)] : []), '',
            `- 100,000 rows: ${ms(bt.zeren.wallMs)} (target ≤ 3 s) ${mark(bt.zeren.wallMs <= 3000)}, peak RSS ${bt.zeren.peakRssMiB.toFixed(0)} MiB (target ≤ 500 MB) ${mark(bt.zeren.peakRssMiB <= 500)}; ${r(bt.ratioToBare)} the bare CSV pass`,
            ...(bt.million ? [`- 1,000,000 rows: ${bt.million.exitCode === 0 && bt.million.outputRows === 1_000_000 ? 'complete' : 'INCOMPLETE'}, peak RSS ${bt.million.peakRssMiB.toFixed(0)} MiB ${mark(bt.million.exitCode === 0 && bt.million.outputRows === 1_000_000 && bt.million.peakRssMiB <= 500)}`] : ['- 1,000,000 rows: not run (--quick or --skip million)']), '');
    }
    if (b.cli) {
        out.push('## CLI wall time', '', '| command | median | min | max | exit |', '|---|---:|---:|---:|---:|');
        for (const c of b.cli) out.push(`| \`${c.command}\` | ${ms(c.medianMs)} | ${ms(c.minMs)} | ${ms(c.maxMs)} | ${c.exitCode} |`);
        out.push('');
    }
    if (b.parse) {
        const p = b.parse;
        out.push(`## Generated ${n(p.lines)}-line rule file, in process (median of ${p.runs})`, '',
            `- bare Langium parse: ${ms(p.parseMs)}`, `- parse + link (no validation): ${ms(p.parseLinkMs)} = ${r(p.parseLinkMs / p.parseMs)} the parse`,
            `- parse + link + validation: ${ms(p.parseLinkValidateMs)} = ${r(p.parseLinkValidateMs / p.parseMs)} the parse`, `- lowering to IR: ${ms(p.lowerMs)}`, '');
    }
    out.push('## Language server', '');
    if (b.lsp) {
        const l = b.lsp;
        out.push(`Server \`${l.server}\` over stdio.`, '', `- cold start to first diagnostics for all ${l.corpusFiles} example files: ${ms(l.coldStartMs)}`,
            `- keystroke → publishDiagnostics in \`${l.corpus.file}\`, corpus open, ${l.corpus.edits} edits: p50 ${ms(l.corpus.p50Ms)}, p95 ${ms(l.corpus.p95Ms)}, max ${ms(l.corpus.maxMs)} (target p95 ≤ 50 ms) ${mark(l.corpus.p95Ms <= 50)}`,
            ...(l.rules ? [`- keystroke → publishDiagnostics in \`${l.rules.file}\` (its scenario files revalidate), ${l.rules.edits} edits: p50 ${ms(l.rules.p50Ms)}, p95 ${ms(l.rules.p95Ms)}, max ${ms(l.rules.maxMs)} ${mark(l.rules.p95Ms <= 50)}`] : []),
            `- server RSS after the corpus is open: ${(l.rssAfterCorpusBytes / 2 ** 20).toFixed(0)} MiB`);
        if (l.large) {
            const ratio = b.parse ? ` = ${r(l.large.p50Ms / b.parse.parseMs)} the bare parse (target ≤ 2×) ${mark(l.large.p50Ms <= 2 * b.parse.parseMs)}` : '';
            out.push(`- ${n(l.large.lines)}-line file: first diagnostics ${ms(l.large.openMs)}; ${l.large.edits} edits: p50 ${ms(l.large.p50Ms)}${ratio}, p95 ${ms(l.large.p95Ms)}, max ${ms(l.large.maxMs)}`);
        }
        if (l.largeAsEditor && b.parse) {
            const e = l.largeAsEditor;
            out.push(`- the same file with the requests VS Code sends after each change (semantic tokens, outline, folding, code lenses, inlay hints): diagnostics p50 ${ms(e.p50Ms)} = ${r(e.p50Ms / b.parse.parseMs)} the bare parse (target ≤ 2×) ${mark(e.p50Ms <= 2 * b.parse.parseMs)}, p95 ${ms(e.p95Ms)}; all requests answered p50 ${ms(e.answeredP50Ms ?? 0)} = ${r((e.answeredP50Ms ?? 0) / b.parse.parseMs)}`);
        }
        if (l.largeError) out.push(`- ${l.largeError}`);
    } else out.push(`Not measured: ${b.lspNotMeasured}`);
    out.push('', '## Extension', '');
    if (b.extension?.vsix) out.push(`- \`.vsix\` size: ${(b.extension.vsix.bytes / 2 ** 20).toFixed(2)} MiB (target ≤ 3 MB) ${mark(b.extension.vsix.bytes <= 3e6)}`);
    for (const x of b.extension?.notMeasured ?? []) out.push(`- not measured: ${x}`);
    return `${out.join('\n')}\n`;
}

function diffSummary(d: DiffBench): string[] {
    return [
        `## Semantic diff — the whole corpus (${d.files} files) against a revision with every generated change kind`, '',
        `- \`zeren diff --impact\` (load both sides, diff, run ${d.scenarios} scenarios on both, attribute ${d.changedScenarios} changed): **${ms(d.impactMs)}** (target ≤ 3 s) ${mark(d.impactMs <= 3000)}`,
        `- witness per change (${d.changes} changes: ${Object.entries(d.witnessStatuses).map(([k, v]) => `${k} ${v}`).join(', ')}): p95 **${ms(d.witnessP95Ms)}** (target ≤ 1 s) ${mark(d.witnessP95Ms <= 1000)}`,
    ];
}
