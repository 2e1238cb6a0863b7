import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ZerenDiagnostic } from '@zeren/model';
import { checkFile } from '@zeren/checker';
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
    const semantic = checkFile(lowered.ir);
    return [...lowered.diagnostics, ...semantic].filter(d => d.loc.uri === uri || d.loc.uri === '');
}

export function registerValidationChecks(services: ZerenServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.ZerenValidator;
    const checks: ValidationChecks<ZerenAstType> = {
        Model: validator.checkModel.bind(validator),
    };
    registry.register(checks, validator, 'fast');
}
