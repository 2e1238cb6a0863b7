import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol';
import { LspHarness, ROOT } from './lsp-harness.js';

// zeren.diffAgainstHead: the Node server reads the file's HEAD version with git and diffs it with
// the editor's text through @zeren/diff. The repository is a throwaway one with two commits.
const V1 = readFileSync(join(ROOT, 'examples/revisions/kaohe-illustrative/rules.v1.zeren.txt'), 'utf8');
const V2 = readFileSync(join(ROOT, 'examples/revisions/kaohe-illustrative/rules.zeren'), 'utf8');

interface Reply { ok: boolean; reason?: string; changed?: boolean; file?: string; zh: string; en: string; text: string; json?: { documents: { document: string; status: string }[]; witnesses?: { change: { name: string }; status: string }[] } }

let h: LspHarness;
let repo: string;
let commands: string[] = [];

function git(...args: string[]): void {
    execFileSync('git', ['-c', 'user.name=Zeren Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'ignore' });
}

const diff = (uri: string, lang: 'zh' | 'en' = 'zh') =>
    h.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.diffAgainstHead', arguments: [{ uri, lang }] }) as Promise<Reply>;

beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'zeren-diff-repo-'));
    git('init', '-q');
    writeFileSync(join(repo, 'rules.zeren'), V1);
    git('add', 'rules.zeren');
    git('commit', '-q', '-m', 'v1');
    writeFileSync(join(repo, 'rules.zeren'), V2);
    git('commit', '-q', '-a', '-m', 'v2');
    h = new LspHarness();
    const init = await h.initialize('zh');
    commands = init.capabilities.executeCommandProvider?.commands ?? [];
}, 30000);

afterAll(async () => {
    await h?.dispose();
    if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('semantic diff against HEAD', () => {
    it('is offered by the Node server', () => {
        expect(commands).toContain('zeren.diffAgainstHead');
    });

    it('a file equal to HEAD has no semantic changes (the first commit is not what is compared)', async () => {
        const r = await diff(pathToFileURL(join(repo, 'rules.zeren')).toString());
        expect(r.ok).toBe(true);
        expect(r.changed).toBe(false);
        expect(r.zh).toContain('没有语义变化');
        expect(r.en).toContain('No semantic changes');
    });

    it('diffs HEAD with the unsaved editor buffer, in zh and en, with the JSON result', async () => {
        const uri = pathToFileURL(join(repo, 'rules.zeren')).toString();
        const edited = V2.replace('公众评价 〔第十四条〕 占 15%', '公众评价 〔第十四条〕 占 20%').replace('好 ≥ 85', '好 ≥ 88');
        expect(edited).not.toBe(V2);
        await h.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'zeren', version: 1, text: edited } });
        await h.diagnosticsFor(uri);
        const r = await diff(uri, 'en');
        expect(r.ok).toBe(true);
        expect(r.changed).toBe(true);
        expect(r.file).toBe('rules.zeren');
        expect(r.zh).toContain('第十八条 领导班子综合得分：公众评价 占 15% → 20%');
        expect(r.en).toContain('公众评价 weight 15% → 20%');
        expect(r.text).toBe(r.en);
        // Only the buffer's edits: HEAD is v2, so v1's other differences do not appear.
        expect(r.zh).not.toContain('施行');
        expect(r.json?.documents.map(d => [d.document, d.status])).toEqual([['考核办法修订示例', 'changed']]);
        // Each change comes with its evidence: a verified subject whose outcome differs.
        expect(r.json?.witnesses?.map(w => [w.change.name, w.status])).toEqual([['领导班子综合得分', 'witness'], ['领导班子等次', 'witness']]);
        expect(r.zh).toContain('场景 "见证：领导班子等次" 对 领导班子');
        expect(r.en).toContain('a subject whose outcome differs (verified on both sides)');
    });

    it('says clearly when the file is not in a git repository', async () => {
        const r = await diff(h.uri('examples/city/kaohe-2015/rules.zeren'));
        expect(r.ok).toBe(false);
        expect(r.reason).toBe('not-in-git');
        expect(r.zh).toContain('不在 git 仓库中');
        expect(r.en).toContain('not in a git repository');
    });
});
