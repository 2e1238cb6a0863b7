import type {
    ActionIR, BonusGroupIR, ComponentIR, DurationUnit, RuleIR, SubjectIR, VetoClauseIR, VetoExceptionIR, VetoIR,
} from '@zeren/model';
import { clauseId, parseCitation, Rational, ruleId } from '@zeren/model';
import type { Action, BonusGroup, Component, Rule, Veto } from '../generated/ast.js';
import { isRequirement } from '../generated/ast.js';
import { isComponent, isConsequence, isDeadline, isExclusion, isFrequency, isGrade, isScore, isVeto } from '../generated/ast.js';
import { lowerDeadline, lowerFrequency } from './lower-time.js';
import { declareAccountability, isAccountabilityNode, lowerAccountabilityBody } from './lower-accountability.js';
import type { LoweringContext } from './lowering-context.js';
import type { ExprScope } from './lower-expression.js';
import { expectBool, expectNumber, lowerExpression } from './lower-expression.js';
import { lowerClause } from './lower-clause.js';
import { lowerNumber } from './numbers.js';

const UNITS: Record<string, DurationUnit> = { 年: 'year', 个月: 'month', 日: 'day', 个工作日: 'workday', 小时: 'hour' };

/** Step 1: a shell per rule, so any rule can name any other regardless of order. */
export function declareRule(rule: Rule, documentName: string, subject: SubjectIR, ctx: LoweringContext): RuleIR {
    const base = {
        id: ruleId(documentName, rule.name),
        name: rule.name,
        document: documentName,
        subject,
        citation: rule.citation ? parseCitation(rule.citation) : undefined,
        sourceText: rule.sourceText,
        notes: rule.notes,
        loc: ctx.loc(rule, 'name'),
        refines: rule.refines ? {
            document: rule.refines.document?.ref?.name ?? rule.refines.document?.$refText ?? '',
            rule: rule.refines.rule?.$refText ?? '',
            loc: ctx.loc(rule.refines),
        } : undefined,
    };
    const placeholder = { k: 'error' as const, type: { kind: 'error' as const }, loc: base.loc };
    let ir: RuleIR;
    if (isScore(rule)) ir = { ...base, kind: 'score', components: [], bonuses: [], maxBase: new Rational(0) };
    else if (isGrade(rule)) ir = { ...base, kind: 'grade', score: placeholder, bands: [] };
    else if (isVeto(rule)) ir = { ...base, kind: 'veto', clauses: [], exceptions: [] };
    else if (isRequirement(rule)) ir = { ...base, kind: 'requirement', prohibition: rule.kind === '禁止', condition: placeholder };
    else if (isDeadline(rule)) ir = { ...base, kind: 'deadline', spec: { kind: 'invalid' } };
    else if (isFrequency(rule)) ir = { ...base, kind: 'frequency', log: placeholder, per: 'year', unit: '次' };
    else if (isAccountabilityNode(rule)) ir = declareAccountability(rule, base, ctx);
    else if (isExclusion(rule)) ir = { ...base, kind: 'exclusion', effect: rule.effect === '不参加考核' ? 'not-assessed' : 'not-graded', condition: placeholder };
    else ir = { ...base, kind: 'consequence', condition: placeholder, actions: [] };
    ctx.irOf.set(rule, ir);
    return ir;
}

/** Step 2: bodies. */
export function lowerRuleBody(rule: Rule, scope: ExprScope, ctx: LoweringContext): void {
    const ir = ctx.ir<RuleIR>(rule);
    if (!ir) return;
    if (isScore(rule) && ir.kind === 'score') {
        for (const item of rule.items) {
            if (isComponent(item)) ir.components.push(lowerComponent(item, new Rational(1), scope, ctx));
            else ir.bonuses.push(lowerBonusGroup(item, scope, ctx));
        }
        ir.maxBase = ir.components.reduce((sum, c) => sum.add(c.weight.mul(100)), new Rational(0));
    } else if (isGrade(rule) && ir.kind === 'grade') {
        ir.score = lowerExpression(rule.score, scope, ctx);
        expectNumber(ir.score, rule.score, ctx);
        ir.bands = rule.bands.map(band => {
            const bound = band.bound ? lowerExpression(band.bound, scope, ctx) : undefined;
            if (bound && bound.k !== 'num' && bound.type.kind !== 'error') ctx.error(band, 'bound', 'band-bound-not-constant');
            return {
                name: band.name,
                op: band.op === '>' ? '>' as const : band.op ? '>=' as const : undefined,
                bound: bound?.k === 'num' ? bound.value : undefined,
                loc: ctx.loc(band, 'name'),
            };
        });
    } else if (isVeto(rule) && ir.kind === 'veto') {
        lowerVeto(rule, ir, scope, ctx);
    } else if (isExclusion(rule) && ir.kind === 'exclusion') {
        ir.condition = lowerExpression(rule.condition, scope, ctx);
        expectBool(ir.condition, rule.condition, ctx);
    } else if (isRequirement(rule) && ir.kind === 'requirement') {
        ir.condition = lowerExpression(rule.condition, scope, ctx);
        expectBool(ir.condition, rule.condition, ctx);
    } else if (isDeadline(rule) && ir.kind === 'deadline') {
        lowerDeadline(rule, ir, scope, ctx);
    } else if (isFrequency(rule) && ir.kind === 'frequency') {
        lowerFrequency(rule, ir, scope, ctx);
    } else if (isAccountabilityNode(rule)) {
        lowerAccountabilityBody(rule, ir, scope, ctx);
    } else if (isConsequence(rule) && ir.kind === 'consequence') {
        ir.condition = lowerExpression(rule.condition, scope, ctx);
        expectBool(ir.condition, rule.condition, ctx);
        ir.actions = rule.actions.map(a => lowerAction(a, ctx));
    }
}

