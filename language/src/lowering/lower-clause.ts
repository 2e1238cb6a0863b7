import type { Citation, VetoClauseIR } from '@zeren/model';
import { clauseCitation, clauseId, parseCitation } from '@zeren/model';
import type { VetoClause } from '../generated/ast.js';
import type { ExprScope } from './lower-expression.js';
import { expectBool, lowerExpression } from './lower-expression.js';
import type { LoweringContext } from './lowering-context.js';

/**
 * A clause `（四） [任一 列表] 当 条件`: a veto clause, an accountability situation or circumstance.
 * `任一 成员` evaluates the condition per element; the clause inherits its rule's article.
 */
export function lowerClause(
    clause: VetoClause, document: string, rule: string, idLabel: string, parent: Citation | undefined, scope: ExprScope, ctx: LoweringContext,
): VetoClauseIR {
    const over = clause.over ? lowerExpression(clause.over, scope, ctx) : undefined;
    const element = over?.type.kind === 'list' ? over.type.subject : undefined;
    if (over && !element && over.type.kind !== 'error') ctx.error(clause, 'over', 'expected-list', over.type.kind);
    const condition = lowerExpression(clause.condition, element ? { ...scope, subject: element } : scope, ctx);
    expectBool(condition, clause.condition, ctx);
    const c: VetoClauseIR = {
        id: clauseId(document, rule, idLabel),
        label: clause.name,
        citation: clauseCitation(parent, clause.name, clause.citation ? parseCitation(clause.citation) : undefined),
        over,
        element,
        condition,
        refines: clause.refinesClause,
        sourceText: clause.sourceText,
        notes: clause.notes,
        loc: ctx.loc(clause, 'name'),
    };
    ctx.irOf.set(clause, c);
    return c;
}
