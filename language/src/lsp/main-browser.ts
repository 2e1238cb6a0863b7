// The browser language server, run in a Web Worker (VS Code for the Web). No file system: the
// client sends every document it opens.
import '../runtime/node20-polyfills.js';
import { EmptyFileSystem } from 'langium';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startZerenLanguageServer } from './diagnostics-first.js';
import { createZerenServices } from './zeren-lsp-module.js';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared } = createZerenServices({ connection, ...EmptyFileSystem });
startZerenLanguageServer(shared);
