import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExecuteCommandRequest } from 'vscode-languageclient';

/** Mirrors the server's zeren.listScenarios / zeren.evaluateScenario results (language/src/lsp). */
export interface Range { start: { line: number; character: number }; end: { line: number; character: number } }
export interface Loc { uri: string; range: Range }

export interface ScenarioInfo { uri: string; suite: string; scenario: string; loc: Loc }

export interface ScenarioRun extends ScenarioInfo {
    passed: boolean;
    failures: { expectation: string; expected: string; actual: string; loc: Loc; zh: string; en: string }[];
    explanation: string;
    error?: string;
}

export interface ScenarioQuery { uri?: string; suite?: string; scenario?: string; lang?: 'zh' | 'en' }

export function listScenarios(client: BaseLanguageClient, query: ScenarioQuery): Promise<ScenarioInfo[]> {
    return client.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.listScenarios', arguments: [query] }) as Promise<ScenarioInfo[]>;
}

export function evaluateScenarios(client: BaseLanguageClient, query: ScenarioQuery): Promise<ScenarioRun[]> {
    return client.sendRequest(ExecuteCommandRequest.type, { command: 'zeren.evaluateScenario', arguments: [query] }) as Promise<ScenarioRun[]>;
}
