import type { Cite, ComponentView, OutcomeView, ScenarioRun } from './protocol.js';

/**
 * The HTML of the explanation view (no `vscode` import, so it is tested on its own): per
 * scenario the score breakdown as a table with a bar per component, vetoes with their articles
 * and exceptions, deadlines with the steps that computed their due date, then the evaluator's
 * full explanation text. Everything shown comes from the evaluator's outcome; nothing is
 * recomputed here.
 */
export function explanationHtml(runs: ScenarioRun[], lang: 'zh' | 'en', cspSource = ''): string {
    const zh = lang === 'zh';
    const body = runs.map(r => scenarioSection(r, zh)).join('\n');
    return `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline';">
<title>${zh ? '场景解释' : 'Scenario explanation'}</title>
<style>${STYLE}</style></head>
<body>${body || `<p>${zh ? '没有场景' : 'No scenarios'}</p>`}</body></html>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 24px; }
h1 { font-size: 1.3em; border-bottom: 1px solid var(--vscode-panel-border, #8884); padding-bottom: 4px; }
h2 { font-size: 1.1em; margin-top: 1.4em; }
.pass { color: var(--vscode-testing-iconPassed, #3a3); } .fail { color: var(--vscode-testing-iconFailed, #d33); }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 3px 8px; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { background: var(--vscode-editorWidget-background, #8882); width: 160px; height: 12px; }
.bar > div { background: var(--vscode-charts-blue, #3794ff); height: 12px; }
.cite { color: var(--vscode-textLink-foreground, #3794ff); }
ol.steps { margin: 4px 0 4px 1.2em; padding: 0; }
pre { white-space: pre-wrap; background: var(--vscode-textCodeBlock-background, #8881); padding: 8px; }
`;

function scenarioSection(r: ScenarioRun, zh: boolean): string {
    const o = r.outcome;
    const mark = r.passed ? `<span class="pass">✓ ${zh ? '通过' : 'passed'}</span>` : `<span class="fail">✗ ${zh ? '未通过' : 'failed'}</span>`;
    const parts = [`<section class="scenario"><h1>${esc(r.suite)} / ${esc(r.scenario)} — ${mark}</h1>`];
    if (o?.subject) parts.push(`<p>${zh ? '主体' : 'Subject'}: ${esc(o.subject)}${o.document ? ` · ${zh ? '文件' : 'document'}: ${esc(o.document)}` : ''}</p>`);
    if (r.error) parts.push(`<p class="fail">${esc(r.error)}</p>`);
    if (o) parts.push(scores(o, zh), grades(o, zh), vetoes(o, zh), deadlines(o, zh), consequences(o, zh), errors(o, zh));
    if (!r.passed && r.failures.length) {
        parts.push(`<h2>${zh ? '未满足的期望' : 'Unmet expectations'}</h2><ul>${r.failures.map(f => `<li>${esc(zh ? f.zh : f.en)}</li>`).join('')}</ul>`);
    }
    parts.push(`<details><summary>${zh ? '完整解释' : 'Full explanation'}</summary><pre>${esc(r.explanation)}</pre></details></section>`);
    return parts.filter(Boolean).join('\n');
}

function scores(o: OutcomeView, zh: boolean): string {
    return (o.scores ?? []).map(s => {
        const rows = flatten(s.components, 0).map(({ c, depth }) => `<tr><td style="padding-left:${8 + depth * 16}px">${esc(c.name)}</td>`
            + `<td class="num">${esc(c.weight)}</td><td class="num">${esc(c.effectiveWeight)}</td><td class="num">${esc(c.score)}</td>`
            + `<td class="num">${esc(c.contribution)}</td><td>${bar(c.score)}</td></tr>`).join('');
        const bonuses = (s.bonuses ?? []).map(b => `<tr><td>${esc(b.group)}：${esc(b.item)} × ${esc(b.count)}</td><td colspan="3"></td><td class="num">+${esc(b.points)}</td><td></td></tr>`).join('');
        const head = zh ? ['组成', '权重', '实际权重', '得分', '计入', ''] : ['Component', 'Weight', 'Effective', 'Score', 'Contributes', ''];
        const total = `<tr><th colspan="4">${zh ? '合计' : 'Total'}</th><td class="num"><b>${esc(s.total ?? '—')}</b></td><td>${bar(s.total ?? '0')}</td></tr>`;
        return `<h2>${esc(s.rule)} ${cite(s.cite)}</h2><table class="score"><tr>${head.map(h => `<th>${h}</th>`).join('')}</tr>${rows}${bonuses}${total}</table>`;
    }).join('\n');
}

function flatten(components: ComponentView[], depth: number): { c: ComponentView; depth: number }[] {
    return components.flatMap(c => [{ c, depth }, ...flatten(c.children ?? [], depth + 1)]);
}

/** A 0–100 score as a bar (its width only draws the exact figure shown beside it). */
function bar(score: string): string {
    const n = Math.max(0, Math.min(100, Number.parseFloat(score)));
    return `<div class="bar" title="${esc(score)}"><div style="width:${Number.isFinite(n) ? n : 0}%"></div></div>`;
}

function grades(o: OutcomeView, zh: boolean): string {
    const list = o.grades ?? [];
    if (!list.length) return '';
    return `<h2>${zh ? '等次' : 'Grades'}</h2><ul>${list.map(g => `<li>${esc(g.rule)} ${cite(g.cite)}: <b>${esc(g.grade ?? (zh ? '不评定' : 'not graded'))}</b></li>`).join('')}</ul>`;
}

function vetoes(o: OutcomeView, zh: boolean): string {
    const list = o.vetoes ?? [];
    if (!list.length) return '';
    const items = list.map(v => {
        const clauses = v.clauses.map(c => `<li>${esc(c.label)} ${cite(c.cite)}${c.members.length ? `：${esc(c.members.join('、'))}` : ''}</li>`).join('');
        const exceptions = v.exceptions.map(e => `<li>${zh ? '例外' : 'Exception'} ${esc(e.name)} ${cite(e.cite)}${e.clauses.length ? ` (${esc(e.clauses.join('、'))})` : ''}${e.members.length ? `：${esc(e.members.join('、'))}` : ''}</li>`).join('');
        const verdict = v.vetoed ? `<span class="fail">${zh ? '一票否决' : 'vetoed'}</span>` : `<span class="pass">${zh ? '未否决' : 'not vetoed'}</span>`;
        return `<li>${esc(v.rule)} ${cite(v.cite)}: ${verdict}${clauses || exceptions ? `<ul>${clauses}${exceptions}</ul>` : ''}</li>`;
    }).join('');
    return `<h2>${zh ? '一票否决' : 'Vetoes'}</h2><ul class="vetoes">${items}</ul>`;
}

function deadlines(o: OutcomeView, zh: boolean): string {
    const list = o.deadlines ?? [];
    if (!list.length) return '';
    const rows = list.map(d => `<tr><td>${esc(d.rule)} ${cite(d.cite)}</td><td>${esc(d.due ?? '—')}</td><td>${esc(d.done ?? '—')}</td><td>${esc(d.status)}${d.daysLate ? ` (+${d.daysLate})` : ''}</td>`
        + `<td><ol class="steps">${d.steps.map(s => `<li>${esc(zh ? s.zh : s.en)}</li>`).join('')}</ol></td></tr>`).join('');
    const head = zh ? ['期限', '届满', '完成', '状态', '计算步骤'] : ['Deadline', 'Due', 'Done', 'Status', 'Steps'];
    return `<h2>${zh ? '期限' : 'Deadlines'}</h2><table class="deadlines"><tr>${head.map(h => `<th>${h}</th>`).join('')}</tr>${rows}</table>`;
}

function consequences(o: OutcomeView, zh: boolean): string {
    const list = (o.consequences ?? []).filter(c => c.applies);
    if (!list.length) return '';
    return `<h2>${zh ? '后果' : 'Consequences'}</h2><ul>${list.map(c => `<li>${esc(c.rule)} ${cite(c.cite)}: ${esc(c.actions.map(a => [a.actor, a.measure, a.duration].filter(Boolean).join(' ')).join('；'))}</li>`).join('')}</ul>`;
}

function errors(o: OutcomeView, zh: boolean): string {
    const list = o.errors ?? [];
    if (!list.length) return '';
    return `<h2>${zh ? '错误' : 'Errors'}</h2><ul>${list.map(e => `<li class="fail">${esc(zh ? e.zh : e.en)} ${cite(e.cite)}</li>`).join('')}</ul>`;
}

function cite(c: Cite | undefined): string {
    return c ? `<span class="cite" title="${esc(c.document)}">〔${esc(c.text)}〕</span>` : '';
}

function esc(s: string): string {
    return s.replace(/[&<>"']/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
