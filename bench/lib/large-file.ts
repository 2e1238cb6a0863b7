import * as fs from 'node:fs';
import { RULES_FILE } from './paths.js';

/**
 * A large valid rule file: the 文件 header of rules.zeren, then its body repeated with every
 * declared name suffixed (_1, _2, …) until the file has at least `lines` lines.
 */
export function generateLargeRuleFile(lines: number, source = fs.readFileSync(RULES_FILE, 'utf8')): string {
    const headerEnd = source.indexOf('\n}\n') + 3;
    const header = source.slice(0, headerEnd);
    const body = source.slice(headerEnd);
    const declared = [...body.matchAll(/^(?:序列|主体|得分|等次|排除|一票否决|后果)\s+([^\s〔{]+)/gm)].map(m => m[1]);
    const alternation = new RegExp([...new Set(declared)].sort((a, b) => b.length - a.length).join('|'), 'g');
    const bodyLines = body.split('\n').length - 1;
    const copies = Math.max(1, Math.ceil((lines - header.split('\n').length) / bodyLines));
    const parts = [header];
    for (let i = 1; i <= copies; i++) parts.push(body.replace(alternation, name => `${name}_${i}`));
    return parts.join('');
}

/** A line an edit can change without breaking the file: the first 注 note or scenario name. */
export function editableLine(text: string): number {
    return text.split('\n').findIndex(l => /^\s+(注|场景) "/.test(l));
}
