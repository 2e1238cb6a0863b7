import type { AstNode } from 'langium';
import type {
    AccountabilityIR, AdjustMove, AdjustmentIR, Citation, DeterminationIR, ExprIR, KindFilterIR, LookbackIR, RestrictionsIR, RuleIR,
    SanctionLevelIR, SanctionOptionIR, SanctionsIR, SanctionTableIR, SituationsIR, TypeDeclIR, VetoClauseIR,
} from '@zeren/model';
import { clauseId, compareOptions, parseCitation, writtenType } from '@zeren/model';
import type { Determination, Expression, Lookback, Restrictions, SanctionLevel, SanctionTable, Sanctions, Situations, VetoClause } from '../generated/ast.js';
import { isDetermination, isLookback, isModel, isRestrictions, isSanctions, isScale, isEnumeration, isSituations } from '../generated/ast.js';
import type { ExprScope } from './lower-expression.js';
import { expectBool, lowerExpression } from './lower-expression.js';
import type { LoweringContext } from './lowering-context.js';
import { lowerClause } from './lower-clause.js';
import { smallWhole } from './numbers.js';

type AccountabilityNode = Situations | Sanctions | Determination | Restrictions | Lookback;

export function isAccountabilityNode(rule: AstNode | undefined): rule is AccountabilityNode {
    return isSituations(rule) || isSanctions(rule) || isDetermination(rule) || isRestrictions(rule) || isLookback(rule);
}

type Base = Omit<SituationsIR, 'form' | 'applies' | 'situations' | 'kind'>;

/**
 * Step 1 (shells). A 认定's result type is built here, from its row labels alone, because other
 * rules may compare with it (领导责任 ≠ 不承担领导责任) before its body is lowered.
 */
export function declareAccountability(rule: AccountabilityNode, base: Base, ctx: LoweringContext): AccountabilityIR {
    if (isSituations(rule)) return { ...base, kind: 'accountability', form: 'situations', situations: [] };
    if (isSanctions(rule)) {
        return {
            ...base, kind: 'accountability', form: 'sanctions', grounds: [], groundExprs: [], severity: placeholder(base),
            tables: [], combinable: false, adjustments: [],
        };
    }
    if (isDetermination(rule)) {
        const labels = [...new Set(rule.rows.map(r => r.name))];
        const resultType: TypeDeclIR = { kind: 'enum', name: rule.name, values: labels, sourceText: [], notes: [], loc: base.loc };
        const ir: DeterminationIR = { ...base, kind: 'accountability', form: 'determination', rows: [], labels, resultType };
        rule.rows.forEach(row => ctx.irOf.set(row, { decl: resultType, index: labels.indexOf(row.name) }));
        return ir;
    }
    if (isLookback(rule)) {
        return { ...base, kind: 'accountability', form: 'lookback', anchor: placeholder(base), years: 0, end: placeholder(base) };
    }
    return { ...base, kind: 'accountability', form: 'restrictions', items: [] };
}

function placeholder(base: Base): ExprIR {
    return { k: 'error', type: { kind: 'error' }, loc: base.loc };
}

/** Step 2 (bodies). */
export function lowerAccountabilityBody(rule: AccountabilityNode, ir: RuleIR, scope: ExprScope, ctx: LoweringContext): void {
    if (ir.kind !== 'accountability') return;
    if (isSituations(rule) && ir.form === 'situations') {
        if (rule.kind) ir.applies = kindFilter(rule.kind, rule.kinds, rule, scope, ctx);
        ir.situations = lowerClauses(rule.clauses, ir, ir.citation, scope, ctx);
    } else if (isSanctions(rule) && ir.form === 'sanctions') {
        lowerSanctions(rule, ir, scope, ctx);
    } else if (isDetermination(rule) && ir.form === 'determination') {
        ir.rows = rule.rows.map((row, i) => {
            if (!row.condition && i < rule.rows.length - 1) ctx.error(row, 'name', 'row-catchall-not-last');
            const condition = row.condition ? lowerExpression(row.condition, scope, ctx) : undefined;
            if (condition) expectBool(condition, row.condition, ctx);
            return {
                label: row.name, index: ir.labels.indexOf(row.name), condition,
                citation: row.citation ? parseCitation(row.citation) : undefined,
                sourceText: row.sourceText, notes: row.notes, loc: ctx.loc(row, 'name'),
            };
        });
    } else if (isRestrictions(rule) && ir.form === 'restrictions') {
        lowerRestrictions(rule, ir, scope, ctx);
    } else if (isLookback(rule) && ir.form === 'lookback') {
        lowerLookback(rule, ir, scope, ctx);
    }
}

