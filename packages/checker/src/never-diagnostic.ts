import type { ExprIR, MessageCode, SourceLoc, ZerenDiagnostic } from '@zeren/model';
import { diag, message } from '@zeren/model';
import { clashOf } from './condition-truth.js';

/** A "can never apply" warning, pointing at the fact whose constraints clash when there is one. */
export function neverDiagnostic(loc: SourceLoc, code: MessageCode, condition: ExprIR, ...args: string[]): ZerenDiagnostic {
    const d = diag('warning', loc, code, ...args);
    const clash = clashOf(condition);
    if (clash) d.related = [{ loc: clash.loc, message: message('related-never-clash', clash.name, clash.constraints.join('、')) }];
    return d;
}
