import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './code-server-process.js';

// Another LSP client: Debian's Neovim (0.7, built-in client) attaches the Node server over stdio.
function ensureNeovim(): boolean {
    if (spawnSync('nvim', ['--version']).status === 0) return true;
    const install = spawnSync('apt-get', ['install', '-y', 'neovim'], { stdio: 'inherit' });
    return install.status === 0 && spawnSync('nvim', ['--version']).status === 0;
}

const available = ensureNeovim();
if (!available) console.log('SKIPPED: Neovim is not installed and `apt-get install -y neovim` failed; the Neovim LSP check did not run.');

it.skipIf(!available)('Neovim receives diagnostics for a bad rule file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zeren-nvim-'));
    try {
        cpSync(join(ROOT, 'examples/city/kaohe-2015/rules.zeren'), join(dir, 'bad.zeren'));
        const text = readFileSync(join(dir, 'bad.zeren'), 'utf8').replace('公众评价 〔第十四条〕 占 10%', '公众评价 〔第十四条〕 占 15%');
        writeFileSync(join(dir, 'bad.zeren'), text);
        writeFileSync(join(dir, 'init.lua'), `
vim.cmd('autocmd BufRead,BufNewFile *.zeren set filetype=zeren')
vim.api.nvim_create_autocmd('FileType', { pattern = 'zeren', callback = function(args)
  local id = vim.lsp.start_client({ name = 'zeren', cmd = { 'node', ${JSON.stringify(join(ROOT, 'extension/dist/server.cjs'))}, '--stdio' },
    root_dir = vim.fn.getcwd(), init_options = { lang = 'en' } })
  vim.lsp.buf_attach_client(args.buf, id)
end })
`);
        const out = execFileSync('nvim', ['--headless', '-u', 'init.lua', 'bad.zeren',
            '+lua vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end); for _, d in ipairs(vim.diagnostic.get(0)) do io.stdout:write(d.lnum, " ", d.message, "\\n") end',
            '+qa!'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
        const line = text.slice(0, text.indexOf('日常监督评价 〔第十三条〕 占 20%')).split('\n').length - 1;
        expect(out).toContain(`${line} The weights under '领导班子综合得分' sum to 105%, not 100%`);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
