import { z } from 'astro/zod';
import { chartCritiqueSchema } from './chart-critique';
import { riskMatrixSchema } from './risk-matrix';
import { tableInspectionSchema } from './table-inspection';

/** Any exercise an author can declare in a module's frontmatter, told apart by `kind`. */
export const exerciseSchema = z.discriminatedUnion('kind', [
  tableInspectionSchema,
  riskMatrixSchema,
  chartCritiqueSchema,
]);
export type ExerciseData = z.infer<typeof exerciseSchema>;

/** A module's exercises: ids unique, so each keeps its own attempts. */
export const exercisesSchema = z
  .array(exerciseSchema)
  .default([])
  .refine((list) => new Set(list.map((e) => e.id)).size === list.length, {
    message: 'two exercises in this module have the same id',
  });
