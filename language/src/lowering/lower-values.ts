import type { FactIR, FactRecord, FactValue, SubjectIR } from '@zeren/model';
import { checkFactValue, Rational } from '@zeren/model';
import type { RecordValue, Value } from '../generated/ast.js';
import { isAbsentValue, isBooleanValue, isDateValue, isEnumRefValue, isListValue, isNumberValue, isTextValue } from '../generated/ast.js';
import { checkIsoDate } from './dates.js';
import type { LoweringContext } from './lowering-context.js';

/** A value written in a scenario (or as a default), checked against its fact. */
export function lowerFactValue(node: Value, fact: FactIR, ctx: LoweringContext): FactValue | undefined {
    const value = toFactValue(node, fact, ctx);
    if (!value) return undefined;
    const problem = checkFactValue(fact, value);
    if (problem) {
        ctx.diagnostics.push({ severity: 'error', code: problem.code, message: problem, loc: ctx.loc(node) });
        return undefined;
    }
    return value;
}

function toFactValue(node: Value, fact: FactIR, ctx: LoweringContext): FactValue | undefined {
    if (isNumberValue(node)) {
        if (node.denominator !== undefined) {
            const num = new Rational(node.value);
            const den = new Rational(node.denominator);
            if (fact.type.kind === 'ratio' && num.d === 1n && den.d === 1n) return { kind: 'ratio', num: num.n * BigInt(num.s), den: den.n };
            return den.n === 0n ? { kind: 'ratio', num: 0n, den: 0n } : { kind: 'number', value: num.div(den) };
        }
        const v = new Rational(node.value);
        return { kind: 'number', value: node.percent ? v.div(100) : v };
    }
    if (isBooleanValue(node)) return { kind: 'bool', value: node.value === '是' };
    if (isDateValue(node)) {
        if (!checkIsoDate(node.value)) {
            ctx.error(node, 'value', 'invalid-date', node.value);
            return undefined;
        }
        return { kind: 'date', value: node.value };
    }
    if (isTextValue(node)) return { kind: 'text', value: node.value };
    if (isAbsentValue(node)) return { kind: 'absent' };
    if (isEnumRefValue(node)) {
        const target = node.value?.ref;
        const ir = target ? ctx.ir<{ index: number }>(target) : undefined;
        if (!ir) return undefined; // unresolved: the linker reports it
        return { kind: 'enum', index: ir.index, label: node.value?.$refText };
    }
    if (isListValue(node)) {
        if (fact.type.kind !== 'list') return { kind: 'list', items: [] };
        const element = fact.type.subject;
        return { kind: 'list', items: node.items.map(item => lowerRecord(item, element, ctx)) };
    }
    return undefined;
}

export function lowerRecord(record: RecordValue, subject: SubjectIR, ctx: LoweringContext): FactRecord {
    return { label: record.label, values: lowerFactAssignments(record.facts, subject, ctx) };
}

/** `事实 = 值` lists, shared by scenarios and member records. */
export function lowerFactAssignments(
    assignments: { fact: { ref?: unknown; $refText: string }; value: Value }[],
    subject: SubjectIR,
    ctx: LoweringContext,
    locs?: Map<string, ReturnType<LoweringContext['loc']>>,
): Map<string, FactValue> {
    const values = new Map<string, FactValue>();
    for (const a of assignments) {
        const factNode = a.fact?.ref as Parameters<LoweringContext['ir']>[0];
        const fact = factNode ? ctx.ir<FactIR>(factNode) : undefined;
        if (!fact) continue;
        if (fact.subject !== subject.name) continue;
        if (values.has(fact.name)) {
            ctx.error(a as never, 'fact', 'fact-duplicate', fact.name);
            continue;
        }
        const value = lowerFactValue(a.value, fact, ctx);
        if (value) {
            values.set(fact.name, value);
            locs?.set(fact.name, ctx.loc(a as never));
        }
    }
    return values;
}
