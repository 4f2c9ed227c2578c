import { z } from 'astro/zod';
import { slugSchema } from '../slug';
import { exerciseBase } from './base';

/**
 * One thing the learner may say misleads in the chart: either a real problem of this chart (`misleads: true`) or a
 * plausible distractor that is not its problem. Each is explained either way, because "why this is not the
 * problem here" teaches as much as the problem itself.
 */
const optionSchema = z
  .object({
    /** The same in every language: attempts record it, and the trainer's "missed most" counts it. */
    id: slugSchema,
    label: z.string().min(3).max(160),
    misleads: z.boolean({ error: 'say whether this option misleads in this chart (misleads: true or false)' }),
    explanation: z
      .string({ error: 'every option needs an explanation: why it misleads here, or why it does not' })
      .min(10, 'an explanation must say why, in a sentence or more (at least 10 characters)'),
  })
  .strict();

/**
 * A chart-critique exercise as its author declares it: the scenario the chart comes from and the options the
 * learner judges. The two charts (as published, and corrected) are the content of <ChartCritique id>'s slots.
 */
export const chartCritiqueSchema = z
  .object({
    ...exerciseBase,
    kind: z.literal('chart-critique'),
    /** Where the chart comes from and what it claims, shown above it. */
    scenario: z.string().min(10),
    options: z.array(optionSchema).min(3).max(8),
  })
  .strict()
  .refine((e) => new Set(e.options.map((o) => o.id)).size === e.options.length, {
    message: 'two options have the same id: each option needs its own',
    path: ['options'],
  })
  .refine((e) => e.options.some((o) => o.misleads), {
    message: 'no option has misleads: true: a chart critique needs at least one thing that misleads',
    path: ['options'],
  })
  .refine((e) => e.options.some((o) => !o.misleads), {
    message: 'every option has misleads: true: add a distractor that is not the problem, or ticking all would pass',
    path: ['options'],
  });
export type ChartCritiqueExercise = z.infer<typeof chartCritiqueSchema>;
export type ChartCritiqueOption = ChartCritiqueExercise['options'][number];
