import type { AstNode, LangiumDocument } from 'langium';
import { CstUtils, GrammarUtils } from 'langium';
import type { CodeAction, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeActionProvider } from 'langium/lsp';
import type { Lang } from '@zeren/model';
import { currentLang } from '../validation/diagnostic-conversion.js';
import type { ZerenLspServices } from './zeren-lsp-module.js';
import { bandGapFix } from './fixes/band-gap-fix.js';
import { citationFix } from './fixes/citation-fix.js';
import { declareFactFix } from './fixes/declare-fact-fix.js';
import { weightFixes } from './fixes/weights-fix.js';
import { looseningFix } from './fixes/loosening-fix.js';
import { removeConditionFix } from './fixes/remove-condition-fix.js';

/** A quick fix builder: the diagnostic, the AST node at its start, and the document. */
export type FixBuilder = (ctx: FixContext) => CodeAction[];

export interface FixContext {
    diagnostic: Diagnostic;
    node: AstNode;
    document: LangiumDocument;
    services: ZerenLspServices;
    lang: Lang;
}

/** Quick fixes switch on the diagnostic's code (the same codes the CLI prints). */
const FIXES: Record<string, FixBuilder> = {
    'weights-sum': weightFixes,
    'band-gap': bandGapFix,
    'missing-citation': citationFix,
    'unresolved-reference': declareFactFix,
    // An unknown name ending in a keyword (网络评价得分) is reported as possibly glued; same fix.
    'keyword-glued': declareFactFix,
    // A refinement that loosens the rule it refines: restore the refined rule's value.
    'loosen-band': looseningFix,
    'loosen-frequency-min': looseningFix,
    'loosen-frequency-max': looseningFix,
    'loosen-deadline': looseningFix,
    'loosen-restriction-shorter': looseningFix,
    'loosen-restriction-later': looseningFix,
    'loosen-lookback': looseningFix,
    'loosen-condition-added': removeConditionFix,
    'condition-always': removeConditionFix,
};

export class ZerenCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: ZerenLspServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return [];
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const build = FIXES[String(diagnostic.code ?? '')];
            if (!build) continue;
            const offset = document.textDocument.offsetAt(diagnostic.range.start);
            const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
            if (!leaf) continue;
            actions.push(...build({ diagnostic, node: leaf.astNode, document, services: this.services, lang: currentLang() }));
        }
        return actions;
    }
}

/** Helpers shared by the fixes. */
export function quickFix(title: string, diagnostic: Diagnostic, changes: NonNullable<CodeAction['edit']>['changes'], preferred = false): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit: { changes } };
}

export function propertyRange(node: AstNode, property: string) {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property)?.range;
}

export function lineIndent(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line, character: 200 } });
    return /^\s*/.exec(text)?.[0] ?? '';
}

