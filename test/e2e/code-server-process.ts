import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const VSIX = join(ROOT, 'extension/zeren-0.1.0.vsix');
export const SHOTS = join(ROOT, 'test-output/e2e');

/** Installs code-server + Chromium (idempotent) and returns the launcher path. */
export function setupCodeServer(): string {
    const script = process.env.ZEREN_CODE_SERVER_SETUP ?? join(ROOT, '../shared/tools/code-server-setup.sh');
    const out = execFileSync('bash', [script], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    ensureChineseFont();
    return out.trim().split('\n').pop()!.trim();
}

/** Screenshots show tofu without a CJK font; install a small one if none is present (best effort). */
function ensureChineseFont(): void {
    const list = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
    if (list.status === 0 && list.stdout.trim()) return;
    const install = spawnSync('apt-get', ['install', '-y', 'fonts-wqy-zenhei'], { stdio: 'ignore' });
    if (install.status !== 0) console.log('No CJK font and fonts-wqy-zenhei could not be installed: screenshots will show boxes (assertions read the DOM, not pixels).');
}

export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const srv = createServer();
        srv.listen(0, '127.0.0.1', () => {
            const port = (srv.address() as { port: number }).port;
            srv.close(() => resolve(port));
        });
        srv.on('error', reject);
    });
}

/** A code-server with the packaged extension installed, on a temp copy of examples/. */
export class CodeServer {
    readonly home = mkdtempSync(join(tmpdir(), 'zeren-cs-'));
    readonly workspace = join(this.home, 'ws');
    private child?: ChildProcess;
    log = '';

    constructor(private readonly launcher: string, extraFiles: Record<string, string>) {
        if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run \`npm run package -w extension\``);
        cpSync(join(ROOT, 'examples'), join(this.workspace, 'examples'), { recursive: true });
        for (const [rel, text] of Object.entries(extraFiles)) {
            mkdirSync(dirname(join(this.workspace, rel)), { recursive: true });
            writeFileSync(join(this.workspace, rel), text);
        }
        mkdirSync(join(this.home, 'ud/User'), { recursive: true });
        writeFileSync(join(this.home, 'ud/User/settings.json'), JSON.stringify({
            'security.workspace.trust.enabled': false,
            'workbench.startupEditor': 'none',
            'workbench.colorTheme': 'Default Dark Modern',
            'editor.semanticHighlighting.enabled': true,
            'editor.inlayHints.enabled': 'on',
            'extensions.autoCheckUpdates': false,
            'extensions.autoUpdate': false,
            'workbench.tips.enabled': false,
            'chat.disableAIFeatures': true,
        }));
        execFileSync(launcher, ['--extensions-dir', join(this.home, 'ext'), '--user-data-dir', join(this.home, 'ud'), '--install-extension', VSIX], { stdio: 'pipe' });
    }

    async start(port: number): Promise<string> {
        // Detached: code-server forks helpers; the whole process group is killed in stop().
        this.child = spawn(this.launcher, [
            '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
            '--disable-workspace-trust', '--extensions-dir', join(this.home, 'ext'), '--user-data-dir', join(this.home, 'ud'), this.workspace,
        ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        this.child.stdout!.on('data', d => (this.log += String(d)));
        this.child.stderr!.on('data', d => (this.log += String(d)));
        const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(this.workspace)}`;
        for (let i = 0; i < 120; i++) {
            try {
                const res = await fetch(`http://127.0.0.1:${port}/healthz`);
                if (res.ok) return url;
            } catch { /* not yet */ }
            await new Promise(r => setTimeout(r, 500));
        }
        throw new Error(`code-server did not start:\n${this.log}`);
    }

    stop(): void {
        if (this.child?.pid) {
            try {
                process.kill(-this.child.pid, 'SIGTERM');
            } catch { /* already gone */ }
        }
    }

    read(rel: string): string {
        return readFileSync(join(this.workspace, rel), 'utf8');
    }
}
