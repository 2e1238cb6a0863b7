import type { AstNode } from 'langium';
import { isDetermination, isRestrictions, isSituations } from '../generated/ast.js';

/**
 * Names the accountability constructs add to scopes: a 认定's conclusions (compared with its
 * result, expected in scenarios) and each restriction of an 影响 (a scenario expects its dates).
 */
export function determinationRows(node: AstNode | undefined): AstNode[] {
    return isDetermination(node) ? node.rows : [];
}

export function restrictionItems(decls: AstNode[]): AstNode[] {
    return decls.flatMap(d => (isRestrictions(d) ? d.items : []));
}

/** `主体责任 = 是 条款 （一）（五）`: the situations of a 情形 group. */
export function situationClauses(node: AstNode | undefined): AstNode[] | undefined {
    return isSituations(node) ? node.clauses : undefined;
}
