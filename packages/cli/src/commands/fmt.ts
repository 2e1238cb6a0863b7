import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@zeren/model';
import { formatText } from '@zeren/language';
import { CliError } from '../cli-error.js';
import { collectFiles } from '../workspace-loader.js';
import { writeAtomically } from '../write-output.js';

export interface FmtOptions {
    /** List the files that would change, exit 1 if any; write nothing. */
    check: boolean;
    /** Rewrite the files that change (atomically). */
    write: boolean;
}

/**
 * `zeren fmt`: the editor's formatter (the same formatText) over files and folders. Without
 * --check or --write, prints the formatted text of each file.
 */
export async function runFmt(paths: string[], lang: Lang, options: FmtOptions, out: (line: string) => void): Promise<number> {
    if (options.check && options.write) throw new CliError('cli-usage', 2, lang === 'zh' ? '--check 与 --write 只能选一个' : 'choose one of --check and --write');
    const changed: string[] = [];
    for (const file of collectFiles(paths)) {
        let text: string;
        try {
            text = fs.readFileSync(file, 'utf8');
        } catch (e) {
            throw new CliError('input-read', 2, file, (e as Error).message);
        }
        const formatted = formatText(text);
        const shown = path.relative(process.cwd(), file) || file;
        if (formatted !== text) changed.push(shown);
        if (options.write && formatted !== text) writeAtomically(file, formatted);
        if (!options.check && !options.write) process.stdout.write(formatted);
    }
    if (options.check) {
        for (const f of changed) out(f);
        if (changed.length) out(lang === 'zh' ? `${changed.length} 个文件需要格式化（zeren fmt --write）` : `${changed.length} files need formatting (zeren fmt --write)`);
        return changed.length ? 1 : 0;
    }
    if (options.write) out(lang === 'zh' ? `格式化了 ${changed.length} 个文件` : `formatted ${changed.length} files`);
    return 0;
}
