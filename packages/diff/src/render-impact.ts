import type { Lang } from '@zeren/model';
import type { ImpactResult, OutcomeDelta } from './diff-schema.js';

// Totals, grades and veto results are named by their rule alone: 领导班子等次：好 → 较好.
const ASPECT: Record<OutcomeDelta['aspect'], readonly [string, string]> = {
    status: ['考核状态', 'status'], total: ['', ''], grade: ['', ''], vetoed: ['', ''],
    clauses: ['条款', 'clauses'], exceptions: ['例外', 'exceptions'], applies: ['适用', 'applies'], complied: ['', ''], deadline: ['', ''], frequency: ['', ''], errors: ['错误', 'errors'],
};

/** "影响：3 个场景中有 2 个结果改变", then each changed scenario with its old → new values. */
export function renderImpact(impact: ImpactResult, lang: Lang): string[] {
    const zh = lang === 'zh';
    const lines = [zh
        ? `影响：${impact.total} 个场景中有 ${impact.changed.length} 个结果改变`
        : `Impact: ${impact.changed.length} of ${impact.total} scenarios change outcome`];
    for (const s of impact.changed) {
        lines.push(`  ${s.file} › ${s.suite} › ${s.scenario}`);
        for (const d of s.changes) {
            const what = [d.rule, (zh ? ASPECT[d.aspect][0] : ASPECT[d.aspect][1])].filter(Boolean).join(' ');
            const none = zh ? '（无）' : '(none)';
            lines.push(`    ${what}${zh ? '：' : ': '}${d.old || none} → ${d.new || none}`);
        }
    }
    for (const s of impact.skipped) {
        lines.push(zh ? `  跳过 ${s.file} › ${s.suite} › ${s.scenario}：${s.reason}` : `  skipped ${s.file} › ${s.suite} › ${s.scenario}: ${s.reason}`);
    }
    return lines;
}
