import { z } from 'astro/zod';
import { slugSchema } from './slug';

/** A glossary term (content/glossary/{lang}/{term}.yaml). The file name is the term's id in both languages. */
export const glossarySchema = z
  .object({
    term: z.string().min(2),
    definition: z.string().min(20),
    seeAlso: z.array(slugSchema).default([]),
  })
  .strict();
export type GlossaryData = z.infer<typeof glossarySchema>;
