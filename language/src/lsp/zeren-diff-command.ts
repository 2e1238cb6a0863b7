// Node only: reads git revisions with child_process, so the browser server does not include it.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LangiumSharedServices } from 'langium/lsp';
import { URI } from 'langium';
import type { LoadedSide, SourceFile } from '@zeren/diff';
import { DiffResult, GitError, diffDocuments, filesAtRevision, filesInWorkTree, renderDiff, sideDocuments } from '@zeren/diff';
import type { Lang } from '@zeren/model';
import { loadSide } from '../workspace/load-side.js';
import { ZerenCommandHandler } from './zeren-command-handler.js';

export const DIFF_AGAINST_HEAD = 'zeren.diffAgainstHead';

/** Argument of zeren.diffAgainstHead: the file; its editor buffer (unsaved edits included) is the new side. */
export interface DiffQuery { uri: string; lang?: Lang }

export type DiffFailure = 'not-a-file' | 'not-in-git' | 'no-commit' | 'invalid-file';

/** Both renderings travel, as in diagnostics; `text` is the one in the requested language. */
export type DiffReply =
    | { ok: true; file: string; revision: 'HEAD'; changed: boolean; zh: string; en: string; text: string; json: DiffResult }
    | { ok: false; reason: DiffFailure; zh: string; en: string; text: string };

/** Registers zeren.diffAgainstHead on the server's command handler (Node server only). */
export function registerDiffCommand(shared: LangiumSharedServices): void {
    const handler = shared.lsp.ExecuteCommandHandler;
    if (!(handler instanceof ZerenCommandHandler)) return;
    handler.addCommand(DIFF_AGAINST_HEAD, async args => {
        const query = args[0] as DiffQuery | undefined;
        // Arguments come from any client: a missing or non-string uri is no file (not an internal error).
        if (typeof query?.uri !== 'string' || !query.uri) return failure('not-a-file', query?.lang, '未指定文件', 'No file given');
        if (localPath(query.uri) === undefined) return failure('not-a-file', query.lang, '只能比较磁盘上的文件', 'Only files on disk can be compared');
        const docs = shared.workspace.LangiumDocuments;
        const uri = URI.parse(query.uri);
        const buffer = docs.hasDocument(uri) ? docs.getDocument(uri)?.textDocument.getText() : undefined;
        return diffAgainstHead(query, buffer);
    });
}

/**
 * The semantic diff of one file between HEAD and the editor's text, through @zeren/diff (the
 * same loading, diffing and rendering as `zeren diff --git HEAD -- <file>`).
 */
export async function diffAgainstHead(query: DiffQuery, buffer: string | undefined): Promise<DiffReply> {
    const lang = query.lang ?? 'zh';
    const file = localPath(query.uri);
    if (file === undefined) return failure('not-a-file', lang, '只能比较磁盘上的文件', 'Only files on disk can be compared');
    const dir = path.dirname(file);
    const spec = [path.basename(file)];
    let current: SourceFile[];
    let before: SourceFile[];
    try {
        current = filesInWorkTree(spec, dir);
    } catch (e) {
        return failure('not-in-git', lang, `此文件不在 git 仓库中，无法与上次提交比较（${gitWords(e)}）`,
            `This file is not in a git repository: there is no last commit to compare with (${gitWords(e)})`);
    }
    if (current.length === 0) {
        return failure('not-in-git', lang, '此文件被 git 忽略，无法与上次提交比较', 'This file is ignored by git: there is no last commit to compare with');
    }
    try {
        before = filesAtRevision('HEAD', spec, dir);
    } catch (e) {
        return failure('no-commit', lang, `仓库还没有提交（${gitWords(e)}）`, `The repository has no commit yet (${gitWords(e)})`);
    }
    const after: SourceFile[] = [{ path: current[0].path, text: buffer ?? current[0].text }];
    const oldSide = await loadSide(before);
    const newSide = await loadSide(after);
    const invalid = [...fatal(oldSide, 'HEAD'), ...fatal(newSide, lang === 'zh' ? '编辑器' : 'editor')];
    if (invalid.length) {
        return failure('invalid-file', lang, `文件有语法或引用错误，无法比较：\n${invalid.join('\n')}`, `The file has syntax or reference errors and cannot be compared:\n${invalid.join('\n')}`);
    }
    const result = diffDocuments(sideDocuments(oldSide), sideDocuments(newSide));
    const note = (l: Lang) => (sideDocuments(oldSide).length + sideDocuments(newSide).length === 0
        ? [l === 'zh' ? '（此文件不声明规则文件：语义比较只比较规则，场景不在其列）' : '(this file declares no rule document: the semantic diff compares rules, not scenarios)']
        : []);
    const render = (l: Lang) => [`${l === 'zh' ? '语义比较' : 'Semantic diff'}: ${after[0].path} — HEAD → ${l === 'zh' ? '编辑器' : 'editor'}`, '', ...renderDiff(result, l), ...note(l)].join('\n');
    const zh = render('zh');
    const en = render('en');
    return { ok: true, file: after[0].path, revision: 'HEAD', changed: result.documents.length > 0, zh, en, text: lang === 'zh' ? zh : en, json: DiffResult.parse(result) };
}

/** The local path of a file: URI; undefined for other schemes and for URIs that do not parse (`file:///%zz`, `file://host/x`). */
function localPath(uri: string): string | undefined {
    try {
        return URI.parse(uri).scheme === 'file' ? fileURLToPath(uri) : undefined;
    } catch {
        return undefined;
    }
}

/** Syntax and reference errors of a file that declares rules: its model would be incomplete. */
function fatal(side: LoadedSide, label: string): string[] {
    return side.files
        .filter(f => f.documents.length > 0)
        .flatMap(f => f.diagnostics.filter(d => d.fatal).map(d => `${label} ${d.file}:${d.line}:${d.character} [${d.code}] ${d.message}`));
}

function gitWords(e: unknown): string {
    return e instanceof GitError || e instanceof Error ? e.message.split('\n')[0] : String(e);
}

function failure(reason: DiffFailure, lang: Lang | undefined, zh: string, en: string): DiffReply {
    return { ok: false, reason, zh, en, text: lang === 'en' ? en : zh };
}
