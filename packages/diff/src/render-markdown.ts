import type { Lang } from '@zeren/model';
import type { DiffResult } from './diff-schema.js';
import { renderDiff } from './render-diff.js';
import { changeLines, changeName } from './render-impact.js';
import { scenarioText } from './render-witness.js';

/**
 * The diff as a pull-request comment: the rule changes, an impact table grouped by rule
 * change, each changed scenario's old → new fields, witnesses as pasteable 场景, and the
 * expectations a reviewer must update.
 */
export function renderMarkdown(result: DiffResult, lang: Lang): string[] {
    const zh = lang === 'zh';
    const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
    const html = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    const out = [`## ${zh ? '规则变化' : 'Rule changes'}`, '', '```text', ...renderDiff(result, lang), '```'];
    const impact = result.impact;
    if (impact) {
        out.push('', `## ${zh ? '影响' : 'Impact'}`, '', zh
            ? `${impact.total} 个场景中有 ${impact.changed.length} 个结果改变。`
            : `${impact.changed.length} of ${impact.total} scenarios change outcome.`);
        if (impact.byChange.length) {
            out.push('', zh ? '| 规则变化 | 场景数 | 场景 |' : '| Rule change | Scenarios | Which |', '|---|---:|---|');
            for (const g of impact.byChange) out.push(`| ${cell(changeName(g.change, lang))} | ${g.scenarios.length} | ${cell(g.scenarios.map(s => s.split(' › ').pop()).join('；'))} |`);
        }
        for (const s of impact.changed) {
            out.push('', `<details><summary>${html(cell(s.scenario))}</summary>`, '', `${s.file} › ${s.suite}${s.causes.length ? ` — ${zh ? '原因' : 'cause'}: ${s.causes.map(c => changeName(c, lang)).join(zh ? '、' : ', ')}` : ''}`, '', '```text', ...changeLines(s.changes, lang), '```', '', '</details>');
        }
        if (impact.broken.length || impact.stale.length) {
            out.push('', `## ${zh ? '需要更新的场景' : 'Scenarios to update'}`, '');
            for (const b of impact.broken) out.push(`- ${zh ? '不再加载' : 'no longer loads'}: \`${b.file}\` › ${cell(b.scenario)} — ${cell(b.reason)}`);
            for (const s of impact.stale) {
                out.push(`- \`${s.file}:${s.line}\` ${cell(s.scenario)}: ${cell(s.rule)} ${zh ? '期望' : 'expected'} ${cell(s.expected)}, ${zh ? '实际' : 'got'} ${cell(s.actual)}${s.suggestion ? ` → \`${s.suggestion}\`` : ''}`);
            }
        }
    }
    if (result.witnesses?.length) {
        out.push('', `## ${zh ? '见证' : 'Witnesses'}`);
        for (const w of result.witnesses) {
            out.push('', `**${changeName(w.change, lang)}** — ${w.status === 'witness' ? (zh ? '结果不同的主体（已验证）' : 'a subject whose outcome differs (verified)') : w.status === 'equivalent' ? (zh ? '所有输入上等价' : 'equivalent on all inputs') : (zh ? '无法判定' : 'undecided')}`);
            if (w.status !== 'witness') { out.push('', w.reason); continue; }
            out.push('', '```zeren', ...scenarioText(w), '```', '', '```text', ...changeLines(w.differences ?? [], lang), '```');
        }
    }
    return out;
}