/** 追溯: the anchor and end are dates; the extension and the rule's condition are booleans. */
function lowerLookback(rule: Lookback, ir: LookbackIR, scope: ExprScope, ctx: LoweringContext): void {
    const date = (node: Expression, what: string): ExprIR => {
        const e = lowerExpression(node, scope, ctx);
        if (e.type.kind !== 'date' && e.type.kind !== 'error') ctx.error(node, undefined, 'lookback-date-type', what, writtenType(e.type));
        return e;
    };
    if (rule.condition) {
        ir.condition = lowerExpression(rule.condition, scope, ctx);
        expectBool(ir.condition, rule.condition, ctx);
    }
    ir.anchor = date(rule.anchor, '起点 anchor');
    ir.years = smallWhole(rule.years, rule, 'years', ctx, 4) ?? 0;
    if (rule.extendedWhen && rule.extendedYears !== undefined) {
        const when = lowerExpression(rule.extendedWhen, scope, ctx);
        expectBool(when, rule.extendedWhen, ctx);
        ir.extended = { years: smallWhole(rule.extendedYears, rule, 'extendedYears', ctx, 4) ?? 0, when, loc: ctx.loc(rule, 'extendedYears') };
    }
    ir.end = date(rule.end, '终点 end');
}

function lowerRestrictions(rule: Restrictions, ir: RestrictionsIR, scope: ExprScope, ctx: LoweringContext): void {
    if (rule.start) {
        ir.start = lowerExpression(rule.start, scope, ctx);
        const t = ir.start.type.kind;
        if (t !== 'date' && t !== 'error') ctx.error(rule.start, undefined, 'restriction-start-type', writtenType(ir.start.type));
    }
    ir.items = rule.items.map(item => {
        const condition = lowerExpression(item.condition, scope, ctx);
        expectBool(condition, item.condition, ctx);
        const p = item.period;
        const period = !p ? undefined
            : p.thisYear ? { kind: 'this-year' as const }
            : p.nextMonth ? { kind: 'from-next-month' as const }
            : p.unit === '个月内' ? { kind: 'months' as const, amount: smallWhole(p.amount, p, 'amount', ctx, 4) ?? 0 }
            : { kind: 'years' as const, amount: smallWhole(p.amount, p, 'amount', ctx, 4) ?? 0 };
        const act = item.act ? lowerExpression(item.act, scope, ctx) : undefined;
        if (act && act.type.kind !== 'date' && act.type.kind !== 'error') ctx.error(item.act, undefined, 'restriction-act-type', item.name, writtenType(act.type));
        if (act && !period) ctx.error(item, 'name', 'restriction-act-no-period', item.name);
        const lowered = {
            id: clauseId(ir.document, ir.name, item.name),
            name: item.name,
            condition,
            period,
            measure: item.measure.replace(/^"|"$/g, ''),
            ...(act ? { act } : {}),
            citation: item.citation ? parseCitation(item.citation) : ir.citation,
            sourceText: item.sourceText,
            notes: item.notes,
            loc: ctx.loc(item, 'name'),
        };
        ctx.irOf.set(item, lowered);
        return lowered;
    });
}

function lowerSanctions(rule: Sanctions, ir: SanctionsIR, scope: ExprScope, ctx: LoweringContext): void {
    ir.groundExprs = rule.grounds.map(g => lowerExpression(g, scope, ctx));
    ir.groundExprs.forEach((e, i) => {
        if (e.k === 'rule' && e.rule.kind === 'accountability' && e.rule.form === 'situations') ir.grounds.push(e.rule);
        else if (e.type.kind !== 'error') ctx.error(rule.grounds[i], undefined, 'acc-ground-not-situations', textOf(rule.grounds[i]));
    });
    ir.severity = lowerExpression(rule.severity, scope, ctx);
    ir.severityScale = enumDecl(ir.severity);
    if (!ir.severityScale && ir.severity.type.kind !== 'error') ctx.error(rule.severity, undefined, 'acc-kind-not-enum', textOf(rule.severity));
    if (rule.condition) {
        ir.condition = lowerExpression(rule.condition, scope, ctx);
        expectBool(ir.condition, rule.condition, ctx);
    }
    const scales = scalesOf(rule, ctx);
    ir.tables = rule.tables.map(t => lowerTable(t, ir, scales, scope, ctx));
    ir.combinable = rule.combinable.length > 0;
    const mark = rule.combinable[0];
    ir.combinableCitation = mark?.citation ? parseCitation(mark.citation) : undefined;
    ir.adjustments = rule.adjustments.map(a => {
        const moves: AdjustMove[] = [];
        if (a.direction.startsWith('从轻')) moves.push('lighter');
        if (a.direction.endsWith('减轻')) moves.push('level-down');
        if (a.direction.startsWith('从重')) moves.push('heavier');
        if (a.direction.endsWith('加重')) moves.push('level-up');
        const citation = a.citation ? parseCitation(a.citation) : ir.citation;
        const adj: AdjustmentIR = {
            direction: moves.includes('lighter') || moves.includes('level-down') ? 'mitigate' : 'aggravate',
            keyword: a.direction,
            moves,
            circumstances: lowerClauses(a.clauses, ir, citation, scope, ctx),
            citation,
            sourceText: a.sourceText,
            notes: a.notes,
            loc: ctx.loc(a, 'direction'),
        };
        return adj;
    });
}

