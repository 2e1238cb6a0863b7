import type { SourceLoc } from './location.js';
import type { Message, MessageCode } from './messages.js';
import { message } from './messages.js';

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in a rule or scenario file, shared by the CLI and the language server. */
export interface ZerenDiagnostic {
    severity: Severity;
    code: MessageCode;
    message: Message;
    loc: SourceLoc;
    /** Other places involved (the rule refined, the band above...). */
    related?: { loc: SourceLoc; message: Message }[];
    /** Data for quick fixes, keyed by code. */
    data?: Record<string, unknown>;
}

export function diag(severity: Severity, loc: SourceLoc, code: MessageCode, ...args: (string | number)[]): ZerenDiagnostic {
    return { severity, code, message: message(code, ...args), loc };
}
