import type { Lang } from '@zeren/model';
import type { Witness } from './diff-schema.js';
import { changeLines, changeName } from './render-impact.js';

/** Each change with its evidence; a witness as a 场景 ready to paste into a scenario file. */
export function renderWitnesses(witnesses: Witness[], lang: Lang): string[] {
    const zh = lang === 'zh';
    const lines = [zh ? '见证：' : 'Witnesses:'];
    for (const w of witnesses) {
        const name = changeName(w.change, lang);
        if (w.status === 'equivalent') { lines.push(`  ${name}${zh ? '：所有输入上等价 — ' : ': equivalent on all inputs — '}${w.reason}`); continue; }
        if (w.status === 'undecided') { lines.push(`  ${name}${zh ? '：无法判定 — ' : ': undecided — '}${w.reason}`); continue; }
        lines.push(`  ${name}${zh ? '：结果不同的主体（已在两个版本上计算验证）' : ': a subject whose outcome differs (verified on both sides)'}`);
        lines.push(...scenarioText(w).map(l => `    ${l}`));
        lines.push(...changeLines(w.differences ?? [], lang).map(l => `      ${l}`));
    }
    return lines;
}

export function scenarioText(w: Witness): string[] {
    const facts = (w.facts ?? []).map(([n, v]) => `${n} = ${v}`).join('; ');
    return [
        `场景 "见证：${w.change.name}" 对 ${w.subject} 年度 ${w.year} 截至 ${w.year}-12-31 {`,
        `    事实 { ${facts} }`,
        '}',
    ];
}