function lowerComponent(node: Component, parentWeight: Rational, scope: ExprScope, ctx: LoweringContext): ComponentIR {
    const weight = (lowerNumber(node.weight?.replace(/[%％]$/, ''), node, 'weight', ctx) ?? new Rational(0)).div(100);
    const effectiveWeight = parentWeight.mul(weight);
    const ir: ComponentIR = {
        name: node.name,
        weight,
        effectiveWeight,
        children: node.children.map(c => lowerComponent(c, effectiveWeight, scope, ctx)),
        citation: node.citation ? parseCitation(node.citation) : undefined,
        sourceText: node.sourceText,
        notes: node.notes,
        loc: ctx.loc(node, 'name'),
        weightLoc: ctx.loc(node, 'weight'),
    };
    if (node.value) {
        ir.value = lowerExpression(node.value, scope, ctx);
        expectNumber(ir.value, node.value, ctx);
    }
    ctx.irOf.set(node, ir);
    return ir;
}

function lowerBonusGroup(node: BonusGroup, scope: ExprScope, ctx: LoweringContext): BonusGroupIR {
    return {
        name: node.name,
        cap: lowerNumber(node.cap, node, 'cap', ctx),
        items: node.items.map(item => {
            const count = lowerExpression(item.count, scope, ctx);
            expectNumber(count, item.count, ctx);
            return {
                name: item.name,
                points: lowerNumber(item.points, item, 'points', ctx) ?? new Rational(0),
                cap: lowerNumber(item.cap, item, 'cap', ctx) ?? new Rational(0),
                count,
                sourceText: [],
                notes: [],
                loc: ctx.loc(item, 'name'),
            };
        }),
        citation: node.citation ? parseCitation(node.citation) : undefined,
        sourceText: node.sourceText,
        notes: node.notes,
        loc: ctx.loc(node, 'name'),
    };
}

function lowerVeto(rule: Veto, ir: VetoIR, scope: ExprScope, ctx: LoweringContext): void {
    for (const clause of rule.clauses) ir.clauses.push(lowerClause(clause, ir.document, ir.name, clause.name, ir.citation, scope, ctx));
    for (const exc of rule.exceptions) {
        const targets = exc.targets.map(t => t?.ref).filter(t => t !== undefined);
        const bound = targets.map(t => ctx.ir<VetoClauseIR>(t)?.element);
        const element = bound.find(e => e !== undefined);
        if (element && bound.some(e => e === undefined)) ctx.error(exc, 'targets', 'exception-mixed-binders', exc.name);
        const condition = lowerExpression(exc.condition, element ? { ...scope, subject: element } : scope, ctx);
        expectBool(condition, exc.condition, ctx);
        const e: VetoExceptionIR = {
            id: clauseId(ir.document, ir.name, exc.name),
            name: exc.name,
            targets: targets.map(t => t.name),
            condition,
            element,
            citation: exc.citation ? parseCitation(exc.citation) : undefined,
            sourceText: exc.sourceText,
            notes: exc.notes,
            loc: ctx.loc(exc, 'name'),
        };
        ctx.irOf.set(exc, e);
        ir.exceptions.push(e);
    }
}

function lowerAction(node: Action, ctx: LoweringContext): ActionIR {
    return {
        measure: node.measure,
        actor: node.actor,
        duration: node.duration?.halfMonth
            ? { amount: new Rational(15), unit: 'day' }
            : node.duration?.amount !== undefined
                ? { amount: lowerNumber(node.duration.amount, node.duration, 'amount', ctx) ?? new Rational(0), unit: UNITS[node.duration.unit ?? '日'] }
                : undefined,
        loc: ctx.loc(node),
    };
}
