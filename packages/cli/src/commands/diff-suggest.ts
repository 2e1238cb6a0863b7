import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@zeren/model';
import type { SourceFile, StaleExpectation } from '@zeren/diff';
import { applySuggestions, currentText } from '@zeren/diff';
import { CliError } from '../cli-error.js';
import { writeAtomically } from '../write-output.js';

/**
 * `zeren diff --suggest`: the new expected values of expectations that no longer hold, shown
 * as old → new per line; written to the scenario files only with --write (each file through a
 * temporary file and a rename, and only if it still reads as it did when the diff loaded it).
 * `base` is the folder the new side's paths are relative to; undefined when the new side is a
 * git revision, which cannot be written.
 */
export function suggest(stale: StaleExpectation[], files: SourceFile[], base: string | undefined, write: boolean, lang: Lang, out: (line: string) => void): void {
    const zh = lang === 'zh';
    const byFile = new Map<string, StaleExpectation[]>();
    for (const s of stale) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);
    out('');
    if (stale.length === 0) {
        out(zh ? '建议：没有需要更新的期望' : 'Suggestions: no expectation needs updating');
        return;
    }
    out(zh ? `建议（${write ? '已写入' : '未写入；加 --write 写入'}）：` : `Suggestions (${write ? 'written' : 'not written; add --write to write them'}):`);
    for (const [file, list] of byFile) {
        const text = files.find(f => f.path === file)?.text ?? '';
        for (const s of list) {
            const now = currentText(text, s) ?? s.rule;
            out(s.suggestion === undefined
                ? `  ${file}:${s.line}  ${now}  ${zh ? '（无法自动改写，请手工更新）' : '(cannot be rewritten automatically; update it by hand)'}`
                : `  ${file}:${s.line}  ${now} → ${s.suggestion}`);
        }
    }
    if (!write) return;
    if (base === undefined) throw new CliError('cli-usage', 2, zh ? '--write 只能写入工作区或磁盘上的文件，不能写入 git 修订' : '--write writes files on disk or in the work tree, not a git revision');
    for (const [file, list] of byFile) {
        const source = files.find(f => f.path === file);
        if (!source) continue;
        const abs = path.resolve(base, file);
        if (fs.readFileSync(abs, 'utf8') !== source.text) throw new CliError('cli-write', 2, abs, '文件在比较期间被修改，未写入', 'the file changed during the diff; nothing written');
        const next = applySuggestions(source.text, list);
        if (next !== source.text) writeAtomically(abs, next.endsWith('\n') ? next : `${next}\n`);
    }
}
