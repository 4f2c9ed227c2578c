import { z } from 'astro/zod';
import { slugSchema } from '../slug';
import { exerciseBase } from './base';
import { TREATMENTS } from '../../lib/exercise/risk-matrix/risk-levels';

/**
 * A risk-matrix exercise as its author declares it: a scenario, the words of the two 5-level scales, and four to
 * six risks, each with the reference place on the grid, how far from it still counts, the treatments accepted and
 * why. Texts are the page's language; the ids, levels, tolerances and treatments must be the same in vi and en
 * (answer-key.ts), so a learner is marked the same in either.
 */
const level = z.number().int().min(1, 'levels run from 1 to 5').max(5, 'levels run from 1 to 5');

/** One step of a scale: a short label for the grid's headers ("Likely"), and what it means in this scenario. */
const scaleStepSchema = z
  .object({
    label: z.string().min(2).max(30),
    meaning: z.string().min(5).max(160).optional(),
  })
  .strict();
const scaleSchema = z.array(scaleStepSchema).length(5, 'a scale has exactly five levels, from 1 (lowest) to 5');

const riskSchema = z
  .object({
    id: slugSchema,
    /** A few words, shown on the grid beside the risk's number. */
    label: z.string().min(3).max(60),
    /** The risk as a sentence: what could happen, and to whom. */
    text: z.string().min(10),
    likelihood: level,
    impact: level,
    /** How many levels away from the reference, on each axis, still counts as placed right. */
    tolerance: z.number().int().min(0, 'tolerance runs from 0 to 2').max(2, 'tolerance runs from 0 to 2').default(1),
    /** The treatments the reference accepts, one or more. */
    treatments: z
      .array(z.enum(TREATMENTS))
      .min(1, 'name at least one accepted treatment')
      .refine((list) => new Set(list).size === list.length, { message: 'a treatment is listed twice' }),
    /** Why the reference places and treats it so: shown after checking. */
    explanation: z.string().min(20, 'every risk needs an explanation of its reference place and treatment'),
  })
  .strict();

export const riskMatrixSchema = z
  .object({
    ...exerciseBase,
    kind: z.literal('risk-matrix'),
    /** The situation the risks belong to, shown above them. */
    scenario: z.string().min(40),
    scales: z.object({ likelihood: scaleSchema, impact: scaleSchema }).strict(),
    risks: z
      .array(riskSchema)
      .min(4, 'a risk matrix has four to six risks')
      .max(6, 'a risk matrix has four to six risks'),
  })
  .strict()
  .refine((exercise) => new Set(exercise.risks.map((r) => r.id)).size === exercise.risks.length, {
    message: 'two risks have the same id',
    path: ['risks'],
  });
export type RiskMatrixExercise = z.infer<typeof riskMatrixSchema>;
export type RiskDeclaration = RiskMatrixExercise['risks'][number];
