import type { Lang, Outcome } from '@zeren/model';
import { formatAccountability } from './format-accountability.js';

/** A person-readable rendering of an outcome (CLI `run`, the editor's explanation view). */
export function formatOutcome(o: Outcome, lang: Lang): string {
    const zh = lang === 'zh';
    const lines: string[] = [];
    const c = (cite?: { text: string }) => (cite ? `〔${cite.text}〕` : '');
    const undetermined = zh ? '未能判定' : 'undetermined';
    lines.push(zh ? `${o.document} · ${o.subject}` : `${o.document} · ${o.subject}`);
    if (o.status === 'not-assessed') lines.push(zh ? '  不参加考核' : '  not assessed');
    for (const s of o.scores) {
        if (s.total === null) continue;
        lines.push(`  ${c(s.cite)}${s.rule}: ${s.total}${s.bonus && s.bonus !== '0' ? (zh ? `（含加分 ${s.bonus}）` : ` (incl. bonus ${s.bonus})`) : ''}`);
        const walk = (items: typeof s.components, depth: number) => {
            for (const p of items) {
                lines.push(`${'  '.repeat(depth + 2)}${p.name} ${p.score} × ${p.effectiveWeight} = ${p.contribution}`);
                walk(p.children, depth + 1);
            }
        };
        walk(s.components, 0);
    }
    for (const g of o.grades) {
        const text = g.status === 'graded' ? g.grade ?? '—' : g.status === 'not-graded' ? (zh ? '不确定等次' : 'not graded') : g.status === 'undetermined' ? undetermined : (zh ? '不参加考核' : 'not assessed');
        lines.push(`  ${c(g.cite)}${g.rule}: ${text}`);
    }
    for (const v of o.vetoes) {
        const clauses = v.clauses.map(x => `${x.cite.text}${x.members.length ? `（${x.members.join('、')}）` : ''}`).join('；');
        lines.push(`  ${c(v.cite)}${v.rule}: ${v.vetoed ? (zh ? `否决 — ${clauses}` : `vetoed — ${clauses}`) : v.undetermined ? undetermined : (zh ? '不否决' : 'not vetoed')}`);
        for (const e of v.exceptions) lines.push(`    ${zh ? '例外' : 'exception'} ${c(e.cite)}${e.name} → ${e.clauses.join('')}`);
    }
    for (const x of o.exclusions.filter(e => e.applies)) lines.push(`  ${c(x.cite)}${x.rule}`);
    for (const r of o.requirements) lines.push(`  ${c(r.cite)}${r.rule}: ${r.undetermined ? undetermined : r.complied ? (zh ? '符合' : 'complied with') : (zh ? '违反' : 'violated')}`);
    for (const d of o.deadlines) lines.push(`  ${c(d.cite)}${d.rule}: ${d.due ? `${zh ? '期限' : 'due'} ${d.due}${d.done ? ` / ${d.done}` : ''} ` : ''}→ ${zh ? { 'on-time': '按时', late: '逾期', open: '未到期', overdue: '逾期未完成', 'not-started': '未开始', 'not-applicable': '不适用' }[d.status] : d.status}${d.undated ? (zh ? '（未判定）' : ' (not judged)') : ''}`);
    for (const q of o.frequencies) lines.push(`  ${c(q.cite)}${q.rule}: ${q.periods.map(p => `${p.label} ${p.count}`).join('，')}${q.periods.length ? ' ' : ''}→ ${zh ? { met: '达到要求', unmet: '未达到要求', undetermined: '尚无法判定', 'not-applicable': '不适用' }[q.status] : q.status}`);
    for (const q of o.consequences.filter(e => e.applies)) {
        for (const a of q.actions) lines.push(`  ${c(q.cite)}${a.measure}${a.actor ? (zh ? `（由${a.actor}）` : ` (by ${a.actor})`) : ''}${a.duration ? (zh ? `，期限 ${a.duration}` : `, for ${a.duration}`) : ''}`);
    }
    lines.push(...formatAccountability(o, lang));
    for (const e of o.errors) lines.push(`  ${zh ? '错误' : 'error'} [${e.code}] ${zh ? e.zh : e.en}`);
    // Rules left undetermined or open, each with what is missing (partial evaluation).
    const pending = (o.rules ?? []).filter(r => r.status === 'undetermined' || r.status === 'open');
    if (pending.length) lines.push(zh ? `  未能判定（${pending.length}）：` : `  Undetermined (${pending.length}):`);
    for (const r of pending) for (const m of r.reasons ?? []) lines.push(`    ${zh ? m.zh : m.en}`);
    if (o.trace?.length) {
        lines.push(zh ? '  说明：' : '  Explanation:');
        for (const t of o.trace) lines.push(`    ${c(t.cite)} ${zh ? t.zh : t.en}`);
    }
    return lines.join('\n');
}
