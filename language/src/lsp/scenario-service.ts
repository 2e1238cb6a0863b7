import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Lang, Level, Outcome, ScenarioIR, ScenarioSuiteIR, SourceLoc } from '@zeren/model';
import { formatOutcome, runScenario } from '@zeren/evaluator';
import type { ScenarioResult } from '@zeren/evaluator';
import type { ZerenServices } from '../zeren-module.js';

/** What the editor shows for one scenario: the evaluator's result plus its explanation text. */
export interface ScenarioRun {
    uri: string;
    suite: string;
    scenario: string;
    loc: SourceLoc;
    passed: boolean;
    outcome?: Outcome;
    failures: ScenarioResult['failures'];
    explanation: string;
    /** Set when the scenario could not be evaluated at all (no rule document loaded, crash). */
    error?: string;
}

export interface ScenarioInfo {
    uri: string;
    suite: string;
    scenario: string;
    loc: SourceLoc;
    /** The rule document the suite tests, and its level (the Test Explorer groups by both). */
    document?: string;
    level?: Level;
}

/**
 * The editor's only door to the evaluator: code lenses, inlay hints, hovers, the Test Explorer
 * and the evaluate command all go through here, so the server never re-implements evaluation.
 * Programs are the model service's (compiled once per parse of the rule file); results are
 * cached per scenario until its IR is re-created.
 */
export class ScenarioService {
    private readonly runs = new WeakMap<ScenarioIR, ScenarioRun>();

    constructor(private readonly services: ZerenServices) {}

    suites(document: LangiumDocument): ScenarioSuiteIR[] {
        return this.services.model.Models.ir(document).suites;
    }

    list(document: LangiumDocument): ScenarioInfo[] {
        const uri = document.uri.toString();
        const models = this.services.model.Models;
        return this.suites(document).flatMap(s => {
            const level = models.documentIR(s.document)?.level;
            return s.scenarios.map(sc => ({ uri, suite: s.name, scenario: sc.name, loc: sc.loc, document: s.document, level }));
        });
    }

    /** Runs the scenarios of a file, optionally only those of one suite / one name. */
    run(document: LangiumDocument, lang: Lang, filter: { suite?: string; scenario?: string } = {}): ScenarioRun[] {
        const out: ScenarioRun[] = [];
        for (const suite of this.suites(document)) {
            if (filter.suite && suite.name !== filter.suite) continue;
            for (const scenario of suite.scenarios) {
                if (filter.scenario && scenario.name !== filter.scenario) continue;
                out.push(this.runOne(document.uri.toString(), suite, scenario, lang));
            }
        }
        return out;
    }

    runOne(uri: string, suite: ScenarioSuiteIR, scenario: ScenarioIR, lang: Lang): ScenarioRun {
        const cached = this.runs.get(scenario);
        if (cached) return { ...cached, explanation: cached.outcome ? formatOutcome(cached.outcome, lang) : cached.explanation };
        const base = { uri, suite: suite.name, scenario: scenario.name, loc: scenario.loc };
        const models = this.services.model.Models;
        const doc = models.documentIR(suite.document);
        const program = doc && models.program(suite.document);
        let run: ScenarioRun;
        if (!doc || !program) {
            const error = !doc
                ? lang === 'zh' ? `未找到规则文件“${suite.document}”` : `Rule document '${suite.document}' is not loaded`
                : lang === 'zh' ? `规则文件“${suite.document}”有语法错误，修正后才能运行场景` : `The rule document '${suite.document}' has syntax errors; fix them to run its scenarios`;
            run = { ...base, passed: false, failures: [], explanation: error, error };
        } else {
            try {
                const result = runScenario(program, scenario, { explain: true });
                run = { ...base, passed: result.passed, outcome: result.outcome, failures: result.failures, explanation: formatOutcome(result.outcome, lang) };
            } catch (e) {
                const error = e instanceof Error ? e.message : String(e);
                run = { ...base, passed: false, failures: [], explanation: error, error };
            }
        }
        this.runs.set(scenario, run);
        return run;
    }

    /** The loaded document for a URI string, if the workspace has it. */
    document(uri: string): LangiumDocument | undefined {
        const docs = this.services.shared.workspace.LangiumDocuments;
        const parsed = URI.parse(uri);
        return docs.hasDocument(parsed) ? docs.getDocument(parsed) : undefined;
    }
}
