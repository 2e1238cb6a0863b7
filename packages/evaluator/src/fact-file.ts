import type { Lang } from '@zeren/model';
import { render } from '@zeren/model';
import { readFactTree } from './fact-file/read.js';
import type { FactFileError } from './fact-file/types.js';
import type { ParsedFactFile } from './fact-file/validate.js';
import { factFileAt, isFactFileError } from './fact-file/validate.js';

/**
 * Fact files (JSON or YAML) for `zeren run` and the library API:
 *   { "subject": "领导班子", "facts": { "日常监督评价得分": 89.5, "成员": [{ "label": "张三", ... }] } }
 * Reading (fact-file/read.ts), validation against the subject (fact-file/validate.ts) and the
 * wording of errors (fact-file/wording.ts) are separate; each error names the file, line,
 * column and JSON path of the field at fault.
 */
export type { FactFileError } from './fact-file/types.js';
export { jsonPath } from './fact-file/types.js';
export type { FactSource, ParsedFactFile, SourcePosition } from './fact-file/validate.js';
export { factFileAt, isFactFileError, typeFacts } from './fact-file/validate.js';
export { readFactTree } from './fact-file/read.js';
export { zodWording } from './fact-file/wording.js';
export type { FactTree } from './fact-file/read.js';

/** One fact-file object (the whole file). */
export function parseFactFile(text: string, fileName: string): ParsedFactFile | FactFileError {
    const tree = readFactTree(text, fileName);
    return isFactFileError(tree) ? tree : factFileAt(tree, tree.data, []);
}

export function formatFactFileError(file: string, e: FactFileError & { file?: string }, lang: Lang): string {
    return `${e.file ?? file}:${e.line}:${e.column}: ${render(e.message, lang)}`;
}
