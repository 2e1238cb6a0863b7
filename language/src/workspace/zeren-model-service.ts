import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, URI } from 'langium';
import type { DocumentGraph, DocumentIR, FileIR, ZerenDiagnostic } from '@zeren/model';
import { buildDocumentGraph } from '@zeren/model';
import type { Program } from '@zeren/evaluator';
import { compileDocument } from '@zeren/evaluator';
import type { CalendarOverrides } from '@zeren/time';
import type { Model } from '../generated/ast.js';
import { isDocument, isModel } from '../generated/ast.js';
import type { LoweredFile } from '../lowering/lower-file.js';
import { lowerFile } from '../lowering/lower-file.js';
import type { ZerenServices } from '../zeren-module.js';

/**
 * The semantic model of each file, lowered on demand and cached per file. A cached entry is
 * valid while neither the file nor the files its references point into have been re-parsed (a
 * scenario file's model holds the IR of its rule file), so a keystroke re-lowers only the edited
 * file and the files that depend on it, not the whole corpus.
 */
export class ZerenModelService {
    private readonly cache = new Map<string, { stamp: string; result: LoweredFile }>();
    private readonly programs = new Map<string, { stamp: string; program: Program }>();
    private graph?: { stamp: string; graph: DocumentGraph };
    private readonly parseIds = new WeakMap<AstNode, number>();
    private nextParseId = 1;
    private readonly stamps = new WeakMap<LangiumDocument, { parseId: number; refs: unknown; count: number; stamp: string }>();
    /** Document name → URI of the file declaring it, checked on use. */
    private readonly byName = new Map<string, string>();
    /** Working-day overrides from outside the rules (zeren --calendar), used when compiling for validation. */
    calendar?: CalendarOverrides;

    constructor(private readonly services: ZerenServices) {
        services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) this.cache.delete(uri.toString());
        });
    }

    /**
     * The compiled rules of a document; recompiled only when its file was re-parsed. None while the
     * file has syntax errors: the parser recovered with partial rules (a declaration cut in two,
     * a subject twice), and scenarios evaluated against them would report nonsense, or worse.
     */
    program(name: string): Program | undefined {
        const doc = this.documentIR(name);
        if (!doc) return undefined;
        const file = this.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(doc.uri));
        if (file && hasSyntaxErrors(file)) return undefined;
        const stamp = file ? this.stamp(file) : '';
        const cached = this.programs.get(name);
        if (cached && cached.stamp === stamp && cached.program.document === doc) return cached.program;
        const program = compileDocument(doc, { calendar: this.calendar });
        this.programs.set(name, { stamp, program });
        return program;
    }

    /** All rule documents of the workspace and their relations (根据, 废止, 细化). */
    documentGraph(): DocumentGraph {
        // Only files declaring a rule document take part (scenario files are not lowered for this).
        const all = this.services.shared.workspace.LangiumDocuments.all.filter(declaresDocument).toArray();
        const stamp = all.map(d => this.parseId(d)).join(',');
        if (this.graph?.stamp === stamp) return this.graph.graph;
        const graph = buildDocumentGraph(all.flatMap(d => this.ir(d).documents));
        this.graph = { stamp, graph };
        return graph;
    }

    /** The rule document with this name among all loaded files (scenarios name their document). */
    documentIR(name: string): DocumentIR | undefined {
        const documents = this.services.shared.workspace.LangiumDocuments;
        const known = this.byName.get(name);
        if (known) {
            const file = documents.getDocument(URI.parse(known));
            const found = file && this.ir(file).documents.find(d => d.name === name);
            if (found) return found;
        }
        for (const doc of documents.all) {
            for (const d of this.ir(doc).documents) this.byName.set(d.name, doc.uri.toString());
            const found = this.ir(doc).documents.find(d => d.name === name);
            if (found) return found;
        }
        return undefined;
    }

    lowered(document: LangiumDocument): LoweredFile {
        const key = document.uri.toString();
        const stamp = this.stamp(document);
        const cached = this.cache.get(key);
        if (cached && cached.stamp === stamp) return cached.result;
        const root = document.parseResult.value;
        const empty: LoweredFile = { ir: { uri: key, documents: [], suites: [] }, diagnostics: [], irOf: new Map() };
        if (!isModel(root)) return empty;
        // Mark the entry first: a file whose scenarios name its own rules must not recurse.
        this.cache.set(key, { stamp, result: empty });
        const result = lowerFile(root as Model, key, node => this.foreign(node, document), hasSyntaxErrors(document));
        this.cache.set(key, { stamp, result });
        return result;
    }

    ir(document: LangiumDocument): FileIR {
        return this.lowered(document).ir;
    }

    diagnostics(document: LangiumDocument): ZerenDiagnostic[] {
        return this.lowered(document).diagnostics;
    }

    /** A fresh number per parse of a file: a re-parsed file gets a new root node. */
    private parseId(document: LangiumDocument): number {
        const root = document.parseResult.value;
        let id = this.parseIds.get(root);
        if (id === undefined) {
            id = this.nextParseId++;
            this.parseIds.set(root, id);
        }
        return id;
    }

    /** This file's parse and the parses of the files its resolved references point into. */
    private stamp(document: LangiumDocument): string {
        // Memoised while the file keeps its parse and its list of resolved references: relinking
        // (after a file it points into was re-parsed) replaces the list, lazy linking grows it.
        const parseId = this.parseId(document);
        const memo = this.stamps.get(document);
        if (memo && memo.parseId === parseId && memo.refs === document.references && memo.count === document.references.length) return memo.stamp;
        const stamp = this.computeStamp(document);
        this.stamps.set(document, { parseId, refs: document.references, count: document.references.length, stamp });
        return stamp;
    }

    private computeStamp(document: LangiumDocument): string {
        const deps = new Set<number>();
        for (const ref of document.references) {
            const targets = 'ref' in ref ? [ref.ref] : ref.items.map(i => i.ref);
            for (const target of targets) {
                if (!target) continue;
                const doc = AstUtils.getDocument(target);
                if (doc !== document) deps.add(this.parseId(doc));
            }
        }
        return `${this.parseId(document)}|${[...deps].sort((a, b) => a - b).join(',')}`;
    }

    /** IR for a node of another file, e.g. the rule a scenario expects a result of. */
    private foreign(node: AstNode, from: LangiumDocument): unknown {
        const doc = AstUtils.getDocument(node);
        if (doc === from || doc.uri.toString() === from.uri.toString()) return undefined;
        return this.lowered(doc).irOf.get(node);
    }
}

/** Whether a file declares a rule document (文件 …), read from its syntax tree without lowering. */
function declaresDocument(document: LangiumDocument): boolean {
    const root = document.parseResult.value;
    return isModel(root) && root.parts.some(isDocument);
}

export function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length > 0;
}
