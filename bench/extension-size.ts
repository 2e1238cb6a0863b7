import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './lib/paths.js';

export interface ExtensionFigures { vsix?: { file: string; bytes: number }; notMeasured: string[] }

/** Size of the packaged .vsix if extension/ has produced one; activation needs a real VS Code. */
export function extensionFigures(): ExtensionFigures {
    const dir = path.join(ROOT, 'extension');
    const notMeasured: string[] = [];
    const vsix = fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.vsix')).sort() : [];
    const figures: ExtensionFigures = { notMeasured };
    if (vsix.length) {
        const file = path.join(dir, vsix[vsix.length - 1]);
        figures.vsix = { file: path.relative(ROOT, file), bytes: fs.statSync(file).size };
    } else {
        notMeasured.push('.vsix size: extension/ has produced no .vsix (run `npm run package -w extension`)');
    }
    notMeasured.push('activation time: needs the extension host of a real VS Code (code-server); not measured by this benchmark');
    return figures;
}
