import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { ZerenServices } from '@zeren/language';
import { createZerenCoreServices } from '@zeren/language';
import type { DocumentIR, FileIR } from '@zeren/model';
import { displayPath, loadWorkspace } from '../workspace-loader.js';
import type { ReportedDiagnostic } from '../reported-diagnostic.js';
import { reportedDiagnostic } from '../reported-diagnostic.js';
import { CliError } from '../cli-error.js';
import { ZerenError } from './zeren-error.js';

/** A rule file given as text, e.g. from an editor buffer or a database. */
export interface RuleSource {
    /** A name for messages; it need not exist on disk. */
    path: string;
    text: string;
}

/** Loaded, linked and checked rule and scenario files. */
export interface Rules {
    /** Every diagnostic of the loaded files, sorted by file and position. */
    readonly diagnostics: ReportedDiagnostic[];
    /** The documents (文件) the files declare, as the semantic model. */
    readonly documents: DocumentIR[];
}

export interface RulesWorkspace {
    services: ZerenServices;
    documents: LangiumDocument[];
    ir(doc: LangiumDocument): FileIR;
}

/** The Langium workspace behind each Rules, for the other library functions; not part of the public types. */
const workspaces = new WeakMap<Rules, RulesWorkspace>();

export function workspaceOf(rules: Rules): RulesWorkspace {
    const ws = workspaces.get(rules);
    if (!ws) throw new TypeError('not a Rules object returned by loadRules');
    return ws;
}

/**
 * Loads rule files from paths (files or folders; the rule files beside them and elsewhere in the
 * project are loaded as context, as the CLI does) or from strings.
 */
export async function loadRules(input: { paths: string[] } | { sources: RuleSource[] }): Promise<Rules> {
    const workspace = 'paths' in input ? await fromPaths(input.paths) : await fromSources(input.sources);
    const diagnostics = workspace.documents.flatMap(doc => {
        const file = workspace.display(doc);
        return (doc.diagnostics ?? []).map(d => reportedDiagnostic(file, d));
    }).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    const documents = workspace.documents.flatMap(d => workspace.ir(d).documents);
    const rules: Rules = { diagnostics, documents };
    workspaces.set(rules, workspace);
    return rules;
}

/** The errors and warnings of the loaded files (the same as `zeren check`). */
export function check(rules: Rules): ReportedDiagnostic[] {
    return rules.diagnostics;
}

async function fromPaths(paths: string[]) {
    try {
        const ws = await loadWorkspace(paths);
        return { ...ws, display: (doc: LangiumDocument) => displayPath(doc.uri.toString()) };
    } catch (e) {
        if (e instanceof CliError) throw new ZerenError(e.msg);
        throw e;
    }
}

async function fromSources(sources: RuleSource[]) {
    const { shared, Zeren } = createZerenCoreServices(NodeFileSystem);
    const names = new Map<string, string>();
    const documents = sources.map(source => {
        const abs = path.posix.resolve('/zeren-sources', source.path.split(path.sep).join('/'));
        const uri = URI.file(abs.endsWith('.zeren') ? abs : `${abs}.zeren`);
        names.set(uri.toString(), source.path);
        const doc = shared.workspace.LangiumDocumentFactory.fromString(source.text, uri);
        shared.workspace.LangiumDocuments.addDocument(doc);
        return doc;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return {
        services: Zeren,
        documents,
        ir: (doc: LangiumDocument) => Zeren.model.Models.ir(doc),
        display: (doc: LangiumDocument) => names.get(doc.uri.toString()) ?? doc.uri.path,
    };
}
