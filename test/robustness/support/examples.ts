import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXAMPLES = path.join(ROOT, 'examples');
export const KAOHE = path.join(EXAMPLES, 'city/kaohe-2015');

/** Every example .zeren file, sorted, with its directory (rule files and their scenarios live together). */
export function exampleFiles(): { file: string; dir: string; text: string; isRules: boolean }[] {
    return fs.readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
        .filter(f => f.endsWith('.zeren'))
        .sort()
        .map(f => {
            const file = path.join(EXAMPLES, f);
            const text = fs.readFileSync(file, 'utf8');
            return { file, dir: path.dirname(file), text, isRules: /^\s*文件\s/m.test(text) };
        });
}

/** Full runs behind ZEREN_FUZZ=full; CI sizes otherwise. */
export const FULL = process.env.ZEREN_FUZZ === 'full';
