import { z } from 'zod';
import { AccountabilityResult } from './outcome-accountability.js';

/**
 * The outcome of evaluating one subject: plain data, defined once here and exported as a JSON
 * schema (`zeren schema outcome`). Numbers are exact decimal strings ("90", "89.95") or
 * fractions with an approximation ("269/3 ≈ 89.6667"); never binary floating point.
 */
const CitationRef = z.object({ document: z.string(), text: z.string() }).describe('document name and the article cited');

const TraceStep = z.object({
    cite: CitationRef.optional(),
    zh: z.string(),
    en: z.string(),
});

const ComponentResult: z.ZodType<ComponentResultT> = z.lazy(() =>
    z.object({
        name: z.string(),
        weight: z.string(),
        effectiveWeight: z.string(),
        score: z.string().describe('0–100 score of this component'),
        contribution: z.string().describe('points contributed to the total'),
        children: z.array(ComponentResult),
    }),
);
export interface ComponentResultT {
    name: string;
    weight: string;
    effectiveWeight: string;
    score: string;
    contribution: string;
    children: ComponentResultT[];
}

const BonusResult = z.object({
    group: z.string(),
    item: z.string(),
    count: z.string(),
    pointsPerItem: z.string(),
    cap: z.string(),
    points: z.string(),
});

const MessageText = z.object({ code: z.string(), args: z.array(z.string()), zh: z.string(), en: z.string() });

/** Partial evaluation: the flag on a result that could not be decided for want of facts. */
const Undetermined = z.boolean().optional()
    .describe('true when the result is undetermined (未能判定) because facts it needs were not given; its value fields are then not results (see `rules` for why)');

const RuleStatus = z.object({
    rule: z.string(),
    kind: z.string().describe('score, grade, veto, exclusion, consequence, requirement, deadline, frequency or accountability'),
    cite: CitationRef.optional(),
    status: z.enum(['decided', 'undetermined', 'open', 'error', 'not-evaluated'])
        .describe('decided: the result is known (a decided operand decides: 真 或 未定 = 真); undetermined (未能判定): facts it needs, directly or through other rules, were not given; open (未到期/未判定): a deadline not done, judged without an as-of date; error: see `errors`; not-evaluated: the subject is not assessed'),
    missing: z.array(z.string()).optional().describe('facts not given that the result needs, directly or through the rules in `via`'),
    via: z.array(z.string()).optional().describe('undetermined rules this result reads'),
    due: z.string().optional().describe('for an open deadline: its due date'),
    reasons: z.array(MessageText).optional().describe('why the rule is undetermined or open, in both languages'),
});

export const Outcome = z.object({
    document: z.string(),
    subject: z.string(),
    status: z.enum(['assessed', 'not-assessed']),
    scores: z.array(z.object({
        rule: z.string(),
        cite: CitationRef.optional(),
        total: z.string().nullable(),
        base: z.string().nullable(),
        bonus: z.string().nullable(),
        components: z.array(ComponentResult),
        bonuses: z.array(BonusResult),
        undetermined: Undetermined,
    })),
    grades: z.array(z.object({
        rule: z.string(),
        cite: CitationRef.optional(),
        grade: z.string().nullable(),
        status: z.enum(['graded', 'not-graded', 'not-assessed', 'undetermined']),
    })),
    vetoes: z.array(z.object({
        rule: z.string(),
        cite: CitationRef.optional(),
        vetoed: z.boolean(),
        clauses: z.array(z.object({ label: z.string(), cite: CitationRef, members: z.array(z.string()) })),
        exceptions: z.array(z.object({ name: z.string(), cite: CitationRef.optional(), clauses: z.array(z.string()), members: z.array(z.string()) })),
        undetermined: Undetermined,
        undeterminedClauses: z.array(z.object({
            label: z.string(),
            cite: CitationRef,
            members: z.array(z.string()),
            missing: z.array(z.string()),
            exceptions: z.array(z.string()).describe('exceptions naming the clause that could not be judged while the clause holds'),
        })).optional().describe('clauses whose application is undetermined; the veto is still decided when another clause applies'),
    })),
    exclusions: z.array(z.object({ rule: z.string(), cite: CitationRef.optional(), effect: z.enum(['not-assessed', 'not-graded']), applies: z.boolean(), undetermined: Undetermined })),
    consequences: z.array(z.object({
        rule: z.string(),
        cite: CitationRef.optional(),
        applies: z.boolean(),
        actions: z.array(z.object({ measure: z.string(), actor: z.string().optional(), duration: z.string().optional() })),
        undetermined: Undetermined,
    })),
    requirements: z.array(z.object({
        rule: z.string(),
        cite: CitationRef.optional(),
        kind: z.enum(['requirement', 'prohibition']),
        complied: z.boolean(),
        undetermined: Undetermined,
    })),
    deadlines: z.array(z.object({
        rule: z.string(),
        cite: CitationRef.optional(),
        due: z.string().optional().describe('last permitted day (or instant), inclusive; absent when the starting event has not happened or the deadline does not apply'),
        done: z.string().optional(),
        status: z.enum(['on-time', 'late', 'open', 'overdue', 'not-started', 'not-applicable'])
            .describe('not-applicable (不适用): the rule\'s 当 condition does not hold, or the deadline it runs from does not apply'),
        undated: z.boolean().optional().describe('open because no as-of date was given to judge it by (--as-of, asOf, 截至): whether it is missed is undetermined'),
        daysLate: z.number().int().optional(),
        workingDaysLate: z.number().int().optional(),
        steps: z.array(z.object({ zh: z.string(), en: z.string() })),
    })),
    frequencies: z.array(z.object({
        rule: z.string(),
        cite: CitationRef.optional(),
        status: z.enum(['met', 'unmet', 'undetermined', 'not-applicable'])
            .describe('not-applicable (不适用): the rule\'s 当 condition does not hold'),
        window: z.object({ from: z.string(), to: z.string() }).optional().describe('absent when the obligation does not apply'),
        periods: z.array(z.object({ label: z.string(), from: z.string(), to: z.string(), count: z.number().int(), status: z.string(), shortfall: z.number().int(), excess: z.number().int() })),
    })),
    errors: z.array(z.object({ code: z.string(), args: z.array(z.string()), zh: z.string(), en: z.string(), cite: CitationRef.optional() })),
    rules: z.array(RuleStatus).optional().describe('the status of every rule evaluated, in evaluation order'),
    accountability: z.array(AccountabilityResult).optional(),
    trace: z.array(TraceStep).optional(),
});

export type Outcome = z.infer<typeof Outcome>;
export type TraceStep = z.infer<typeof TraceStep>;
export type RuleStatus = z.infer<typeof RuleStatus>;

export function outcomeJsonSchema(): unknown {
    return z.toJSONSchema(Outcome, { unrepresentable: 'any' });
}
