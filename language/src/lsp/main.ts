// The Node language server (stdio or IPC, chosen by the client's command-line flags).
import '../runtime/node20-polyfills.js';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerDiffCommand } from './zeren-diff-command.js';
import { startZerenLanguageServer } from './diagnostics-first.js';
import { createZerenServices } from './zeren-lsp-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createZerenServices({ connection, ...NodeFileSystem });
registerDiffCommand(shared);
startZerenLanguageServer(shared);
