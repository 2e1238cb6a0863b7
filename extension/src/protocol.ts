import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExecuteCommandRequest } from 'vscode-languageclient';

/** Mirrors the server's zeren.listScenarios / zeren.evaluateScenario results (language/src/lsp). */
export interface Range { start: { line: number; character: number }; end: { line: number; character: number } }
export interface Loc { uri: string; range: Range }

export interface ScenarioInfo { uri: string; suite: string; scenario: string; loc: Loc; document?: string; level?: 'central' | 'province' | 'city' | 'county' }

export interface ScenarioRun extends ScenarioInfo {
    passed: boolean;
    failures: { expectation: string; expected: string; actual: string; loc: Loc; zh: string; en: string }[];
    explanation: string;
    outcome?: OutcomeView;
    error?: string;
}

/** The parts of the evaluator's Outcome (packages/model outcome.ts) the explanation view draws; all optional so a newer server's extra fields do no harm. */
export interface Cite { document: string; text: string }
export interface ComponentView { name: string; weight: string; effectiveWeight: string; score: string; contribution: string; children: ComponentView[] }
export interface OutcomeView {
    document?: string;
    subject?: string;
    status?: string;
    scores?: { rule: string; cite?: Cite; total: string | null; base?: string | null; bonus?: string | null; components: ComponentView[]; bonuses?: { group: string; item: string; count: string; points: string }[] }[];
    grades?: { rule: string; cite?: Cite; grade: string | null; status: string }[];
    vetoes?: { rule: string; cite?: Cite; vetoed: boolean; clauses: { label: string; cite: Cite; members: string[] }[]; exceptions: { name: string; cite?: Cite; clauses: string[]; members: string[] }[] }[];
    deadlines?: { rule: string; cite?: Cite; due?: string; done?: string; status: string; daysLate?: number; steps: { zh: string; en: string }[] }[];
    consequences?: { rule: string; cite?: Cite; applies: boolean; actions: { measure: string; actor?: string; duration?: string }[] }[];
    errors?: { zh: string; en: string; cite?: Cite }[];
}

export interface ScenarioQuery { uri?: string; suite?: string; scenario?: string; lang?: 'zh' | 'en' }

export function listScenarios(client: BaseLanguageClient, query: ScenarioQuery): Promise<ScenarioInfo[]> {
    return client.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.listScenarios', arguments: [query] }) as Promise<ScenarioInfo[]>;
}

export function evaluateScenarios(client: BaseLanguageClient, query: ScenarioQuery): Promise<ScenarioRun[]> {
    return client.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.evaluateScenario', arguments: [query] }) as Promise<ScenarioRun[]>;
}
