import type { LangiumSharedServices } from 'langium/lsp';
import type { ExecuteCommandAcceptor } from 'langium/lsp';
import { AbstractExecuteCommandHandler } from 'langium/lsp';
import { DocumentState } from 'langium';
import { factFilesSchema } from '@zeren/model';
import { checkFactFile } from './fact-file-check.js';
import { currentLang } from '../validation/diagnostic-conversion.js';
import type { ScenarioInfo, ScenarioRun } from './scenario-service.js';
import type { ZerenLspServices } from './zeren-lsp-module.js';

/** Arguments of zeren.evaluateScenario / zeren.listScenarios (one object, JSON-friendly). */
export interface ScenarioQuery {
    uri?: string;
    suite?: string;
    scenario?: string;
    lang?: 'zh' | 'en';
}

export const EVALUATE_SCENARIO = 'zeren.evaluateScenario';
export const LIST_SCENARIOS = 'zeren.listScenarios';
/** The JSON Schema of fact files for every subject of the workspace (the editor's *.facts.json validation). */
export const FACT_SCHEMA = 'zeren.factSchema';
/** The problems of a fact file's text ({ uri, text, lang? }), as `zeren run` would report them. */
export const CHECK_FACT_FILE = 'zeren.checkFactFile';

/**
 * `workspace/executeCommand` entry points for clients: list the scenarios of a file (or of the
 * whole workspace) and evaluate them, returning the outcome and its explanation.
 */
export class ZerenCommandHandler extends AbstractExecuteCommandHandler {
    constructor(private readonly shared: LangiumSharedServices) {
        super();
    }

    private get zeren(): ZerenLspServices {
        return this.shared.ServiceRegistry.all[0] as ZerenLspServices;
    }

    override registerCommands(accept: ExecuteCommandAcceptor): void {
        accept(LIST_SCENARIOS, async args => (await this.ready(), this.list(args[0] as ScenarioQuery | undefined)));
        accept(EVALUATE_SCENARIO, async args => (await this.ready(), this.evaluate(args[0] as ScenarioQuery | undefined)));
        accept(FACT_SCHEMA, async args => (await this.ready(), this.factSchema(args[0] as { lang?: 'zh' | 'en' } | undefined)));
        accept(CHECK_FACT_FILE, async args => {
            await this.ready();
            const q = args[0] as { uri?: unknown; text?: unknown; lang?: 'zh' | 'en' } | undefined;
            if (typeof q?.uri !== 'string' || typeof q.text !== 'string') return [];
            return checkFactFile(q.text, decodeURIComponent(q.uri.split('/').pop() ?? q.uri), this.zeren.model.Models.documentGraph().documents, q.lang ?? currentLang());
        });
    }

    /** Adds a command that only one build of the server has (the Node server's git diff). */
    addCommand(name: string, execute: Parameters<ExecuteCommandAcceptor>[1]): void {
        this.createCommandAcceptor()(name, execute);
    }

    /** Commands may arrive while the workspace is still loading or an edit is being linked. */
    private async ready(): Promise<void> {
        await this.shared.workspace.WorkspaceManager.ready;
        await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked);
    }

    private documents(query: ScenarioQuery | undefined) {
        const scenarios = this.zeren.scenarios.Scenarios;
        if (query?.uri) {
            const doc = scenarios.document(query.uri);
            return doc ? [doc] : [];
        }
        return this.shared.workspace.LangiumDocuments.all.toArray();
    }

    private list(query: ScenarioQuery | undefined): ScenarioInfo[] {
        return this.documents(query).flatMap(d => this.zeren.scenarios.Scenarios.list(d));
    }

    private factSchema(query: { lang?: 'zh' | 'en' } | undefined): object {
        const documents = this.zeren.model.Models.documentGraph().documents;
        return factFilesSchema(documents.flatMap(doc => doc.subjects.map(subject => ({ subject, doc }))), query?.lang ?? currentLang());
    }

    private evaluate(query: ScenarioQuery | undefined): ScenarioRun[] {
        const lang = query?.lang ?? currentLang();
        return this.documents(query).flatMap(d => this.zeren.scenarios.Scenarios.run(d, lang, { suite: query?.suite, scenario: query?.scenario }));
    }
}
