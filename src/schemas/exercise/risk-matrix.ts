import { z } from 'astro/zod';
import { exerciseBase } from './base';

/** A risk-matrix exercise as its author declares it. The data and answer key fields are this kind's own. */
export const riskMatrixSchema = z
  .object({
    ...exerciseBase,
    kind: z.literal('risk-matrix'),
  })
  .strict();
export type RiskMatrixExercise = z.infer<typeof riskMatrixSchema>;
