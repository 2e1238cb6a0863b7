export * from './zeren-module.js';
export * from './generated/ast.js';
export { ZerenModelService } from './workspace/zeren-model-service.js';
export { setLang, currentLang } from './validation/diagnostic-conversion.js';
export { collectModelDiagnostics } from './validation/zeren-validator.js';
export { lowerFile } from './lowering/lower-file.js';
export type { LoweredFile } from './lowering/lower-file.js';
export { loadSide } from './workspace/load-side.js';
export { formatText } from './lsp/format-text.js';
