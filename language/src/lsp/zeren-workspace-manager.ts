import type { BuildOptions, LangiumDocument } from 'langium';
import { Cancellation, DefaultWorkspaceManager, DocumentState, interruptAndCheck } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { WorkspaceFolder } from 'vscode-languageserver';
import { currentLang } from '../validation/diagnostic-conversion.js';

/**
 * Loads every .zeren file of the workspace and validates all of them at start-up, not only the
 * ones the editor opens (Langium's default only parses and links the others), so a broken file
 * nobody opened still shows in Problems. The client shows the progress ("validating 12/40").
 */
export class ZerenWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };

    constructor(private readonly shared: LangiumSharedServices) {
        super(shared);
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const documents = await this.performStartup(folders);
        await interruptAndCheck(cancelToken);
        const progress = await this.startProgress(documents);
        try {
            await this.documentBuilder.build(documents, this.initialBuildOptions, cancelToken);
        } finally {
            progress.dispose();
        }
    }

    private async startProgress(documents: LangiumDocument[]): Promise<{ dispose(): void }> {
        const connection = this.shared.lsp.Connection;
        if (!connection || documents.length === 0) return { dispose: () => undefined };
        const zh = currentLang() === 'zh';
        const total = documents.length;
        const title = zh ? `Zeren：校验 ${total} 个文件` : `Zeren: validating ${total} files`;
        const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
        progress?.begin(title, 0, undefined, false);
        let done = 0;
        const validated = this.documentBuilder.onDocumentPhase(DocumentState.Validated, () => {
            done++;
            progress?.report(Math.floor((done / total) * 100), `${done}/${total}`);
        });
        return {
            dispose: () => {
                validated.dispose();
                progress?.done();
            },
        };
    }
}
