import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { FileIR, ZerenDiagnostic } from '@zeren/model';
import { evaluate, missingFactErrors } from '@zeren/evaluator';
import { checkFile, checkWorkspace } from '@zeren/checker';
import { AstUtils } from 'langium';
import type { Model, ZerenAstType } from '../generated/ast.js';
import type { ZerenServices } from '../zeren-module.js';
import { currentLang, toLspDiagnosticInfo } from './diagnostic-conversion.js';

/**
 * Langium's entry to the checks. Lowering and the semantic checks run once per file on the
 * semantic model (packages/checker); this class only hands their diagnostics to Langium, so
 * the CLI and the editor report exactly the same problems.
 */
export class ZerenValidator {
    constructor(private readonly services: ZerenServices) {}

    checkModel(model: Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        for (const d of collectModelDiagnostics(this.services, document)) {
            const info = toLspDiagnosticInfo(d, model);
            accept(d.severity === 'info' ? 'info' : d.severity, info.message(currentLang()), info.info);
        }
    }
}

export function collectModelDiagnostics(services: ZerenServices, document: Parameters<ZerenServices['model']['Models']['lowered']>[0]): ZerenDiagnostic[] {
    const lowered = services.model.Models.lowered(document);
    const uri = document.uri.toString();
    const semantic = [...checkFile(lowered.ir), ...checkWorkspace(lowered.ir, services.model.Models.documentGraph())];
    // A rule left out of evaluation is reported at the rule, unless the file's errors already say why.
    const hasErrors = lowered.diagnostics.some(d => d.severity === 'error') || document.parseResult.parserErrors.length > 0
        || document.parseResult.lexerErrors.length > 0 || document.references.some(r => r.error !== undefined);
    const compiled = lowered.ir.documents.flatMap(doc => services.model.Models.program(doc.name)?.diagnostics ?? [])
        .filter(d => !(hasErrors && d.code === 'rule-not-compiled'));
    return [...lowered.diagnostics, ...semantic, ...compiled, ...scenarioDiagnostics(services, lowered.ir)]
        .filter(d => d.loc.uri === uri || d.loc.uri === '');
}

/**
 * Scenarios are evaluated as part of validation: a fact a rule needs but the scenario does not
 * give (and other evaluation errors) is a diagnostic on the scenario, not a surprise at test time.
 */
function scenarioDiagnostics(services: ZerenServices, ir: FileIR): ZerenDiagnostic[] {
    const out: ZerenDiagnostic[] = [];
    for (const suite of ir.suites) {
        const program = services.model.Models.program(suite.document);
        if (!program) continue;
        for (const scenario of suite.scenarios) {
            const sp = program.subjects.get(scenario.subject.name);
            if (!sp) continue;
            const outcome = evaluate(program, scenario.subject.name, scenario.facts, { year: scenario.year, asOf: scenario.asOf });
            for (const e of [...outcome.errors, ...missingFactErrors(outcome)]) {
                if (e.code === 'fact-missing' && scenario.written.has(e.args[0])) continue;
                out.push({ severity: 'error', code: e.code as ZerenDiagnostic['code'], message: { code: e.code as ZerenDiagnostic['code'], args: e.args }, loc: scenario.loc });
            }
        }
    }
    return out;
}

export function registerValidationChecks(services: ZerenServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.ZerenValidator;
    const checks: ValidationChecks<ZerenAstType> = {
        Model: validator.checkModel.bind(validator),
    };
    registry.register(checks, validator, 'fast');
}
