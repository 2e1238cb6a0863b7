import type { LangiumDocument } from 'langium';
import type { CodeLens } from 'vscode-languageserver';
import type { CodeLensProvider } from 'langium/lsp';
import { currentLang } from '../validation/diagnostic-conversion.js';
import { label } from './hover-labels.js';
import type { ZerenLspServices } from './zeren-lsp-module.js';

/** Client-side commands the lenses invoke (the extension registers them; other clients may too). */
export const RUN_SCENARIO_COMMAND = 'zeren.runScenario';
export const SHOW_EXPLANATION_COMMAND = 'zeren.showExplanation';

/**
 * Above each scenario: "▶ 运行场景" and its current pass/fail state, and "查看解释"; above each
 * suite: run all. States come from the same evaluator run the Test Explorer uses.
 */
export class ZerenCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: ZerenLspServices) {}

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const lang = currentLang();
        const uri = document.uri.toString();
        const lenses: CodeLens[] = [];
        const scenarios = this.services.scenarios.Scenarios;
        for (const suite of scenarios.suites(document)) {
            const runs = scenarios.run(document, lang, { suite: suite.name });
            const passed = runs.filter(r => r.passed).length;
            lenses.push({
                range: suite.loc.range,
                command: { title: `▶ ${label('runAll', lang)} (${passed}/${runs.length} ${label('passed', lang)})`, command: RUN_SCENARIO_COMMAND, arguments: [{ uri, suite: suite.name }] },
            });
            for (const run of runs) {
                const state = run.passed ? `✓ ${label('passed', lang)}` : `✗ ${label('failed', lang)}`;
                const args = [{ uri, suite: suite.name, scenario: run.scenario }];
                lenses.push({ range: run.loc.range, command: { title: `▶ ${label('run', lang)} · ${state}`, command: RUN_SCENARIO_COMMAND, arguments: args } });
                lenses.push({ range: run.loc.range, command: { title: label('explain', lang), command: SHOW_EXPLANATION_COMMAND, arguments: args } });
            }
        }
        return lenses;
    }
}
