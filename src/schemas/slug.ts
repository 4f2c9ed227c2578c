import { z } from 'astro/zod';

/** Ids that appear in URLs: lower-case ASCII words joined by hyphens, the same in every language. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case ASCII letters, digits and hyphens (e.g. "data-quality")');

/** A module reference in a course path or the curriculum plan: "course/module". */
export const moduleRefSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'write a module as "course/module", e.g. "data-thinking/data-quality"');
