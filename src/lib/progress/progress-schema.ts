import * as z from 'zod/mini';
import { sharedPathSchema } from '../course-paths/path-schema';

/**
 * The learner's record as stored in localStorage. zod/mini (not astro/zod) because this runs in the browser on
 * every page with progress, where bytes count. Bump PROGRESS_VERSION with a migration in progress-migrations.ts.
 */
export const PROGRESS_VERSION = 2;

const isoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s))));
const lang = z.enum(['vi', 'en']);

const answerSchema = z.union([
  z.object({ type: z.literal('single'), choice: z.string() }),
  z.object({ type: z.literal('multiple'), choices: z.array(z.string()) }),
  z.object({ type: z.literal('true-false'), value: z.boolean() }),
  z.object({ type: z.literal('numeric'), text: z.string() }),
  z.object({ type: z.literal('order'), ids: z.array(z.string()) }),
]);

export const attemptSchema = z.object({
  /** Random id: two tabs or two devices never produce the same one, so merging never loses or doubles one. */
  id: z.string().check(z.minLength(8)),
  at: isoDate,
  lang,
  correct: z.number().check(z.int(), z.nonnegative()),
  total: z.number().check(z.int(), z.positive()),
  percent: z.number().check(z.gte(0), z.lte(100)),
  passed: z.boolean(),
  answers: z.record(z.string(), answerSchema),
  /** Ids of the questions answered wrong (v2; older attempts lack it), for the trainer's "most missed" list. */
  missed: z.optional(z.array(z.string())),
});

export const moduleProgressSchema = z.object({
  visits: z.number().check(z.int(), z.nonnegative()),
  lastVisit: z.optional(isoDate),
  /** Set by passing the quiz, or by "mark as done" on a module without one. */
  completedAt: z.optional(isoDate),
  attempts: z.array(attemptSchema),
});

export const inProgressSchema = z.object({
  machineVersion: z.number(),
  quizHash: z.string(),
  lang,
  savedAt: isoDate,
  snapshot: z.unknown(),
});

/**
 * A path a trainer assigned (v2). Removing one keeps a dated tombstone instead of deleting it, so a second tab
 * that still holds the path cannot bring it back when the two records merge; adding it again clears it.
 */
export const assignedPathSchema = z.object({
  path: sharedPathSchema,
  addedAt: isoDate,
  removedAt: z.optional(isoDate),
});

/** A learner id: random, made once per browser. Reports check the same rule, so any stored learner can export. */
export const LEARNER_ID = /^[A-Za-z0-9-]{8,64}$/;
/** The longest name a learner can give for reports: the name field, the record and a report all hold to it. */
export const MAX_LEARNER_NAME = 80;

/** Who the learner says they are on reports to a trainer (v2): a random id and the name they typed. */
export const learnerSchema = z.object({
  id: z.string().check(z.regex(LEARNER_ID)),
  name: z.string().check(z.maxLength(MAX_LEARNER_NAME)),
  at: isoDate,
});

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  modules: z.record(z.string(), moduleProgressSchema),
  inProgress: z.record(z.string(), inProgressSchema),
  last: z.optional(z.object({ module: z.string(), lang, at: isoDate })),
  /** Keyed by pathId() of the path. */
  paths: z.record(z.string(), assignedPathSchema),
  learner: z.optional(learnerSchema),
});

export type Attempt = z.infer<typeof attemptSchema>;
export type ModuleProgress = z.infer<typeof moduleProgressSchema>;
export type InProgressQuiz = z.infer<typeof inProgressSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type AssignedPath = z.infer<typeof assignedPathSchema>;
export type Learner = z.infer<typeof learnerSchema>;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, modules: {}, inProgress: {}, paths: {} });
