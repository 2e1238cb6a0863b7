import type { AstNode, AstNodeDescription } from 'langium';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import type { NodeKindProvider } from 'langium/lsp';

/** Outline and completion icons by construct: documents, subjects, facts, rules, scenarios... */
const KINDS: Record<string, [SymbolKind, CompletionItemKind]> = {
    Document: [SymbolKind.File, CompletionItemKind.File],
    Subject: [SymbolKind.Class, CompletionItemKind.Class],
    Fact: [SymbolKind.Field, CompletionItemKind.Field],
    Derived: [SymbolKind.Property, CompletionItemKind.Property],
    Enumeration: [SymbolKind.Enum, CompletionItemKind.Enum],
    Scale: [SymbolKind.Enum, CompletionItemKind.Enum],
    EnumValue: [SymbolKind.EnumMember, CompletionItemKind.EnumMember],
    Score: [SymbolKind.Function, CompletionItemKind.Function],
    Grade: [SymbolKind.Function, CompletionItemKind.Function],
    Veto: [SymbolKind.Function, CompletionItemKind.Function],
    Exclusion: [SymbolKind.Function, CompletionItemKind.Function],
    Consequence: [SymbolKind.Function, CompletionItemKind.Function],
    Component: [SymbolKind.Number, CompletionItemKind.Value],
    BonusGroup: [SymbolKind.Number, CompletionItemKind.Value],
    BonusItem: [SymbolKind.Number, CompletionItemKind.Value],
    Band: [SymbolKind.EnumMember, CompletionItemKind.EnumMember],
    VetoClause: [SymbolKind.Boolean, CompletionItemKind.Constant],
    VetoException: [SymbolKind.Boolean, CompletionItemKind.Constant],
    ScenarioSuite: [SymbolKind.Module, CompletionItemKind.Module],
    Scenario: [SymbolKind.Event, CompletionItemKind.Event],
};

export class ZerenNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.[0] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.[1] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
}
