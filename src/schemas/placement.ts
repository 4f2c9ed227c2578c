import { z } from 'astro/zod';
import { PLACEMENT_AREAS } from '../lib/progress/progress-schema';
import { moduleRefSchema, slugSchema } from './slug';

/**
 * One diagnostic question of the placement check (content/placement.yaml): a reference to a question of a
 * module's quiz, never a copy, so the check always asks what the curriculum teaches, in both languages.
 * That the reference resolves is checked at build (lib/placement/placement-references.ts).
 */
export const placementQuestionSchema = z
  .object({
    id: slugSchema,
    area: z.enum(PLACEMENT_AREAS),
    module: moduleRefSchema,
    question: slugSchema,
  })
  .strict();
export type PlacementQuestionRef = z.infer<typeof placementQuestionSchema>;
