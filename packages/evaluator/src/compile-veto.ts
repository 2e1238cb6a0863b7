import type { SubjectIR, VetoIR } from '@zeren/model';
import type { BoolFn, ExprCompiler } from './compile-expr.js';
import type { Frame } from './frame.js';
import { MissingFact } from './eval-error.js';

export interface VetoDetail {
    vetoed: boolean;
    clauses: { label: string; members: string[] }[];
    exceptions: { name: string; clauses: string[]; members: string[] }[];
}

export interface CompiledVeto {
    /** Short-circuit: is the subject vetoed? */
    fast: BoolFn;
    /** Which clauses applied, for whom, and which exceptions switched which clauses off. */
    detail: (f: Frame) => VetoDetail;
    /** The clauses as compiled, for emitting `fast` as one function (emit-rule.ts). */
    clauses: ClausePlan[];
}

export interface ClausePlan {
    label: string;
    citation: string;
    element?: SubjectIR;
    items?: (f: Frame) => Frame[];
    condition: BoolFn;
    exceptions: { name: string; test: BoolFn }[];
}

/**
 * Default logic (第二十四、二十五条): a clause applies when its condition holds and none of the
 * exceptions that name it holds. For a clause over members (任一 成员), both are judged per
 * member: one member covered by an exception does not excuse another who is not.
 */
export function compileVeto(rule: VetoIR, compiler: ExprCompiler): CompiledVeto {
    const clauses: ClausePlan[] = rule.clauses.map(c => ({
        label: c.label,
        citation: `〔${c.citation.text}〕`,
        element: c.element,
        items: c.over && c.element ? compiler.list(c.over) : undefined,
        condition: compiler.bool(c.condition),
        exceptions: rule.exceptions
            .filter(e => e.targets.includes(c.label))
            .map(e => ({ name: e.name, test: compiler.bool(e.condition) })),
    }));

    const applies = (c: ClausePlan, frame: Frame): boolean => {
        try {
            if (!c.condition(frame)) return false;
            for (const e of c.exceptions) if (e.test(frame)) return false;
            return true;
        } catch (e) {
            throw citeClause(e, c);
        }
    };

    const fast: BoolFn = f => {
        for (const c of clauses) {
            if (c.items) {
                for (const m of c.items(f)) if (applies(c, m)) return true;
            } else if (applies(c, f)) {
                return true;
            }
        }
        return false;
    };

    const detail = (f: Frame): VetoDetail => {
        const result: VetoDetail = { vetoed: false, clauses: [], exceptions: [] };
        const excepted = exceptionTally();
        for (const c of clauses) {
            const frames = c.items ? c.items(f) : [f];
            const members: string[] = [];
            let hit = false;
            for (const m of frames) {
                let blocking: ClausePlan['exceptions'];
                try {
                    if (!c.condition(m)) continue;
                    blocking = c.exceptions.filter(e => e.test(m));
                } catch (e) {
                    throw citeClause(e, c);
                }
                if (blocking.length) {
                    blocking.forEach(e => excepted.note(e.name, c.label, c.items ? m.label : undefined));
                    continue;
                }
                hit = true;
                if (c.items) members.push(m.label);
            }
            if (hit) result.clauses.push({ label: c.label, members });
        }
        result.vetoed = result.clauses.length > 0;
        result.exceptions = excepted.list();
        return result;
    };
    return { fast, detail, clauses };
}

/** Which exceptions switched off which clauses (and, for clauses over members, whose), in the order met. */
export function exceptionTally(): { note(name: string, clause: string, member?: string): void; list(): VetoDetail['exceptions'] } {
    const excepted = new Map<string, { clauses: Set<string>; members: Set<string> }>();
    return {
        note(name, clause, member) {
            const entry = excepted.get(name) ?? { clauses: new Set(), members: new Set() };
            entry.clauses.add(clause);
            if (member !== undefined) entry.members.add(member);
            excepted.set(name, entry);
        },
        list: () => [...excepted].map(([name, e]) => ({ name, clauses: [...e.clauses], members: [...e.members] })),
    };
}

/** A missing fact is reported with the clause that needed it: 缺少事实“乙”（〔第二十三条（一）〕需要）. */
function citeClause(e: unknown, c: ClausePlan): unknown {
    return citeCitation(e, c.citation);
}

export function citeCitation(e: unknown, citation: string): unknown {
    if (e instanceof MissingFact && !e.neededBy) e.neededBy = citation;
    return e;
}
