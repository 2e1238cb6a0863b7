import type { Outcome } from '@zeren/model';
import type { OutcomeDelta } from './diff-schema.js';

/**
 * What a reviewer asks of an outcome: status, each score's total, each grade, each veto with
 * its clauses and exceptions, which exclusions and consequences apply, evaluation errors.
 * Rules are matched by name, so a rule present on one side only shows as null → value.
 */
const DEADLINE_ZH: Record<string, string> = { 'on-time': '按时', late: '逾期', open: '未到期', overdue: '逾期未完成', 'not-started': '未起算', 'not-applicable': '不适用' };
const FREQUENCY_ZH: Record<string, string> = { met: '符合', unmet: '不符合', undetermined: '尚未判定', 'not-applicable': '不适用' };
type Facet = { rule: string; aspect: OutcomeDelta['aspect']; value: string };

function facets(o: Outcome): Facet[] {
    const sorted = (xs: string[]) => [...xs].sort().join('、');
    const yes = (b: boolean) => (b ? '是' : '否');
    return [
        { rule: '', aspect: 'status', value: o.status === 'assessed' ? '参加考核' : '不参加考核' },
        ...o.scores.map(s => ({ rule: s.rule, aspect: 'total' as const, value: s.total ?? '—' })),
        ...o.grades.map(g => ({ rule: g.rule, aspect: 'grade' as const, value: g.grade ?? (g.status === 'not-graded' ? '不确定等次' : '不参加考核') })),
        ...o.vetoes.flatMap(v => [
            { rule: v.rule, aspect: 'vetoed' as const, value: v.vetoed ? '否决' : '不否决' },
            { rule: v.rule, aspect: 'clauses' as const, value: sorted(v.clauses.map(c => c.members.length ? `${c.label}(${[...c.members].sort().join('、')})` : c.label)) },
            { rule: v.rule, aspect: 'exceptions' as const, value: sorted(v.exceptions.map(x => x.name)) },
        ]),
        ...o.exclusions.map(x => ({ rule: x.rule, aspect: 'applies' as const, value: yes(x.applies) })),
        ...o.consequences.map(c => ({ rule: c.rule, aspect: 'applies' as const, value: yes(c.applies) })),
        ...o.requirements.map(r => ({ rule: r.rule, aspect: 'complied' as const, value: r.complied ? '遵守' : '违反' })),
        ...o.deadlines.map(d => ({ rule: d.rule, aspect: 'deadline' as const, value: DEADLINE_ZH[d.status] })),
        ...o.frequencies.map(f => ({ rule: f.rule, aspect: 'frequency' as const, value: FREQUENCY_ZH[f.status] })),
        { rule: '', aspect: 'errors', value: sorted(o.errors.map(e => e.code)) },
    ];
}

export function outcomeDeltas(before: Outcome, after: Outcome): OutcomeDelta[] {
    const key = (f: Facet) => `${f.rule}\u0000${f.aspect}`;
    const o = new Map(facets(before).map(f => [key(f), f]));
    const n = new Map(facets(after).map(f => [key(f), f]));
    const out: OutcomeDelta[] = [];
    // New side's order (the order the rules are evaluated and reported), then vanished rules.
    for (const k of new Set([...n.keys(), ...o.keys()])) {
        const f = (n.get(k) ?? o.get(k))!;
        const ov = o.get(k)?.value ?? null, nv = n.get(k)?.value ?? null;
        // An empty clause list on a side where the rule is absent is no news.
        if (ov !== nv && !((ov ?? '') === '' && (nv ?? '') === '')) out.push({ rule: f.rule, aspect: f.aspect, old: ov, new: nv });
    }
    return out;
}
