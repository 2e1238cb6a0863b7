import type { AstNode } from 'langium';
import type { CompareOp, DerivedIR, ExprIR, FactIR, GradeIR, RuleIR, SubjectIR, TypeDeclIR, TypeIR } from '@zeren/model';
import { writtenType } from '@zeren/model';
import type { Expression } from '../generated/ast.js';
import {
    isAggregate, isBand, isBinary, isBooleanLiteral, isCall, isDateLiteral, isDerived, isEnumValue, isEnumeration, isFact,
    isGrade, isNegation, isNumberLiteral, isRef, isRule, isScale, isShare, isComponent, isDeterminationRow,
} from '../generated/ast.js';
import { isIsoDate } from '@zeren/time';
import type { LoweringContext } from './lowering-context.js';
import { lowerNumber } from './numbers.js';

const COMPARE: Record<string, CompareOp> = {
    '≥': '>=', '>=': '>=', '≤': '<=', '<=': '<=', '>': '>', '<': '<', '=': '=', '≠': '!=', '!=': '!=',
    // 《民法典》第一千二百五十九条: 不少于/不超过 include the number, 超过/少于/不满 exclude it.
    不少于: '>=', 不超过: '<=', 超过: '>', 少于: '<', 不满: '<',
};
const ARITH: Record<string, '+' | '-' | '*' | '/'> = { '+': '+', '-': '-', '*': '*', '×': '*', '/': '/', '÷': '/' };

export type DerivedResolver = (node: AstNode) => DerivedIR | undefined;

/** Where an expression is evaluated: the subject whose facts it reads, and which subject's rules it may name. */
export interface ExprScope {
    subject: SubjectIR | undefined;
    resolveDerived: DerivedResolver;
}

export function isNumeric(t: TypeIR): boolean {
    return t.kind === 'int' || t.kind === 'dec' || t.kind === 'ratio';
}

export function lowerExpression(node: Expression | undefined, scope: ExprScope, ctx: LoweringContext): ExprIR {
    const loc = ctx.loc(node);
    const error = (): ExprIR => ({ k: 'error', type: { kind: 'error' }, loc });
    if (!node) return error();

    if (isNumberLiteral(node)) {
        let value = lowerNumber(node.value, node, 'value', ctx);
        if (!value) return error();
        if (node.percent) value = value.div(100);
        return { k: 'num', value, text: node.percent ? `${node.value}%` : undefined, type: value.d === 1n ? { kind: 'int' } : { kind: 'dec', places: 0 }, loc };
    }
    if (isBooleanLiteral(node)) return { k: 'bool', value: node.value === '是', type: { kind: 'bool' }, loc };
    if (isDateLiteral(node)) {
        if (!isIsoDate(node.value)) {
            ctx.error(node, 'value', 'invalid-date', node.value);
            return error();
        }
        return { k: 'date', value: node.value, type: { kind: 'date' }, loc };
    }
    if (isNegation(node)) {
        const operand = lowerExpression(node.operand, scope, ctx);
        expectBool(operand, node.operand, ctx);
        return { k: 'not', operand, type: { kind: 'bool' }, loc };
    }
    if (isBinary(node)) return lowerBinary(node, scope, ctx);
    if (isShare(node)) return lowerShare(node, scope, ctx);
    if (isAggregate(node)) {
        const collection = lowerExpression(node.collection, scope, ctx);
        if (collection.type.kind !== 'list') {
            if (collection.type.kind !== 'error') ctx.error(node.collection, undefined, 'expected-list', writtenType(collection.type));
            return error();
        }
        const element = collection.type.subject;
        const body = node.body ? lowerExpression(node.body, { ...scope, subject: element }, ctx) : undefined;
        const fn = ({ 计数: 'count', 任一: 'any', 所有: 'all', 合计: 'sum' } as const)[node.fn];
        if (fn === 'sum') {
            if (!body) return error();
            expectNumber(body, node.body, ctx);
            return { k: 'agg', fn, collection, element, body, type: body.type, loc };
        }
        if (body) expectBool(body, node.body, ctx);
        if (fn !== 'count' && !body) ctx.error(node, 'fn', 'expected-bool', writtenType({ kind: 'int' }));
        return { k: 'agg', fn, collection, element, body, type: fn === 'count' ? { kind: 'int' } : { kind: 'bool' }, loc };
    }
    if (isCall(node)) {
        const args = node.args.map(a => lowerExpression(a, scope, ctx));
        args.forEach((a, i) => expectNumber(a, node.args[i], ctx));
        return { k: 'call', fn: node.fn === '最小' ? 'min' : 'max', args, type: numericJoin(args.map(a => a.type)), loc };
    }
    if (isRef(node)) return lowerRef(node, scope, ctx);
    return error();
}

