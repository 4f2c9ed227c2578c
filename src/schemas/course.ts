import { z } from 'astro/zod';
import { levelSchema } from './level';

/** A course (content/courses/{lang}/{course}.yaml). */
export const courseSchema = z
  .object({
    title: z.string().min(3).max(120),
    summary: z.string().min(20).max(320),
    description: z.string().min(20),
    order: z.number().int().positive(),
    level: levelSchema,
    audience: z.string().min(5),
  })
  .strict();
export type CourseData = z.infer<typeof courseSchema>;
