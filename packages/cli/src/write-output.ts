import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-error.js';
import { fileProblem } from './file-problem.js';

/** Writes via a temporary file and a rename, so a failure never leaves a half-written file. */
export function writeAtomically(file: string, content: string): void {
    const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
        fs.writeFileSync(tmp, content.endsWith('\n') ? content : `${content}\n`);
        fs.renameSync(tmp, file);
    } catch (e) {
        try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
        const problem = fileProblem(e);
        throw new CliError('cli-write', 2, file, problem.zh, problem.en);
    }
}