function lowerTable(node: SanctionTable, ir: SanctionsIR, scales: TypeDeclIR[], scope: ExprScope, ctx: LoweringContext): SanctionTableIR {
    const kinds = kindFilter(node.kind, node.kinds, node, scope, ctx);
    const ladder = scales.find(s => s.name === node.ladder);
    if (!ladder) ctx.error(node, 'ladder', 'ladder-unknown', node.ladder);
    else if (ladder.kind !== 'scale') ctx.error(node, 'ladder', 'ladder-not-scale', node.ladder);
    const who = kinds.names.join('、');
    const levels: SanctionLevelIR[] = [];
    for (const level of node.levels) {
        const lowered = lowerLevel(level, ir.severityScale, ladder, who, scales, ctx);
        if (lowered) levels.push(lowered);
    }
    return {
        kinds, ladder, levels,
        citation: node.citation ? parseCitation(node.citation) : ir.citation,
        sourceText: node.sourceText, notes: node.notes, loc: ctx.loc(node, 'kinds'),
    };
}

function lowerLevel(node: SanctionLevel, severity: TypeDeclIR | undefined, ladder: TypeDeclIR | undefined, who: string, scales: TypeDeclIR[], ctx: LoweringContext): SanctionLevelIR | undefined {
    const level = severity ? severity.values.indexOf(node.level) : -1;
    if (severity && level < 0) ctx.error(node, 'level', 'acc-value-unknown', node.level, severity.name, severity.values.join('、'));
    const options: SanctionOptionIR[] = [];
    for (const option of node.options) {
        const measures: number[] = [];
        for (const name of option.measures) {
            const i = ladder ? ladder.values.indexOf(name) : -1;
            if (ladder && i < 0) {
                const elsewhere = scales.some(s => s.values.includes(name));
                if (elsewhere) ctx.error(node, 'options', 'sanction-not-on-ladder', name, who, ladder.name, ladder.values.join('、'));
                else ctx.error(node, 'options', 'sanction-unknown', name, ladder.name, ladder.values.join('、'));
            } else if (measures.includes(i)) {
                ctx.error(node, 'options', 'sanction-measure-duplicate', name);
            } else if (i >= 0) {
                measures.push(i);
            }
        }
        measures.sort((a, b) => a - b);
        if (measures.length) options.push({ measures, names: measures.map(m => ladder!.values[m]) });
    }
    if (level < 0 || !ladder) return undefined;
    options.sort(compareOptions);
    return { level, levelName: node.level, options, sourceText: [], notes: node.notes, loc: ctx.loc(node, 'level') };
}

function kindFilter(expr: Expression, names: string[], node: AstNode, scope: ExprScope, ctx: LoweringContext): KindFilterIR {
    const kind = lowerExpression(expr, scope, ctx);
    const decl = enumDecl(kind);
    if (!decl && kind.type.kind !== 'error') ctx.error(expr, undefined, 'acc-kind-not-enum', textOf(expr));
    const values: number[] = [];
    for (const name of names) {
        const i = decl ? decl.values.indexOf(name) : -1;
        if (decl && i < 0) ctx.error(node, 'kinds', 'acc-value-unknown', name, decl.name, decl.values.join('、'));
        if (i >= 0) values.push(i);
    }
    return { kind, decl, values, names: values.map(i => decl!.values[i]), loc: ctx.loc(node, 'kinds') };
}

function enumDecl(e: ExprIR): TypeDeclIR | undefined {
    return e.type.kind === 'enum' ? e.type.decl : undefined;
}

/** Situations and circumstances are clauses: （一） 当 条件, citing their article like veto clauses do. */
function lowerClauses(nodes: VetoClause[], ir: AccountabilityIR, parent: Citation | undefined, scope: ExprScope, ctx: LoweringContext): VetoClauseIR[] {
    // Situation labels restart per article (第五条（一）, 第六条（一）), so the article is part of the id.
    return nodes.map(clause => lowerClause(clause, ir.document, ir.name, `${parent?.article ?? ''}${clause.name}`, parent, scope, ctx));
}

/** The scales and enumerations declared in the rule's file, to resolve ladder and measure names. */
function scalesOf(rule: AstNode, ctx: LoweringContext): TypeDeclIR[] {
    let root: AstNode | undefined = rule;
    while (root && !isModel(root)) root = root.$container;
    if (!root || !isModel(root)) return [];
    return root.parts.filter(p => isScale(p) || isEnumeration(p)).map(p => ctx.ir<TypeDeclIR>(p)).filter(d => d !== undefined);
}

function textOf(node: AstNode | undefined): string {
    return node?.$cstNode?.text ?? '';
}
