import { z } from 'astro/zod';
import { competenceSchema } from './competence';
import { exercisesSchema } from './exercise';
import { levelSchema } from './level';
import { slugSchema } from './slug';
import { sourceSchema } from './source';

/**
 * Frontmatter of a module (content/modules/{lang}/{course}/{module}.mdx). The language and the module id come from
 * the file's path, so they cannot disagree with it. `.strict()` turns a misspelt field into a build error.
 */
export const moduleSchema = z
  .object({
    title: z.string().min(3).max(120),
    summary: z.string().min(20).max(320),
    course: slugSchema,
    order: z.number().int().positive(),
    objectives: z.array(z.string().min(10)).min(3).max(4),
    minutes: z.number().int().min(3).max(30),
    level: levelSchema,
    keyTerms: z.array(slugSchema).min(1),
    // Ids, not names: the page names each in its own language (see competence.ts).
    competences: z.array(competenceSchema).default([]),
    sources: z.array(sourceSchema).min(1),
    /** Exercises placed in the body with <Exercise id="…" />, each with its data and answer key (schemas/exercise). */
    exercises: exercisesSchema,
  })
  .strict();
export type ModuleData = z.infer<typeof moduleSchema>;
