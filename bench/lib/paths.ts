import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Paths from the repository root, whatever the working directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES = path.join(ROOT, 'examples');
export const RULES_FILE = path.join(EXAMPLES, 'city/kaohe-2015/rules.zeren');
export const CLI = path.join(ROOT, 'packages/cli/bin/zeren.js');
export const RESULTS = path.join(ROOT, 'bench/results');