function lowerRef(node: Extract<Expression, { $type: 'Ref' }>, scope: ExprScope, ctx: LoweringContext): ExprIR {
    const loc = ctx.loc(node);
    const error = (): ExprIR => ({ k: 'error', type: { kind: 'error' }, loc });
    const target = node.member ? node.member?.ref : node.target?.ref;
    if (!target) return error(); // the linker reports unresolved names
    if (node.member && !(isEnumeration(node.target?.ref) || isScale(node.target?.ref) || isGrade(node.target?.ref))) {
        ctx.error(node, 'target', 'member-without-type', node.target?.$refText);
        return error();
    }
    if (isFact(target)) {
        const fact = ctx.ir<FactIR>(target);
        return fact ? { k: 'fact', fact, type: fact.type, loc } : error();
    }
    if (isDerived(target)) {
        const derived = scope.resolveDerived(target);
        return derived ? { k: 'derived', derived, type: derived.type, loc } : error();
    }
    if (isEnumValue(target) || isDeterminationRow(target)) { // a 认定 conclusion is a value of its result type
        const v = ctx.ir<{ decl: TypeDeclIR; index: number }>(target);
        return v ? { k: 'enumValue', decl: v.decl, index: v.index, type: { kind: 'enum', decl: v.decl, optional: false }, loc } : error();
    }
    if (isBand(target)) {
        const grade = ctx.ir<GradeIR>(target.$container);
        if (!grade) return error();
        const index = target.$container.bands.indexOf(target);
        return { k: 'band', grade, index, type: { kind: 'grade', grade }, loc };
    }
    if (isRule(target)) {
        const rule = ctx.ir<RuleIR>(target);
        if (!rule) return error();
        if (scope.subject && rule.subject.name !== scope.subject.name) {
            ctx.error(node, 'target', 'subject-mismatch', rule.name, rule.subject.name, scope.subject.name);
        }
        return { k: 'rule', rule, type: ruleResultType(rule), loc };
    }
    if (isComponent(target) || isEnumeration(target) || isScale(target)) {
        ctx.error(node, 'target', 'not-a-value', node.target?.$refText);
    }
    return error();
}

export function ruleResultType(rule: RuleIR): TypeIR {
    switch (rule.kind) {
        case 'score': return { kind: 'dec', places: 0 };
        case 'grade': return { kind: 'grade', grade: rule };
        case 'accountability': return rule.form === 'determination' ? { kind: 'enum', decl: rule.resultType, optional: true } : { kind: 'bool' };
        default: return { kind: 'bool' };
    }
}

