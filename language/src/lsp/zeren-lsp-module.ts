import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import type { Module } from 'langium';
import { inject } from 'langium';
import { ZerenGeneratedModule, ZerenGeneratedSharedModule } from '../generated/module.js';
import { registerValidationChecks } from '../validation/zeren-validator.js';
import type { ZerenAddedServices } from '../zeren-module.js';
import { ZerenModule } from '../zeren-module.js';
import { ZerenDefinitionProvider } from './zeren-definition-provider.js';
import { ZerenDocumentBuilder } from '../workspace/zeren-document-builder.js';
import { ScenarioService } from './scenario-service.js';
import { ZerenCodeActionProvider } from './zeren-code-actions.js';
import { ZerenCodeLensProvider } from './zeren-code-lens.js';
import { ZerenCommandHandler } from './zeren-command-handler.js';
import { ZerenCompletionProvider } from './zeren-completion-provider.js';
import { ZerenDocumentSymbolProvider } from './zeren-document-symbols.js';
import { ZerenFoldingRangeProvider } from './zeren-folding.js';
import { ZerenFormatter } from './zeren-formatter.js';
import { ZerenHoverProvider } from './zeren-hover-provider.js';
import { ZerenInlayHintProvider } from './zeren-inlay-hints.js';
import { followClientLocale } from './zeren-locale.js';
import { ZerenNodeKindProvider } from './zeren-node-kinds.js';
import { refreshDerivedViews } from './zeren-refresh.js';
import { ZerenSemanticTokenProvider } from './zeren-semantic-tokens.js';
import { ZerenWorkspaceManager } from './zeren-workspace-manager.js';

export interface ZerenLspAddedServices {
    scenarios: { Scenarios: ScenarioService };
}

/** The core Zeren services plus Langium's LSP services and the editor features. */
export type ZerenLspServices = LangiumServices & ZerenAddedServices & ZerenLspAddedServices;

export const ZerenLspModule: Module<ZerenLspServices, PartialLangiumServices & ZerenLspAddedServices> = {
    scenarios: {
        Scenarios: services => new ScenarioService(services),
    },
    lsp: {
        HoverProvider: services => new ZerenHoverProvider(services),
        CompletionProvider: services => new ZerenCompletionProvider(services),
        Formatter: () => new ZerenFormatter(),
        SemanticTokenProvider: services => new ZerenSemanticTokenProvider(services),
        CodeActionProvider: services => new ZerenCodeActionProvider(services),
        InlayHintProvider: services => new ZerenInlayHintProvider(services),
        CodeLensProvider: services => new ZerenCodeLensProvider(services),
        DefinitionProvider: services => new ZerenDefinitionProvider(services),
        DocumentSymbolProvider: services => new ZerenDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new ZerenFoldingRangeProvider(services),
    },
};

export const ZerenSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: shared => new ZerenDocumentBuilder(shared),
        WorkspaceManager: shared => new ZerenWorkspaceManager(shared),
    },
    lsp: {
        NodeKindProvider: () => new ZerenNodeKindProvider(),
        ExecuteCommandHandler: shared => new ZerenCommandHandler(shared),
    },
};

/** Services for the language servers (Node and browser): same core as the CLI, plus LSP features. */
export function createZerenServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Zeren: ZerenLspServices } {
    const shared = inject(createDefaultSharedModule(context), ZerenGeneratedSharedModule, ZerenSharedLspModule);
    const Zeren = inject(
        createDefaultModule({ shared }),
        ZerenGeneratedModule,
        ZerenModule as unknown as Module<ZerenLspServices, Partial<ZerenAddedServices>>,
        ZerenLspModule,
    );
    shared.ServiceRegistry.register(Zeren);
    registerValidationChecks(Zeren);
    followClientLocale(shared);
    refreshDerivedViews(shared);
    return { shared, Zeren };
}
