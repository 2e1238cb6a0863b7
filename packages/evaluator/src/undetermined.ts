import type { Message } from '@zeren/model';
import { message } from '@zeren/model';

/**
 * Why a rule's result is undetermined (未能判定): the facts it needs that were not given, the
 * undetermined rules it reads on the way, open deadlines without an as-of date it waits for, and
 * veto clauses that hold but whose exceptions cannot be judged. Built only on the partial path
 * (partial-run.ts), never when every fact is given.
 */
export class Undetermined {
    /** Facts not given that the result needs, directly or through the rules in `via`. */
    readonly facts = new Set<string>();
    /** Undetermined rules the result reads. */
    readonly via = new Set<string>();
    /** Deadlines, open without an as-of date, the result waits for. */
    readonly asOf = new Set<string>();
    /** Clauses that hold but whose exceptions cannot be judged: clause label → exception names. */
    readonly exceptions = new Map<string, Set<string>>();
    /** Set when the rule is itself an open deadline without an as-of date: its due date. */
    openDue?: string;

    add(other: Undetermined): this {
        other.facts.forEach(f => this.facts.add(f));
        other.via.forEach(r => this.via.add(r));
        other.asOf.forEach(r => this.asOf.add(r));
        for (const [clause, names] of other.exceptions) {
            const set = this.exceptions.get(clause) ?? new Set();
            names.forEach(n => set.add(n));
            this.exceptions.set(clause, set);
        }
        return this;
    }

    /** What a rule reading `rule` (undetermined for `why`) inherits. */
    static through(rule: string, why: Undetermined): Undetermined {
        const u = new Undetermined();
        u.via.add(rule);
        why.facts.forEach(f => u.facts.add(f));
        why.via.forEach(r => u.via.add(r));
        why.asOf.forEach(r => u.asOf.add(r));
        if (why.openDue !== undefined) u.asOf.add(rule);
        return u;
    }
}

const zhList = (xs: Iterable<string>) => [...xs].map(x => `“${x}”`).join('、');
const enList = (xs: Iterable<string>) => [...xs].map(x => `'${x}'`).join(', ');

/** The messages explaining an undetermined rule; `where` is 〔article〕name. */
export function undeterminedMessages(where: string, u: Undetermined): Message[] {
    if (u.openDue !== undefined) return [message('undetermined-as-of', where, u.openDue)];
    const out: Message[] = [];
    for (const [clause, names] of u.exceptions) out.push(message('undetermined-exception', where, clause, zhList(names), zhList(u.facts), enList(u.facts), enList(names)));
    if (u.asOf.size) out.push(message('undetermined-waits-as-of', where, zhList(u.asOf), enList(u.asOf)));
    if (u.facts.size && !u.exceptions.size) {
        out.push(u.via.size
            ? message('undetermined-via', where, zhList(u.via), zhList(u.facts), enList(u.facts), enList(u.via))
            : message('undetermined-facts', where, zhList(u.facts), enList(u.facts)));
    }
    return out;
}
