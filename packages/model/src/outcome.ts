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
    })),
    grades: z.array(z.object({
        rule: z.string(),
        cite: CitationRef.optional(),
        grade: z.string().nullable(),
        status: z.enum(['graded', 'not-graded', 'not-assessed']),
    })),
    vetoes: z.array(z.object({
        rule: z.string(),
        cite: CitationRef.optional(),
        vetoed: z.boolean(),
        clauses: z.array(z.object({ label: z.string(), cite: CitationRef, members: z.array(z.string()) })),
        exceptions: z.array(z.object({ name: z.string(), cite: CitationRef.optional(), clauses: z.array(z.string()), members: z.array(z.string()) })),
    })),
    exclusions: z.array(z.object({ rule: z.string(), cite: CitationRef.optional(), effect: z.enum(['not-assessed', 'not-graded']), applies: z.boolean() })),
    consequences: z.array(z.object({
        rule: z.string(),
        cite: CitationRef.optional(),
        applies: z.boolean(),
        actions: z.array(z.object({ measure: z.string(), actor: z.string().optional(), duration: z.string().optional() })),
    })),
    requirements: z.array(z.object({
        rule: z.string(),
        cite: CitationRef.optional(),
        kind: z.enum(['requirement', 'prohibition']),
        complied: z.boolean(),
    })),
    deadlines: z.array(z.object({
        rule: z.string(),
        cite: CitationRef.optional(),
        due: z.string().optional().describe('last permitted day (or instant), inclusive; absent when the starting event has not happened or the deadline does not apply'),
        done: z.string().optional(),
        status: z.enum(['on-time', 'late', 'open', 'overdue', 'not-started', 'not-applicable'])
            .describe('not-applicable (不适用): the rule\'s 当 condition does not hold, or the deadline it runs from does not apply'),
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
    accountability: z.array(AccountabilityResult).optional(),
    trace: z.array(TraceStep).optional(),
});

export type Outcome = z.infer<typeof Outcome>;
export type TraceStep = z.infer<typeof TraceStep>;

export function outcomeJsonSchema(): unknown {
    return z.toJSONSchema(Outcome, { unrepresentable: 'any' });
}
