import { z } from 'astro/zod';

/** Levels of the placement self-assessment in the curriculum plan. */
export const levelSchema = z.enum(['awareness', 'working', 'practitioner']);
export type Level = z.infer<typeof levelSchema>;
