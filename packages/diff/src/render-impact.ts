import type { Lang } from '@zeren/model';
import type { ChangeRef, ImpactResult, OutcomeDelta } from './diff-schema.js';
import { entityLabel } from './labels.js';
import { PRESENT } from './outcome-delta.js';
import { outcomeAspectLabel } from './outcome-labels.js';

/** "影响：3 个场景中有 2 个结果改变", then each changed scenario with its old → new values. */
export function renderImpact(impact: ImpactResult, lang: Lang): string[] {
    const zh = lang === 'zh';
    const lines = [zh
        ? `影响：${impact.total} 个场景中有 ${impact.changed.length} 个结果改变`
        : `Impact: ${impact.changed.length} of ${impact.total} scenarios change outcome`];
    for (const group of impact.byChange) {
        lines.push(zh
            ? `  ${changeName(group.change, lang)}：${group.scenarios.length} 个场景`
            : `  ${changeName(group.change, lang)}: ${group.scenarios.length} scenario${group.scenarios.length === 1 ? '' : 's'}`);
    }
    for (const s of impact.changed) {
        lines.push(`  ${s.file} › ${s.suite} › ${s.scenario}`);
        const causes = s.causes.map(c => changeName(c, lang)).join(zh ? '、' : ', ');
        if (causes) lines.push(`    ${zh ? (s.jointly ? '共同原因' : '原因') : s.jointly ? 'caused jointly by' : 'caused by'}${zh ? '：' : ': '}${causes}`);
        lines.push(...changeLines(s.changes, lang).map(l => `    ${l}`));
    }
    if (impact.broken.length) {
        lines.push(zh ? `  新版本中不再加载的场景：${impact.broken.length} 个` : `  Scenarios that no longer load on the new side: ${impact.broken.length}`);
        for (const s of impact.broken) lines.push(`    ${s.file} › ${s.suite} › ${s.scenario}${zh ? '：' : ': '}${s.reason}`);
    }
    if (impact.stale.length) {
        lines.push(zh ? `  不再成立的期望：${impact.stale.length} 条` : `  Expectations that no longer hold: ${impact.stale.length}`);
        for (const s of impact.stale) {
            lines.push(zh
                ? `    ${s.file}:${s.line} › ${s.scenario}：${s.rule} 期望 ${s.expected}，实际 ${s.actual}`
                : `    ${s.file}:${s.line} › ${s.scenario}: ${s.rule} expected ${s.expected}, got ${s.actual}`);
        }
    }
    for (const s of impact.skipped) {
        lines.push(zh ? `  跳过 ${s.file} › ${s.suite} › ${s.scenario}：${s.reason}` : `  skipped ${s.file} › ${s.suite} › ${s.scenario}: ${s.reason}`);
    }
    return lines;
}

/**
 * One line per field, old → new; a record that appears or goes (a period, a measure, a
 * restriction) is one line listing its fields: 期间 2016年上半年：（无） → 起 2016-01-01，次数 0…
 */
export function changeLines(changes: OutcomeDelta[], lang: Lang): string[] {
    const zh = lang === 'zh';
    const none = zh ? '（无）' : '(none)';
    const colon = zh ? '：' : ': ';
    const label = (d: OutcomeDelta) => (d.rule === '' && d.aspect === 'status' ? (zh ? '考核状态' : 'status') : outcomeAspectLabel(d.aspect, lang));
    const lines: string[] = [];
    for (let i = 0; i < changes.length; i++) {
        const d = changes[i];
        const what = [d.rule, label(d)].filter(Boolean).join(' ');
        if (d.aspect.endsWith(']') && (d.old === null || d.new === null)) {
            const fields: string[] = [];
            while (i + 1 < changes.length && changes[i + 1].rule === d.rule && changes[i + 1].aspect.startsWith(`${d.aspect}.`)) {
                const f = changes[++i];
                const v = d.old === null ? f.new : f.old;
                if (v) fields.push(`${outcomeAspectLabel(f.aspect.slice(d.aspect.length + 1), lang)} ${v}`);
            }
            const summary = fields.length ? fields.join(zh ? '，' : ', ') : (zh ? PRESENT : 'present');
            lines.push(`${what}${colon}${d.old === null ? none : summary} → ${d.new === null ? none : summary}`);
            continue;
        }
        const show = (v: string | null) => (v === PRESENT && !zh ? 'present' : v || none);
        lines.push(`${what}${colon}${show(d.old)} → ${show(d.new)}`);
    }
    return lines;
}

/** 期限 整改落实情况上报期限, 文件 X 的文件信息 / header of X. */
export function changeName(c: ChangeRef, lang: Lang): string {
    if (c.kind === 'metadata') return lang === 'zh' ? `文件 ${c.document} 的文件信息` : `header of ${c.document}`;
    if (c.kind === 'document') return `${lang === 'zh' ? '文件' : 'document'} ${c.document}`;
    return `${entityLabel(c.kind, lang)} ${c.name}`;
}
