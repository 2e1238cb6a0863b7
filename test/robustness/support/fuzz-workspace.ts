import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createZerenCoreServices } from '@zeren/language';
import { isDeepStrictEqual } from 'node:util';
import type { DocumentIR } from '@zeren/model';
import { compileDocument, evaluate, runScenario } from '@zeren/evaluator';
import type { Program } from '@zeren/evaluator';

/** The same document compiled for both evaluator backends: every evaluation runs on both and must agree. */
interface Programs { generated: Program; closures: Program }

function compileBoth(document: DocumentIR): Programs {
    return { generated: compileDocument(document, { backend: 'generated' }), closures: compileDocument(document, { backend: 'closures' }) };
}

function agree<T>(what: string, run: (program: Program) => T, programs: Programs): T {
    const generated = run(programs.generated);
    const closures = run(programs.closures);
    if (!isDeepStrictEqual(generated, closures)) throw new Error(`evaluator backends disagree on ${what}`);
    return generated;
}

export interface PipelineResult {
    diagnostics: Diagnostic[];
    errors: number;
    /** Scenarios and subjects evaluated when the text had no errors. */
    evaluated: number;
    /** Langium catches exceptions in linking and validation and logs them: those are crashes too. */
    internalErrors: string[];
}

let counter = 0;

/**
 * One set of core services with fixed base files loaded once; each text under test is added as
 * a new document, built (parse, link, validate), lowered, compiled and evaluated, then removed.
 *
 * With `revalidateBase`, the base files are the ones that depend on the text under test (a rule
 * file's scenario files): each mutant is added as a changed file, so they are relinked and
 * revalidated against it as the language server does, and their internal errors count too.
 * Scenario validation evaluates scenarios even when the rule file has errors: that path is only
 * reached this way (the protocol fuzzer found a crash there that this fuzzer had missed).
 */
export class FuzzWorkspace {
    private readonly services = createZerenCoreServices();
    private base: LangiumDocument[] = [];

    private constructor(private readonly revalidateBase: boolean) {}

    static async create(base: { name: string; text: string }[], options: { revalidateBase?: boolean } = {}): Promise<FuzzWorkspace> {
        const ws = new FuzzWorkspace(options.revalidateBase ?? false);
        ws.base = base.map(b => ws.add(b.text, `base/${b.name}`));
        await ws.services.shared.workspace.DocumentBuilder.build(ws.base, { validation: true });
        return ws;
    }

    private add(text: string, name: string): LangiumDocument {
        const { shared } = this.services;
        const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/fuzz/${name}`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        return doc;
    }

    /** Runs the whole pipeline on `text`; any exception propagates to the caller (a crash). */
    async run(text: string, facts?: (subject: string) => Map<string, never> | undefined): Promise<PipelineResult> {
        const { shared, Zeren } = this.services;
        const internalErrors: string[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => { internalErrors.push(args.map(a => (a instanceof Error ? a.stack : String(a))).join(' ')); };
        const doc = this.add(text, `mutant-${++counter}.zeren`);
        try {
            // Unlinked base files are relinked and revalidated with the mutant (update() would re-read it from disk).
            if (this.revalidateBase) for (const b of this.base) shared.workspace.DocumentBuilder.resetToState(b, DocumentState.ComputedScopes);
            await shared.workspace.DocumentBuilder.build(this.revalidateBase ? [doc, ...this.base] : [doc], { validation: true });
            const diagnostics = doc.diagnostics ?? [];
            const checked = this.revalidateBase ? [doc, ...this.base] : [doc];
            for (const d of checked.flatMap(c => c.diagnostics ?? [])) if (/An error occurred/.test(String(d.message))) internalErrors.push(String(d.message));
            const errors = diagnostics.filter(d => d.severity === 1).length;
            let evaluated = 0;
            if (errors === 0) {
                const ir = Zeren.model.Models.ir(doc);
                const programs = new Map<string, Programs>();
                for (const document of ir.documents) {
                    const both = compileBoth(document);
                    programs.set(document.name, both);
                    for (const name of both.generated.subjects.keys()) {
                        agree(name, p => evaluate(p, name, facts?.(name) ?? new Map(), { explain: true }), both);
                        evaluated++;
                    }
                }
                for (const suite of ir.suites) {
                    const target = programs.get(suite.document) ?? compileTarget(Zeren, suite.document);
                    if (!target) continue;
                    for (const scenario of suite.scenarios) {
                        agree(scenario.name, p => runScenario(p, scenario, { explain: true }), target);
                        evaluated++;
                    }
                }
            }
            return { diagnostics, errors, evaluated, internalErrors };
        } finally {
            console.error = original;
            await shared.workspace.DocumentBuilder.update([], [doc.uri]);
        }
    }
}

function compileTarget(Zeren: ReturnType<typeof createZerenCoreServices>['Zeren'], name: string): Programs | undefined {
    const target = Zeren.model.Models.documentIR(name);
    return target ? compileBoth(target) : undefined;
}
