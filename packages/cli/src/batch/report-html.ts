import type { Program, RowResult } from '@zeren/evaluator';
import { formatOutcome } from '@zeren/evaluator';
import type { Lang } from '@zeren/model';
import { parseDecimal, Rational, render } from '@zeren/model';
import { barChartSvg } from './report-charts.js';
import { gradeText, rowStatusText, rowUndecided, yesNo } from './result-words.js';

/**
 * The batch report: one self-contained HTML page to file or mail — counts per grade and vetoes,
 * a grade-distribution chart and a score histogram (SVG rendered when written), a table of every
 * subject (sortable by a small inline script; readable without it) and each subject's
 * explanation with the articles it applies. No network, no external file.
 */
export function renderReport(rows: RowResult[], program: Program, subjects: string[], lang: Lang): string {
    const zh = lang === 'zh';
    const t = (a: string, b: string) => (zh ? a : b);
    const rules = program.document.rules.filter(r => subjects.includes(r.subject.name));
    const score = rules.find(r => r.kind === 'score');
    const grade = rules.find(r => r.kind === 'grade');
    const vetoes = rules.filter(r => r.kind === 'veto');
    const bands = grade?.kind === 'grade' ? grade.bands.map(b => b.name) : [];
    const gradeOf = (r: RowResult) => r.outcome?.grades.find(g => g.rule === grade?.name);
    const gradeWord = (r: RowResult) => gradeText(gradeOf(r), lang);
    const totalOf = (r: RowResult) => r.outcome?.scores.find(s => s.rule === score?.name)?.total ?? null;
    const vetoedBy = (r: RowResult) => r.outcome?.vetoes.filter(v => v.vetoed).map(v => v.rule) ?? [];

    const gradeCounts = new Map<string, number>(bands.map(b => [b, 0]));
    for (const r of rows) {
        const g = gradeWord(r);
        if (g) gradeCounts.set(g, (gradeCounts.get(g) ?? 0) + 1);
    }
    const bins = histogram(rows.map(totalOf));
    const evaluated = rows.filter(r => r.outcome).length;
    const withErrors = rows.filter(r => r.errors.length).length;

    const counts = [
        [t('主体', 'Subjects'), rows.length],
        [t('已评估', 'Evaluated'), evaluated],
        [t('有错误', 'With errors'), withErrors],
        [t('部分未能判定', 'Partly undetermined'), rows.filter(r => !r.errors.length && rowUndecided(r)).length],
        ...[...gradeCounts].map(([g, n]) => [`${grade?.name ?? ''}：${g}`, n]),
        ...vetoes.map(v => [`${v.name}：${t('否决', 'vetoed')}`, rows.filter(r => vetoedBy(r).includes(v.name)).length]),
    ] as [string, number][];

    const charts = [
        grade ? barChartSvg(t(`等次分布（${grade.name}）`, `Grades (${grade.name})`), [...gradeCounts.keys()], [...gradeCounts.values()], '#3b6ea5') : '',
        score ? barChartSvg(t(`得分分布（${score.name}）`, `Scores (${score.name})`), bins.labels, bins.counts, '#c0504d') : '',
    ].filter(Boolean);

    const head = [t('名称', 'Name'), t('主体', 'Subject'), t('得分', 'Score'), t('等次', 'Grade'), t('否决', 'Vetoed'), t('状态', 'Status')];
    const tableRows = rows.map((r, i) => {
        const total = totalOf(r);
        const cells = [
            `<td><a href="#s${i + 1}">${esc(r.key)}</a></td>`,
            `<td>${esc(r.subject ?? '')}</td>`,
            `<td data-sort="${total === null ? '' : esc(sortKey(total))}">${esc(total ?? '')}</td>`,
            `<td data-sort="${bands.indexOf(gradeWord(r)) >= 0 ? bands.indexOf(gradeWord(r)) : 99}">${esc(gradeWord(r))}</td>`,
            `<td>${esc(vetoedBy(r).length ? yesNo(true, false, lang) : yesNo(r.outcome ? false : undefined, r.outcome?.vetoes.some(v => v.undetermined), lang))}</td>`,
            `<td>${esc(rowStatusText(r, lang))}</td>`,
        ];
        return `<tr>${cells.join('')}</tr>`;
    });
    const details = rows.map((r, i) => {
        const errors = r.errors.map(e => `<li>${esc(`${e.file}:${e.line}:${e.column}: ${render(e.message, lang)}`)}</li>`).join('');
        const body = r.outcome ? `<pre>${esc(formatOutcome(r.outcome, lang))}</pre>` : '';
        return `<section id="s${i + 1}"><h3>${esc(r.key)} <small>${esc(`${r.file}:${r.line}`)}</small></h3>${errors ? `<ul class="errors">${errors}</ul>` : ''}${body}</section>`;
    });
    return `<!DOCTYPE html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${program.document.name} · ${t('评估报告', 'assessment report')}`)}</title>
