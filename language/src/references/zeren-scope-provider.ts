import type { AstNode, AstNodeDescription, ReferenceInfo, Scope, ScopeOptions } from 'langium';
import { DefaultScopeProvider, EMPTY_SCOPE, MapScope, stream } from 'langium';
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
    /** One description per declaration: scopes are rebuilt per reference, descriptions (with their node paths) need not be. */
    private readonly described = new WeakMap<AstNode, AstNodeDescription | null>();

    /** Scopes that depend only on one node (a file's declarations, a subject's members), built once per parse. */
    private readonly scopes = new WeakMap<AstNode, Map<string, Scope>>();

    /** Scopes that put one node's names in front of an outer scope (a binder's members, compared values), built once per pair. */
    private readonly layers = new WeakMap<Scope, WeakMap<AstNode, Scope>>();

    // Map-based scopes: a lookup is a hash probe, not a scan, so linking stays linear in file size.
    protected override createScopeForNodes(elements: Iterable<AstNode>, outerScope?: Scope, options?: ScopeOptions): Scope {
        // The first declaration of a name wins (a duplicate is reported by lowering), as in Langium's stream scopes.
        const seen = new Set<string>();
        // A node the parser could only partly recover may leave holes in these lists.
        const firsts = stream(elements).filter(e => e !== undefined && e !== null).map(e => this.describe(e)).nonNullable().filter(d => !seen.has(d.name) && !!seen.add(d.name));
        return new MapScope(firsts, outerScope, options);
    }

    private cached(key: AstNode, tag: string, build: () => Scope): Scope {
        let byTag = this.scopes.get(key);
        if (!byTag) this.scopes.set(key, (byTag = new Map()));
        let scope = byTag.get(tag);
        if (!scope) byTag.set(tag, (scope = build()));
        return scope;
    }

    /** `nodes()` in front of `outer`; `key` is the node they all come from (same names for the same key). */
    private layered(outer: Scope, key: AstNode, nodes: () => AstNode[]): Scope {
        let byKey = this.layers.get(outer);
        if (!byKey) this.layers.set(outer, (byKey = new WeakMap()));
        let scope = byKey.get(key);
        if (!scope) byKey.set(key, (scope = this.createScopeForNodes(nodes(), outer)));
        return scope;
    }

    /** A file's declarations and every enum/scale value declared in it. */
    private declarationScope(model: AstNode | undefined): Scope {
        if (!model) return EMPTY_SCOPE;
        return this.cached(model, 'decls+values', () => {
            const decls = declarationsOf(documentOfModel(modelOf(model)));
            const values = decls.flatMap(d => (isEnumeration(d) || isScale(d) ? d.values ?? [] : []));
            return this.createScopeForNodes([...decls, ...values]);
        });
    }

    /** A subject's facts and derived values, inside its file's declarations. */
    private subjectScope(subject: Subject): Scope {
        return this.cached(subject, 'members', () => this.createScopeForNodes(subjectMembers(subject), this.declarationScope(modelOf(subject))));
    }

    private describe(node: AstNode): AstNodeDescription | undefined {
        let d = this.described.get(node);
        if (d === undefined) {
            const name = this.nameProvider.getName(node);
            d = name ? this.descriptions.createDescription(node, name) : null;
            this.described.set(node, d);
        }
        return d ?? undefined;
    }

    override getScope(context: ReferenceInfo): Scope {
        const { container, property } = context;
        if (isDocument(container) || property === 'doc' || (isScenarioSuite(container) && property === 'document') || (isRuleRef(container) && property === 'document')) {
            return super.getScope(context);
        }
        if (isTypeRef(container) || ((isRule(container)) && property === 'subject')) {
            const model = modelOf(container);
            return model ? this.cached(model, 'decls', () => this.createScopeForNodes(declarationsOf(documentOfModel(model)))) : EMPTY_SCOPE;
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
        return target ? this.cached(target, 'values', () => this.createScopeForNodes(valuesOf(target))) : this.createScopeForNodes([]);
    }

    private expressionScope(ref: AstNode): Scope {
        // Outermost the file's declarations and enum values, then the rule's subject, then binders.
        const subject = contextSubject(ref);
        let scope = subject && modelOf(subject) === modelOf(ref) ? this.subjectScope(subject) : this.createScopeForNodes(subjectMembers(subject), this.declarationScope(modelOf(ref)));
        // Cached per (outer scope, node): every reference in a binder's body or compared with the
        // same thing shares one scope instead of building its own map.
        for (const element of enclosingElementSubjects(ref).reverse()) {
            scope = this.layered(scope, element, () => subjectMembers(element));
        }
        const compared = this.comparedWith(ref);
        const typed = compared ? this.comparedValues(compared) : [];
        return compared && typed.length ? this.layered(scope, compared, () => typed) : scope;
    }

    /** For `X = 一般`, what X names. */
    private comparedWith(ref: AstNode): AstNode | undefined {
        const parent = ref.$container;
        if (!isBinary(parent) || parent.right !== ref || !isRef(parent.left)) return undefined;
        return parent.left.member?.ref ?? parent.left.target?.ref;
    }

    /** The values of what a comparison's left side names, e.g. of X's type. */
    private comparedValues(left: AstNode): AstNode[] {
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
                // A fact the parser recovered without its type (事实 成员: ) lists nothing.
                return fact?.type?.listOf?.ref;
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
