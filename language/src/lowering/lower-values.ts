import type { FactIR, FactRecord, FactValue, SubjectIR } from '@zeren/model';
import { checkFactValue } from '@zeren/model';
import type { RecordValue, Value } from '../generated/ast.js';
import type { AstNode } from 'langium';
import { parseDateTime } from '@zeren/time';
import {
    isAbsentValue, isBooleanValue, isDateTimeValue, isDateValue, isEnumRefValue, isEventValue, isListValue, isNumberValue, isRecordValue,
    isTextValue,
} from '../generated/ast.js';
import { isIsoDate } from '@zeren/time';
import type { LoweringContext } from './lowering-context.js';
import { lowerNumber } from './numbers.js';

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
        const num = lowerNumber(node.value, node, 'value', ctx);
        if (!num) return undefined;
        if (node.denominator !== undefined) {
            const den = lowerNumber(node.denominator, node, 'denominator', ctx);
            if (!den) return undefined;
            if (fact.type.kind === 'ratio' && num.d === 1n && den.d === 1n) return { kind: 'ratio', num: num.n * BigInt(num.s), den: den.n };
            return den.n === 0n ? { kind: 'ratio', num: 0n, den: 0n } : { kind: 'number', value: num.div(den) };
        }
        return { kind: 'number', value: node.percent ? num.div(100) : num };
    }
    if (isBooleanValue(node)) return { kind: 'bool', value: node.value === '是' };
    if (isDateValue(node)) return checkedDate(node, node.value, ctx);
    if (isTextValue(node)) return { kind: 'text', value: node.value };
    if (isAbsentValue(node)) return { kind: 'absent' };
    if (isEnumRefValue(node)) {
        const target = node.value?.ref;
        const ir = target ? ctx.ir<{ index: number }>(target) : undefined;
        if (!ir) return undefined; // unresolved: the linker reports it
        return { kind: 'enum', index: ir.index, label: node.value?.$refText };
    }
    if (isDateTimeValue(node)) return checkedDateTime(node, node.value, ctx);
    if (isListValue(node)) {
        if (fact.type.kind === 'log') {
            const items: string[] = [];
            for (const item of node.items) {
                if (!isEventValue(item)) {
                    ctx.error(item, undefined, 'fact-type', fact.name, '记录 event log', '{…}');
                    return undefined;
                }
                const v = /T/.test(item.value) ? checkedDateTime(item, item.value, ctx) : checkedDate(item, item.value, ctx);
                if (!v) return undefined;
                items.push(item.value);
            }
            return { kind: 'log', items };
        }
        if (fact.type.kind !== 'list') return { kind: 'list', items: [] };
        const element = fact.type.subject;
        const records = node.items.filter(isRecordValue);
        if (records.length !== node.items.length) {
            ctx.error(node, undefined, 'fact-type', fact.name, `列表 ${element.name}`, '[日期…]');
            return undefined;
        }
        return { kind: 'list', items: records.map(item => lowerRecord(item, element, ctx)) };
    }
    return undefined;
}

function checkedDate(node: AstNode, value: string, ctx: LoweringContext): FactValue | undefined {
    if (!isIsoDate(value)) {
        ctx.error(node, 'value', 'invalid-date', value);
        return undefined;
    }
    return { kind: 'date', value };
}

function checkedDateTime(node: AstNode, value: string, ctx: LoweringContext): FactValue | undefined {
    if (!isIsoDate(value.slice(0, 10)) || !parseDateTime(value).ok) {
        ctx.error(node, 'value', 'invalid-date', value);
        return undefined;
    }
    return { kind: 'datetime', value };
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
