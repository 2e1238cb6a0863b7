import './runtime/node20-polyfills.js';
import type {
    DefaultSharedCoreModuleContext, LangiumCoreServices, LangiumSharedCoreServices, Module, PartialLangiumCoreServices,
} from 'langium';
import { createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, inject } from 'langium';
import { ZerenGeneratedModule, ZerenGeneratedSharedModule } from './generated/module.js';
import { ZerenScopeComputation } from './references/zeren-scope-computation.js';
import { createGuardedParser } from './parser/guarded-parser.js';
import { ZerenValueConverter } from './parser/zeren-value-converter.js';
import { ZerenScopeProvider } from './references/zeren-scope-provider.js';
import { ZerenLinker } from './references/zeren-linker.js';
import { ZerenNameProvider } from './references/zeren-name-provider.js';
import { ZerenDocumentValidator } from './validation/zeren-document-validator.js';
import { registerValidationChecks, ZerenValidator } from './validation/zeren-validator.js';
import { ZerenModelService } from './workspace/zeren-model-service.js';
import { ZerenReferenceDescriptionProvider } from './workspace/zeren-reference-descriptions.js';
import { ZerenAstNodeDescriptionProvider } from './workspace/zeren-node-descriptions.js';

export interface ZerenAddedServices {
    model: { Models: ZerenModelService };
    validation: { ZerenValidator: ZerenValidator };
}

export type ZerenServices = LangiumCoreServices & ZerenAddedServices;

export const ZerenModule: Module<ZerenServices, PartialLangiumCoreServices & ZerenAddedServices> = {
    parser: {
        LangiumParser: services => createGuardedParser(services),
        ValueConverter: () => new ZerenValueConverter(),
    },
    references: {
        ScopeComputation: services => new ZerenScopeComputation(services),
        ScopeProvider: services => new ZerenScopeProvider(services),
        Linker: services => new ZerenLinker(services),
        NameProvider: () => new ZerenNameProvider(),
    },
    workspace: {
        AstNodeDescriptionProvider: services => new ZerenAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new ZerenReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: services => new ZerenDocumentValidator(services),
        ZerenValidator: services => new ZerenValidator(services as ZerenServices),
    },
    model: {
        Models: services => new ZerenModelService(services as ZerenServices),
    },
};

/** Core services without LSP: for the CLI, the tests and the evaluator's library API. */
export function createZerenCoreServices(context: DefaultSharedCoreModuleContext = EmptyFileSystem): {
    shared: LangiumSharedCoreServices;
    Zeren: ZerenServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), ZerenGeneratedSharedModule);
    const Zeren = inject(createDefaultCoreModule({ shared }), ZerenGeneratedModule, ZerenModule);
    shared.ServiceRegistry.register(Zeren);
    registerValidationChecks(Zeren);
    return { shared, Zeren };
}
