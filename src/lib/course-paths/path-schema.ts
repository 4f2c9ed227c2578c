import * as z from 'zod/mini';
import { MAX_PASS_MARK, MIN_PASS_MARK } from '../quiz/pass-mark';
import { cleanOutsideText } from '../text/outside-text';

/**
 * A course path a trainer shares: which modules, in which order, with a note and an optional due date and pass
 * mark. zod/mini because it is checked in the browser whenever a link is opened. Bump PATH_VERSION when the shape
 * changes (and teach path-codec.ts to read the old one).
 */
export const PATH_VERSION = 1;
export const MAX_PATH_MODULES = 60;
/** The builder's fields hold to the same limits, so a trainer cannot type a path no link would carry. */
export const MAX_PATH_TITLE = 120;
export const MAX_PATH_NOTE = 1000;

const moduleKey = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/));

/**
 * A path's title and note reach the page from a link, a path file, a report or the learner's record, so the schema
 * every one of them passes through cleans them (overwrite keeps the type a plain string), before the length checks:
 * a title of nothing but controls is no title. The builder, the link and the learner's record then name a path by
 * the same pathId().
 */
export const sharedPathSchema = z.object({
  title: z.string().check(z.overwrite((title) => cleanOutsideText(title, 'line')), z.minLength(1), z.maxLength(MAX_PATH_TITLE)),
  note: z.optional(z.string().check(z.overwrite((note) => cleanOutsideText(note, 'note')), z.maxLength(MAX_PATH_NOTE))),
  /** yyyy-mm-dd */
  due: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine((s) => !Number.isNaN(Date.parse(s))))),
  /** Stricter (or looser) than the quizzes' own marks, for this path only: see pass-mark.ts. */
  passMark: z.optional(z.number().check(z.int(), z.gte(MIN_PASS_MARK), z.lte(MAX_PASS_MARK))),
  /** "course/module" keys, in the order to study them; no repeats. */
  modules: z.array(moduleKey).check(z.minLength(1), z.maxLength(MAX_PATH_MODULES), z.refine((m) => new Set(m).size === m.length)),
});

export type SharedPath = z.infer<typeof sharedPathSchema>;
