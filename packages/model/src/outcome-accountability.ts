import { z } from 'zod';

/**
 * The accountability part of an Outcome: per 情形 group the situations found, per 认定 the
 * conclusion and the row that gave it, per 追究方式 the permitted measures (the set the text
 * allows, never a choice made for the decision body), per 影响 the dated restrictions.
 */
const Cite = z.object({ document: z.string(), text: z.string() });

const Found = z.object({ label: z.string(), cite: Cite });

export const AccountabilityResult = z.discriminatedUnion('form', [
    z.object({
        form: z.literal('situations'),
        rule: z.string(),
        cite: Cite.optional(),
        applies: z.boolean(),
        /** The subject's kind, and whether the group names it. */
        kind: z.string().optional(),
        kindApplies: z.boolean(),
        situations: z.array(Found),
    }),
    z.object({
        form: z.literal('determination'),
        rule: z.string(),
        cite: Cite.optional(),
        result: z.string().nullable(),
        row: z.object({ index: z.number(), cite: Cite.optional() }).nullable(),
    }),
    z.object({
        form: z.literal('sanctions'),
        rule: z.string(),
        cite: Cite.optional(),
        due: z.boolean(),
        kind: z.string().optional(),
        ladder: z.string().optional(),
        severity: z.string().optional(),
        mitigating: z.array(Found),
        aggravating: z.array(Found),
        /** How the circumstances moved the set: none, or the moves applied (从轻, 减轻…). */
        moves: z.array(z.string()),
        /** Levels whose options were drawn on. */
        levels: z.array(z.string()),
        /** Each option lists measures given together; options are alternatives, lightest first. */
        options: z.array(z.array(z.string())),
        measures: z.array(z.string()),
        combinable: z.boolean(),
        tableCite: Cite.optional(),
    }),
    z.object({
        form: z.literal('restrictions'),
        rule: z.string(),
        cite: Cite.optional(),
        start: z.string().nullable(),
        items: z.array(z.object({
            name: z.string(),
            cite: Cite.optional(),
            measure: z.string(),
            applies: z.boolean(),
            /** First and last day (inclusive) of the restriction, ISO dates. */
            from: z.string().nullable(),
            until: z.string().nullable(),
            period: z.string().optional(),
            /** `行为`: the date of the act judged (null when not given) and whether it falls within the restriction. */
            act: z.string().nullable().optional(),
            within: z.boolean().optional(),
        })),
    }),
    z.object({
        form: z.literal('lookback'),
        rule: z.string(),
        cite: Cite.optional(),
        /** The window is due (its condition holds). */
        applies: z.boolean(),
        /** The anchor date (主要案情发生日期), the years looked back, and whether the longer window was taken. */
        anchor: z.string().nullable(),
        years: z.number(),
        extended: z.boolean(),
        /** First and last day (inclusive), ISO dates. */
        from: z.string().nullable(),
        until: z.string().nullable(),
    }),
]);

export type AccountabilityResult = z.infer<typeof AccountabilityResult>;
