import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '@zeren/model';
import { CliError } from '../cli-error.js';
import { collectFiles } from '../workspace-loader.js';
import type { TestOptions } from './test.js';
import { runTests } from './test.js';

/**
 * `zeren test --watch`: runs the scenarios, then again on every save. A saved scenario file
 * re-runs only its own scenarios; a saved rule file re-runs everything given (its scenarios may
 * be anywhere). Stops on Ctrl-C.
 */
export async function watchTests(paths: string[], lang: Lang, options: TestOptions, out: (line: string) => void): Promise<number> {
    const run = async (targets: string[]) => {
        try {
            await runTests(targets, lang, options, out);
        } catch (e) {
            // An invalid file while editing is reported and the watch goes on.
            if (e instanceof CliError) out(e.message === 'cli-usage' ? String(e.msg.args[0] ?? '') : e.message);
            else throw e;
        }
        out(lang === 'zh' ? '—— 等待保存（Ctrl-C 退出）' : '— waiting for changes (Ctrl-C to stop)');
    };
    const roots = [...new Set(collectFiles(paths).map(f => path.dirname(f)))];
    let timer: NodeJS.Timeout | undefined;
    const changed = new Set<string>();
    const watchers = roots.map(dir => fs.watch(dir, (_event, name) => {
        if (!name || !String(name).endsWith('.zeren')) return;
        changed.add(path.join(dir, String(name)));
        clearTimeout(timer);
        timer = setTimeout(() => {
            const files = [...changed].filter(f => fs.existsSync(f));
            changed.clear();
            const onlyScenarios = files.length > 0 && files.every(f => !/^\s*文件\s/m.test(fs.readFileSync(f, 'utf8')));
            out(`\n${files.map(f => path.relative(process.cwd(), f)).join(', ')}`);
            void run(onlyScenarios ? files : paths);
        }, 150);
    }));
    // Watch first, then run: a save right after "waiting for changes" is never missed.
    await run(paths);
    return new Promise(resolve => {
        process.once('SIGINT', () => {
            for (const w of watchers) w.close();
            resolve(0);
        });
    });
}
