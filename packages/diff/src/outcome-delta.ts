import type { Outcome } from '@zeren/model';
import type { OutcomeDelta } from './diff-schema.js';

/**
 * Every field of an outcome a decision depends on, flattened to (rule, aspect, value): status,
 * score totals and each component and bonus, grades, vetoes with clauses and exceptions,
 * exclusions, consequences with each measure's actor and duration, requirements, deadlines
 * (status, due date, days late), frequencies (window, each period's count and status),
 * accountability results (situations, determinations, sanctions, restrictions with their
 * periods, look-back windows) and errors. The walk is generic so a field added to the outcome
 * is compared without touching this file; only explanations (citations, trace, steps, wording)
 * are left out, as they describe a result rather than being one.
 *
 * Rules are matched by name, so a rule present on one side only shows as null → value.
 * The main value of each rule keeps a short aspect name (total, grade, deadline…); every other
 * field is a path such as `actions[不作为提拔任用对象].duration` or `periods[2015年上半年].count`.
 */
const DEADLINE_ZH: Record<string, string> = { 'on-time': '按时', late: '逾期', open: '未到期', overdue: '逾期未完成', 'not-started': '未起算', 'not-applicable': '不适用' };
const FREQUENCY_ZH: Record<string, string> = { met: '符合', unmet: '不符合', undetermined: '尚未判定', 'not-applicable': '不适用' };

/** Explanations: how a result was reached or where it is written, not the result. */
const EXPLANATION = new Set(['cite', 'tableCite', 'trace', 'steps', 'zh', 'en']);

/** The field that names the rule's result, shown by the rule name alone. */
const MAIN: Record<string, { field: string; aspect: OutcomeDelta['aspect']; show?: (v: unknown) => string }> = {
    scores: { field: 'total', aspect: 'total' },
    grades: { field: 'grade', aspect: 'grade' },
    vetoes: { field: 'vetoed', aspect: 'vetoed', show: v => (v ? '否决' : '不否决') },
    exclusions: { field: 'applies', aspect: 'applies' },
    consequences: { field: 'applies', aspect: 'applies' },
    requirements: { field: 'complied', aspect: 'complied', show: v => (v ? '遵守' : '违反') },
    deadlines: { field: 'status', aspect: 'deadline', show: v => DEADLINE_ZH[String(v)] ?? String(v) },
    frequencies: { field: 'status', aspect: 'frequency', show: v => FREQUENCY_ZH[String(v)] ?? String(v) },
};

/** The value of a record's own facet: it exists on this side. */
export const PRESENT = '有';

export interface Facet { rule: string; aspect: string; value: string }

export function outcomeFacets(o: Outcome): Facet[] {
    const out: Facet[] = [{ rule: '', aspect: 'status', value: o.status === 'assessed' ? '参加考核' : '不参加考核' }];
    for (const section of ['scores', 'grades', 'vetoes', 'exclusions', 'consequences', 'requirements', 'deadlines', 'frequencies', 'accountability'] as const) {
        for (const entry of (o[section] ?? []) as Record<string, unknown>[]) {
            const rule = String(entry.rule);
            const main = MAIN[section];
            if (main) out.push({ rule, aspect: main.aspect, value: main.show ? main.show(entry[main.field]) : show(entry[main.field]) });
            if (section === 'grades') continue; // grade and status are one result: 不确定等次 shows in the grade
            if (section === 'vetoes') {
                out.push(...vetoFacets(rule, entry as unknown as Outcome['vetoes'][number]));
                continue;
            }
            const prefix = section === 'accountability' ? `${String(entry.form)}.` : '';
            for (const [key, value] of Object.entries(entry)) {
                if (key === 'rule' || key === 'form' || key === main?.field || EXPLANATION.has(key)) continue;
                walk(value, `${prefix}${key}`, (aspect, v) => out.push({ rule, aspect, value: v }));
            }
        }
    }
    out.push({ rule: '', aspect: 'errors', value: [...o.errors.map(e => (e.args.length ? `${e.code}(${e.args.join('、')})` : e.code))].sort().join('、') });
    return out;
}

function vetoFacets(rule: string, v: Outcome['vetoes'][number]): Facet[] {
    const sorted = (xs: string[]) => [...xs].sort().join('、');
    const members = (label: string, m: string[]) => (m.length ? `${label}(${[...m].sort().join('、')})` : label);
    return [
        { rule, aspect: 'clauses', value: sorted(v.clauses.map(c => members(c.label, c.members))) },
        { rule, aspect: 'exceptions', value: sorted(v.exceptions.map(x => members(x.clauses.length ? `${x.name}[${[...x.clauses].sort().join('、')}]` : x.name, x.members))) },
    ];
}

/** Objects by field, arrays of records by their name (or position), lists of words as one value. */
function walk(value: unknown, at: string, emit: (aspect: string, value: string) => void): void {
    if (Array.isArray(value)) {
        if (value.every(x => x === null || typeof x !== 'object' || Array.isArray(x))) {
            emit(at, value.map(x => (Array.isArray(x) ? x.map(show).join('+') : show(x))).join('、'));
            return;
        }
        value.forEach((item, i) => {
            const record = item as Record<string, unknown>;
            const id = identity(record);
            // The name is the record's identity, already in its path: not a field of its own.
            const fields = Object.fromEntries(Object.entries(record).filter(([k]) => !id?.keys.includes(k)));
            const path = `${at}[${id ? id.value : String(i + 1)}]`;
            // Present on this side: a record without other fields still shows appearing or going.
            emit(path, PRESENT);
            walk(fields, path, emit);
        });
        return;
    }
    if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        for (const [key, v] of Object.entries(record)) {
            if (EXPLANATION.has(key)) continue;
            // The weight in force is news only where it differs from the weight written.
            if (key === 'effectiveWeight' && v === record.weight) { emit(`${at}.${key}`, ''); continue; }
            if (key === 'status' && typeof v === 'string' && v in FREQUENCY_ZH) { emit(`${at}.${key}`, FREQUENCY_ZH[v]); continue; }
            walk(v, `${at}.${key}`, emit);
        }
        return;
    }
    emit(at, show(value));
}

function identity(item: Record<string, unknown>): { keys: string[]; value: string } | undefined {
    for (const key of ['name', 'label', 'measure']) if (typeof item[key] === 'string') return { keys: [key], value: item[key] as string };
    if (typeof item.group === 'string' && typeof item.item === 'string') return { keys: ['group', 'item'], value: `${item.group}/${item.item}` };
    return undefined;
}

function show(v: unknown): string {
    if (v === undefined || v === null) return '';
    if (typeof v === 'boolean') return v ? '是' : '否';
    return String(v);
}

export function outcomeDeltas(before: Outcome, after: Outcome): OutcomeDelta[] {
    const key = (f: Facet) => `${f.rule}\u0000${f.aspect}`;
    const o = new Map(outcomeFacets(before).map(f => [key(f), f]));
    const n = new Map(outcomeFacets(after).map(f => [key(f), f]));
    const out: OutcomeDelta[] = [];
    // New side's order (the order the rules are evaluated and reported), then vanished rules.
    for (const k of new Set([...n.keys(), ...o.keys()])) {
        const f = (n.get(k) ?? o.get(k))!;
        const ov = o.get(k)?.value ?? null, nv = n.get(k)?.value ?? null;
        // An empty value on a side where the field is absent is no news.
        if (ov !== nv && !((ov ?? '') === '' && (nv ?? '') === '')) out.push({ rule: f.rule, aspect: f.aspect, old: ov, new: nv });
    }
    return out;
}
