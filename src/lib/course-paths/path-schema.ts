import * as v from 'valibot';
import { MAX_PASS_MARK, MIN_PASS_MARK } from '../quiz/pass-mark';
import { cleanOutsideText } from '../text/outside-text';
import { isLrsEndpoint } from '../site/lrs-endpoints';
import type { Lang } from '../../i18n/languages';

/**
 * A course path a trainer shares: which modules, in which order, with a note and an optional due date and pass
 * mark. valibot (not astro/zod) because it is checked in the browser whenever a link is opened, and valibot's
 * functions tree-shake to a few hundred bytes each. Bump PATH_VERSION when the shape changes (and teach
 * path-codec.ts to read the old one).
 */
export const PATH_VERSION = 1;
export const MAX_PATH_MODULES = 60;
/** The builder's fields hold to the same limits, so a trainer cannot type a path no link would carry. */
export const MAX_PATH_TITLE = 120;
export const MAX_PATH_NOTE = 1000;

/** A Basic-auth token (base64 of "key:secret") as an LRS hands one out; never more than the link can carry. */
export const MAX_LRS_KEY = 500;
const basicToken = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The Learning Record Store a trainer's path sends statements to, with a write-only key, and the language the
 * statements are written in (the path's, whichever page the learner is on, so a statement never arrives twice
 * in two languages). Whether this site may send there is the site's list (lrs-endpoints.ts), checked by whoever
 * opens the path: a record may hold a path from another copy of the site.
 */
export const pathLrsSchema = v.object({
  endpoint: v.pipe(v.string(), v.maxLength(300), v.check(isLrsEndpoint)),
  key: v.pipe(v.string(), v.maxLength(MAX_LRS_KEY), v.regex(basicToken)),
  // Written out, not imported: a value import of i18n/languages would pull it into the record's chunk, which
  // every island using the languages would then load.
  lang: v.picklist(['vi', 'en'] as const satisfies readonly Lang[]),
});

const moduleKey = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/));

/**
 * A path's title and note reach the page from a link, a path file, a report or the learner's record, so the schema
 * every one of them passes through cleans them (a transform that keeps the type a plain string), before the length
 * checks: a title of nothing but controls is no title. The builder, the link and the learner's record then name a
 * path by the same pathId().
 */
export const sharedPathSchema = v.object({
  title: v.pipe(
    v.string(),
    v.transform((title) => cleanOutsideText(title, 'line')),
    v.minLength(1),
    v.maxLength(MAX_PATH_TITLE),
  ),
  note: v.optional(
    v.pipe(
      v.string(),
      v.transform((note) => cleanOutsideText(note, 'note')),
      v.maxLength(MAX_PATH_NOTE),
    ),
  ),
  /** yyyy-mm-dd */
  due: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{4}-\d{2}-\d{2}$/),
      v.check((s) => !Number.isNaN(Date.parse(s))),
    ),
  ),
  /** Stricter (or looser) than the quizzes' own marks, for this path only: see pass-mark.ts. */
  passMark: v.optional(v.pipe(v.number(), v.integer(), v.minValue(MIN_PASS_MARK), v.maxValue(MAX_PASS_MARK))),
  /** Absent on most paths, which then keep the id they always had (pathId hashes the path as parsed). */
  lrs: v.optional(pathLrsSchema),
  /** "course/module" keys, in the order to study them; no repeats. */
  modules: v.pipe(
    v.array(moduleKey),
    v.minLength(1),
    v.maxLength(MAX_PATH_MODULES),
    v.check((m) => new Set(m).size === m.length),
  ),
});

export type SharedPath = v.InferOutput<typeof sharedPathSchema>;
export type PathLrs = v.InferOutput<typeof pathLrsSchema>;
