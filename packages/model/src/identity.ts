/**
 * Stable identities. A rule is identified by its document and name, a clause by its rule and
 * label; the diff, the conformance check, coverage and the editor all key on these strings, so
 * they never depend on the order of declarations or on formatting.
 */
export function ruleId(documentName: string, ruleName: string): string {
    return `${documentName}/${ruleName}`;
}

export function clauseId(documentName: string, ruleName: string, label: string): string {
    return `${documentName}/${ruleName}/${label}`;
}
