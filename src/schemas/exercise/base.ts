import { z } from 'astro/zod';
import { slugSchema } from '../slug';

/**
 * What every exercise declares in its module's frontmatter, whatever its kind. The page places it with
 * <Exercise id="…" /> in the MDX body; its data and answer key live with it here, validated at build.
 */
export const exerciseBase = {
  /** Unique in the module; the record keeps attempts under it, so it must not change once learners have tried. */
  id: slugSchema,
  title: z.string().min(3).max(120),
  /** What the learner is asked to do, shown above the exercise (and to readers without JavaScript). */
  instructions: z.string().min(10),
  /** The author's choice: does passing it count toward completing the module, as the quiz does? */
  counts: z.boolean().default(false),
  /** Percent of the answer key to get right to pass. */
  passMark: z.number().int().min(0).max(100).default(70),
};