function lowerBinary(node: Extract<Expression, { $type: 'Binary' }>, scope: ExprScope, ctx: LoweringContext): ExprIR {
    const loc = ctx.loc(node);
    const left = lowerExpression(node.left, scope, ctx);
    const right = lowerExpression(node.right, scope, ctx);
    if (node.op === '且' || node.op === '或') {
        expectBool(left, node.left, ctx);
        expectBool(right, node.right, ctx);
        return { k: 'logic', op: node.op === '且' ? 'and' : 'or', left, right, type: { kind: 'bool' }, loc };
    }
    const cmp = COMPARE[node.op];
    if (cmp) {
        checkComparable(left, right, cmp, node, ctx);
        return { k: 'compare', op: cmp, left, right, type: { kind: 'bool' }, loc };
    }
    const op = ARITH[node.op];
    expectNumber(left, node.left, ctx);
    expectNumber(right, node.right, ctx);
    if (left.type.kind === 'ratio' || right.type.kind === 'ratio') {
        ctx.error(node, 'op', 'ratio-arith');
        return { k: 'error', type: { kind: 'error' }, loc };
    }
    const type: TypeIR = op === '/' ? { kind: 'ratio' } : numericJoin([left.type, right.type]);
    return { k: 'arith', op, left, right, type, loc };
}

/** `部分 占 总数 不少于 10%`: the ratio part ÷ whole compared with the bound (a zero whole is an evaluation error). */
function lowerShare(node: Extract<Expression, { $type: 'Share' }>, scope: ExprScope, ctx: LoweringContext): ExprIR {
    const loc = ctx.loc(node);
    const part = lowerExpression(node.part, scope, ctx);
    const whole = lowerExpression(node.whole, scope, ctx);
    const bound = lowerExpression(node.bound, scope, ctx);
    expectNumber(part, node.part, ctx);
    expectNumber(whole, node.whole, ctx);
    if (part.type.kind === 'ratio' || whole.type.kind === 'ratio') {
        ctx.error(node, 'whole', 'ratio-arith');
        return { k: 'error', type: { kind: 'error' }, loc };
    }
    const share: ExprIR = { k: 'arith', op: '/', left: part, right: whole, type: { kind: 'ratio' }, loc };
    const cmp = COMPARE[node.op];
    checkComparable(share, bound, cmp, node, ctx);
    return { k: 'compare', op: cmp, left: share, right: bound, type: { kind: 'bool' }, loc };
}

function numericJoin(types: TypeIR[]): TypeIR {
    if (types.some(t => t.kind === 'error')) return { kind: 'error' };
    if (types.some(t => t.kind === 'ratio')) return { kind: 'ratio' };
    if (types.every(t => t.kind === 'int')) return { kind: 'int' };
    return { kind: 'dec', places: Math.max(0, ...types.map(t => (t.kind === 'dec' ? t.places : 0))) };
}

function checkComparable(left: ExprIR, right: ExprIR, op: CompareOp, node: AstNode, ctx: LoweringContext): void {
    const a = left.type;
    const b = right.type;
    if (a.kind === 'error' || b.kind === 'error') return;
    const ordered = op !== '=' && op !== '!=';
    if (isNumeric(a) && isNumeric(b)) return;
    if (a.kind === 'date' && b.kind === 'date') return;
    if (a.kind === 'bool' && b.kind === 'bool' && !ordered) return;
    if (a.kind === 'text' && b.kind === 'text' && !ordered) return;
    if (a.kind === 'enum' && b.kind === 'enum' && a.decl === b.decl) {
        if (ordered && a.decl.kind !== 'scale') ctx.error(node, 'op', 'unordered-compare', a.decl.name);
        return;
    }
    if (a.kind === 'grade' && b.kind === 'grade' && a.grade === b.grade) {
        if (ordered) ctx.error(node, 'op', 'unordered-compare', a.grade.name);
        return;
    }
    ctx.error(node, 'op', 'incomparable', describe(a), describe(b));
}

function describe(t: TypeIR): string {
    return writtenType(t);
}

export function expectBool(e: ExprIR, node: AstNode | undefined, ctx: LoweringContext): void {
    if (e.type.kind !== 'bool' && e.type.kind !== 'error') ctx.error(node, undefined, 'expected-bool', describe(e.type));
}

export function expectNumber(e: ExprIR, node: AstNode | undefined, ctx: LoweringContext): void {
    if (!isNumeric(e.type) && e.type.kind !== 'error') ctx.error(node, undefined, 'expected-number', describe(e.type));
}

export { isGrade };
