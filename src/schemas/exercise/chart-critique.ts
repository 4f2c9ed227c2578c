import { z } from 'astro/zod';
import { exerciseBase } from './base';

/** A chart-critique exercise as its author declares it. The data and answer key fields are this kind's own. */
export const chartCritiqueSchema = z
  .object({
    ...exerciseBase,
    kind: z.literal('chart-critique'),
  })
  .strict();
export type ChartCritiqueExercise = z.infer<typeof chartCritiqueSchema>;
