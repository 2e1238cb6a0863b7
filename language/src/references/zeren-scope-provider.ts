import type { AstNode, ReferenceInfo, Scope } from 'langium';
import { DefaultScopeProvider, EMPTY_SCOPE } from 'langium';
import type { Expectation, FactValue, Scenario, Subject } from '../generated/ast.js';
import {
    isBinary, isEnumeration, isEnumRefValue, isExpectation, isExpectedLabel, isFactValue, isGrade, isRecordValue, isRef,
    isRule, isScale, isScenario, isScenarioSuite, isVeto, isVetoClause, isVetoException, isTypeDecl, isDocument, isTypeRef,
    isSubject, isDerived, isFact, isRuleRef,
} from '../generated/ast.js';
import {
    contextSubject, declarationsOf, documentOfModel, enclosingElementSubjects, factsOf, modelOf, subjectMembers,
    valuesOf, valuesOfType,
} from './scope-helpers.js';
import { determinationRows, restrictionItems, situationClauses } from './accountability-scope.js';

/**
 * Resolves names through documents rather than a flat global namespace:
 * - in a rule file, names resolve among the file's declarations, the facts of the rule's
 *   subject, and (innermost first) the facts of list elements bound by 任一/计数/...;
 * - on the right of a comparison with an enum, scale or grade, that type's values come first,
 *   so 一般 means the grade band of 领导班子等次 there and the cadre band elsewhere;
 * - in a scenario file, names resolve inside the document the suite targets.
 */
export class ZerenScopeProvider extends DefaultScopeProvider {
    override getScope(context: ReferenceInfo): Scope {
        const { container, property } = context;
        if (isDocument(container) || property === 'doc' || (isScenarioSuite(container) && property === 'document') || (isRuleRef(container) && property === 'document')) {
            return super.getScope(context);
        }
        if (isTypeRef(container) || ((isRule(container)) && property === 'subject')) {
            return this.createScopeForNodes(declarationsOf(documentOfModel(modelOf(container))));
        }
        if (isRuleRef(container) && property === 'rule') {
            return this.createScopeForNodes(declarationsOf(container.document?.ref).filter(isRule));
        }
        if (isVetoException(container) && property === 'targets') {
            return this.createScopeForNodes(container.$container.clauses);
        }
        if (isRef(container)) {
            return property === 'member' ? this.memberScope(container.target?.ref) : this.expressionScope(container);
        }
        if (isScenario(container) && property === 'subject') {
            return this.createScopeForNodes(declarationsOf(container.$container.document?.ref));
        }
        if (isFactValue(container)) return this.createScopeForNodes(factsOf(this.factValueSubject(container)));
        if (isEnumRefValue(container)) return this.enumValueScope(container.$container);
        if (isExpectation(container)) return this.expectationScope(container, property);
        if (isExpectedLabel(container)) return this.createScopeForNodes(valuesOf(container.$container.target?.ref));
        return EMPTY_SCOPE;
    }

    private memberScope(target: AstNode | undefined): Scope {
        return this.createScopeForNodes(valuesOf(target));
    }

    private expressionScope(ref: AstNode): Scope {
        const decls = declarationsOf(documentOfModel(modelOf(ref)));
        // All enum/scale values and the declarations themselves, outermost.
        const values = decls.flatMap(d => (isEnumeration(d) || isScale(d) ? d.values : []));
        let scope = this.createScopeForNodes([...decls, ...values]);
        scope = this.createScopeForNodes(subjectMembers(contextSubject(ref)), scope);
        for (const element of enclosingElementSubjects(ref).reverse()) {
            scope = this.createScopeForNodes(subjectMembers(element), scope);
        }
        const typed = this.comparedValues(ref);
        return typed.length ? this.createScopeForNodes(typed, scope) : scope;
    }

    /** For `X = 一般`, the values of X's type. */
    private comparedValues(ref: AstNode): AstNode[] {
        const parent = ref.$container;
        if (!isBinary(parent) || parent.right !== ref || !isRef(parent.left)) return [];
        const left = parent.left.member?.ref ?? parent.left.target?.ref;
        if (isFact(left)) return valuesOfType(left.type);
        if (isGrade(left)) return left.bands;
        if (determinationRows(left).length) return determinationRows(left);
        if (isDerived(left) && isRef(left.expr)) return valuesOf(left.expr.target?.ref);
        return [];
    }

    private factValueSubject(value: FactValue): Subject | undefined {
        const owner = value.$container;
        if (isScenario(owner)) return owner.subject?.ref;
        if (isRecordValue(owner)) {
            const list = owner.$container; // ListValue
            const listFact = list.$container; // FactValue
            if (isFactValue(listFact)) {
                const fact = listFact.fact?.ref;
                return fact?.type.listOf?.ref;
            }
        }
        return undefined;
    }

    private enumValueScope(owner: AstNode): Scope {
        if (isFactValue(owner)) {
            const fact = owner.fact?.ref;
            if (fact) return this.createScopeForNodes(valuesOfType(fact.type));
        }
        // A fact's own default value: 事实 区域: 区 默认 甲区
        if (isFact(owner)) return this.createScopeForNodes(valuesOfType(owner.type));
        return EMPTY_SCOPE;
    }

    private expectationScope(expectation: Expectation, property: string): Scope {
        if (property === 'target') {
            const scenario = expectation.$container as Scenario;
            const decls = declarationsOf(scenario.$container.document?.ref);
            return this.createScopeForNodes([...decls.filter(isRule), ...restrictionItems(decls)]);
        }
        const target = expectation.target?.ref;
        const situations = situationClauses(target);
        if (situations) return property === 'clauses' ? this.createScopeForNodes(situations) : EMPTY_SCOPE;
        if (!isVeto(target)) return EMPTY_SCOPE;
        if (property === 'clauses') return this.createScopeForNodes(target.clauses.filter(isVetoClause));
        if (property === 'exceptions') return this.createScopeForNodes(target.exceptions);
        return EMPTY_SCOPE;
    }
}

export function isDeclaredType(node: AstNode | undefined): boolean {
    return isTypeDecl(node) || isSubject(node);
}
