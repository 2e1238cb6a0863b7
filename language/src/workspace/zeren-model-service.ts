import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, WorkspaceCache } from 'langium';
import type { DocumentGraph, DocumentIR, FileIR, ZerenDiagnostic } from '@zeren/model';
import { buildDocumentGraph } from '@zeren/model';
import type { Program } from '@zeren/evaluator';
import { compileDocument } from '@zeren/evaluator';
import type { Model } from '../generated/ast.js';
import { isModel } from '../generated/ast.js';
import type { LoweredFile } from '../lowering/lower-file.js';
import { lowerFile } from '../lowering/lower-file.js';
import type { ZerenServices } from '../zeren-module.js';

/**
 * The semantic model of each open file, lowered on demand and cached until any document in the
 * workspace changes (a scenario file's model depends on its rule file).
 */
export class ZerenModelService {
    private readonly cache: WorkspaceCache<string, LoweredFile>;
    private readonly programs: WorkspaceCache<string, Program>;
    private readonly graphs: WorkspaceCache<string, DocumentGraph>;

    constructor(private readonly services: ZerenServices) {
        this.cache = new WorkspaceCache(services.shared);
        this.programs = new WorkspaceCache(services.shared);
        this.graphs = new WorkspaceCache(services.shared);
    }

    /** The compiled rules of a document, cached like the IR. */
    program(name: string): Program | undefined {
        const cached = this.programs.get(name);
        if (cached) return cached;
        const doc = this.documentIR(name);
        if (!doc) return undefined;
        const program = compileDocument(doc);
        this.programs.set(name, program);
        return program;
    }

    /** All rule documents of the workspace and their relations (根据, 废止, 细化), cached like the IR. */
    documentGraph(): DocumentGraph {
        const cached = this.graphs.get('graph');
        if (cached) return cached;
        const docs = [...this.services.shared.workspace.LangiumDocuments.all].flatMap(d => this.ir(d).documents);
        const graph = buildDocumentGraph(docs);
        this.graphs.set('graph', graph);
        return graph;
    }

    /** The rule document with this name among all loaded files (scenarios name their document). */
    documentIR(name: string): DocumentIR | undefined {
        for (const doc of this.services.shared.workspace.LangiumDocuments.all) {
            const found = this.ir(doc).documents.find(d => d.name === name);
            if (found) return found;
        }
        return undefined;
    }

    lowered(document: LangiumDocument): LoweredFile {
        const key = document.uri.toString();
        const cached = this.cache.get(key);
        if (cached) return cached;
        const root = document.parseResult.value;
        const empty: LoweredFile = { ir: { uri: key, documents: [], suites: [] }, diagnostics: [], irOf: new Map() };
        if (!isModel(root)) return empty;
        // Mark the entry first: a file whose scenarios name its own rules must not recurse.
        this.cache.set(key, empty);
        const syntaxErrors = document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length > 0;
        const result = lowerFile(root as Model, key, node => this.foreign(node, document), syntaxErrors);
        this.cache.set(key, result);
        return result;
    }

    ir(document: LangiumDocument): FileIR {
        return this.lowered(document).ir;
    }

    diagnostics(document: LangiumDocument): ZerenDiagnostic[] {
        return this.lowered(document).diagnostics;
    }

    /** IR for a node of another file, e.g. the rule a scenario expects a result of. */
    private foreign(node: AstNode, from: LangiumDocument): unknown {
        const doc = AstUtils.getDocument(node);
        if (doc === from || doc.uri.toString() === from.uri.toString()) return undefined;
        return this.lowered(doc).irOf.get(node);
    }
}
