import { z } from 'astro/zod';

/** A cited source: a law, a standard, a report or a dataset. `url` only where a public copy exists. */
export const sourceSchema = z
  .object({
    title: z.string().min(3),
    issuer: z.string().min(2),
    // Old enough for the classics a module may cite (Galton on regression to the mean, 1886).
    year: z.number().int().min(1600).max(2100),
    url: z.url().optional(),
    note: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;
