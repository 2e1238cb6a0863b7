// The floor for the batch bench: read a CSV and write one CSV row per record, nothing else.
// node bench/lib/bare-csv.mjs in.csv out.csv
import * as fs from 'node:fs';

const [input, output] = process.argv.slice(2);
const out = fs.openSync(output, 'w');
let buffer = '';
let rest = '';
let rows = 0;
for await (const chunk of fs.createReadStream(input, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const line of lines) {
        // Split into cells (quotes respected) and write them back: the work any CSV pass does.
        const cells = [];
        let cell = '', quoted = false;
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (quoted) { if (c === '"') { if (line[i + 1] === '"') { cell += '"'; i++; } else quoted = false; } else cell += c; }
            else if (c === '"') quoted = true;
            else if (c === ',') { cells.push(cell); cell = ''; }
            else cell += c;
        }
        cells.push(cell);
        buffer += `${cells.map(x => (/[",\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x)).join(',')}\r\n`;
        rows++;
        if (buffer.length > 1 << 16) { fs.writeSync(out, buffer); buffer = ''; }
    }
}
fs.writeSync(out, buffer);
fs.closeSync(out);
process.stdout.write(`${rows}\n`);
