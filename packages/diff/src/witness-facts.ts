import type { FactRecord, FactValue, SubjectIR } from '@zeren/model';
import { Rational, formatRational } from '@zeren/model';

/** The date every generated subject starts from (a day number the rules can count from). */
export const DAY0 = '2016-03-01';

/** A subject at its declared defaults (or a value inside each declared range). */
export function baseFacts(subject: SubjectIR): Map<string, FactValue> {
    const out = new Map<string, FactValue>();
    for (const f of subject.facts) {
        const t = f.type;
        if (t.kind === 'date') out.set(f.name, { kind: 'date', value: DAY0 });
        else if (f.default !== undefined) out.set(f.name, f.default);
        else if (t.kind === 'bool') out.set(f.name, { kind: 'bool', value: false });
        // The top of the range: counts that divide (票数 / 总票数) are then never zero.
        else if (t.kind === 'int' || t.kind === 'dec') out.set(f.name, { kind: 'number', value: f.max ?? f.min ?? new Rational(1n) });
        else if (t.kind === 'enum') out.set(f.name, t.optional || f.optional ? { kind: 'absent' } : { kind: 'enum', index: 0, label: t.decl.values[0] });
        else if (t.kind === 'log') out.set(f.name, { kind: 'log', items: [] });
        else if (t.kind === 'list') out.set(f.name, { kind: 'list', items: [] });
        else if (t.kind === 'ratio') out.set(f.name, { kind: 'ratio', num: 0n, den: 1n });
        else if (t.kind === 'text') out.set(f.name, { kind: 'text', value: '' });
    }
    return out;
}

/** Facts as a scenario writes them, only those that differ from the declared default. */
export function factTexts(subject: SubjectIR, facts: Map<string, FactValue>): [string, string][] {
    const out: [string, string][] = [];
    for (const f of subject.facts) {
        const v = facts.get(f.name);
        if (!v || (f.default !== undefined && JSON.stringify(f.default, big) === JSON.stringify(v, big))) continue;
        const text = v.kind === 'list' && f.type.kind === 'list' ? listText(f.type.subject, v.items) : valueText(v);
        if (text !== undefined) out.push([f.name, text]);
    }
    return out;
}

/** A list as a scenario writes it: `[ 张三 { 是主要负责人 = 是 } 李四 { } ]`. */
function listText(element: SubjectIR, items: FactRecord[]): string {
    const member = (r: FactRecord) => {
        const facts = factTexts(element, r.values).map(([n, v]) => `${n} = ${v}`).join('; ');
        return `${r.label} { ${facts}${facts ? ' ' : ''}}`;
    };
    return `[ ${items.map(member).join(' ')}${items.length ? ' ' : ''}]`;
}

const big = (_: string, v: unknown) => (typeof v === 'bigint' ? v.toString() : v);

function valueText(v: FactValue): string | undefined {
    switch (v.kind) {
        case 'number': return formatRational(v.value);
        case 'bool': return v.value ? '是' : '否';
        case 'date': return v.value;
        case 'enum': return v.label;
        case 'absent': return '无';
        case 'log': return `[${v.items.join(', ')}]`;
        case 'list': return '[]';
        default: return undefined;
    }
}