<style>
body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 1100px; padding: 0 1em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
.counts { display: flex; flex-wrap: wrap; gap: .6em; padding: 0; list-style: none; }
.counts li { border: 1px solid #ccd; border-radius: 4px; padding: .4em .8em; background: #f6f8fb; }
.counts b { font-size: 1.3em; margin-left: .3em; }
.charts { display: flex; flex-wrap: wrap; gap: 1em; } figure { margin: 0; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ddd; padding: .3em .6em; text-align: left; }
th { background: #eef2f7; cursor: pointer; user-select: none; } tr:nth-child(even) td { background: #fafafa; }
pre { background: #f7f7f7; padding: .8em; overflow-x: auto; white-space: pre-wrap; } .errors { color: #a00; }
small { color: #777; font-weight: normal; }
</style>
</head>
<body>
<h1>${esc(program.document.name)} · ${t('评估报告', 'Assessment report')}</h1>
<h2>${t('统计', 'Counts')}</h2>
<ul class="counts">${counts.map(([k, n]) => `<li>${esc(k)}<b>${n}</b></li>`).join('')}</ul>
<h2>${t('图表', 'Charts')}</h2>
<div class="charts">${charts.map(svg => `<figure>${svg}</figure>`).join('')}</div>
<h2>${t('各主体结果', 'Results')}</h2>
<table id="results"><thead><tr>${head.map(h => `<th>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${tableRows.join('\n')}
</tbody></table>
<h2>${t('说明（所依据的条款）', 'Explanations (with the articles applied)')}</h2>
${details.join('\n')}
<script>
// Sorting by a column header; the table reads the same without it.
document.querySelectorAll('#results th').forEach(function (th, col) {
  th.addEventListener('click', function () {
    var body = th.closest('table').tBodies[0];
    var asc = th.dataset.dir !== 'asc';
    th.dataset.dir = asc ? 'asc' : 'desc';
    var key = function (tr) { var c = tr.cells[col]; return c.dataset.sort !== undefined ? c.dataset.sort : c.textContent; };
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) { var x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1); });
    rows.forEach(function (tr) { body.appendChild(tr); });
  });
});
</script>
</body>
</html>
`;
}

/** Counts of totals in bins of 5 points (…, 85–90, 90–95, 95–100), exactly from the totals' text. */
function histogram(totals: (string | null)[]): { labels: string[]; counts: number[] } {
    const values = totals.flatMap(t => {
        const exact = t === null ? undefined : t.includes('/') ? new Rational(t.split(' ≈ ')[0]) : parseDecimal(t);
        return exact ? [exact] : [];
    });
    if (values.length === 0) return { labels: [], counts: [] };
    const bin = (v: Rational) => Math.min(19, Math.max(0, Number(v.div(5).floor().valueOf())));
    const bins = values.map(bin);
    const lo = bins.reduce((a, b) => (b < a ? b : a));
    const hi = bins.reduce((a, b) => (b > a ? b : a));
    const labels: string[] = [];
    const counts: number[] = [];
    for (let b = lo; b <= hi; b++) {
        labels.push(`${b * 5}–${b * 5 + 5}`);
        counts.push(bins.filter(x => x === b).length);
    }
    return { labels, counts };
}

/** Sorts numerically as text: a fixed-width, zero-padded form of a total. */
function sortKey(total: string): string {
    const n = Number(total.split(' ≈ ').pop());
    return Number.isFinite(n) ? (n + 1e6).toFixed(6).padStart(16, '0') : total;
}

function esc(s: string): string {
    return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
