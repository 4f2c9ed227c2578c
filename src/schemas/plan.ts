import { z } from 'astro/zod';
import { moduleRefSchema } from './slug';

const bilingual = z.object({ vi: z.string().min(2), en: z.string().min(2) }).strict();

/**
 * One module of the curriculum plan (seeds/curriculum-plan.yaml). The plan names every module the curriculum
 * will have, written or not, so that role paths can list planned modules; a written module must be in the plan.
 */
export const planModuleSchema = z
  .object({
    id: moduleRefSchema,
    number: z.string().regex(/^\d+\.\d+$/, 'a curriculum number such as "1.2"'),
    title: bilingual,
  })
  .strict();
export type PlanModule = z.infer<typeof planModuleSchema>;

/** A default course path for a role (seeds/paths/{path}.yaml). */
export const pathSchema = z
  .object({
    title: bilingual,
    summary: bilingual,
    steps: z.array(moduleRefSchema).min(1),
  })
  .strict();
export type PathData = z.infer<typeof pathSchema>;
