import { z } from 'astro/zod';
import { exerciseBase } from './base';

/** A table-inspection exercise as its author declares it. The data and answer key fields are this kind's own. */
export const tableInspectionSchema = z
  .object({
    ...exerciseBase,
    kind: z.literal('table-inspection'),
  })
  .strict();
export type TableInspectionExercise = z.infer<typeof tableInspectionSchema>;
