import * as v from 'valibot';
import { sharedPathSchema } from '../course-paths/path-schema';

/**
 * The learner's record as stored in localStorage. valibot (not astro/zod) because this runs in the browser on
 * every page with progress, where bytes count. Bump PROGRESS_VERSION with a migration in progress-migrations.ts.
 */
export const PROGRESS_VERSION = 4;

const isoDate = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s))),
);
const lang = v.picklist(['vi', 'en']);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const answerSchema = v.variant('type', [
  v.object({ type: v.literal('single'), choice: v.string() }),
  v.object({ type: v.literal('multiple'), choices: v.array(v.string()) }),
  v.object({ type: v.literal('true-false'), value: v.boolean() }),
  v.object({ type: v.literal('numeric'), text: v.string() }),
  v.object({ type: v.literal('order'), ids: v.array(v.string()) }),
]);

export const attemptSchema = v.object({
  /** Random id: two tabs or two devices never produce the same one, so merging never loses or doubles one. */
  id: v.pipe(v.string(), v.minLength(8)),
  at: isoDate,
  lang,
  correct: count,
  total: v.pipe(v.number(), v.integer(), v.minValue(1)),
  percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  passed: v.boolean(),
  answers: v.record(v.string(), answerSchema),
  /** Ids of the questions answered wrong (v2; older attempts lack it), for the trainer's "most missed" list. */
  missed: v.optional(v.array(v.string())),
});

/** A keyed part of the record; valibot's record() takes an array too, which here is damage, not an empty part. */
const keyed = <S extends v.GenericSchema>(entry: S) =>
  v.pipe(
    v.custom<Record<string, unknown>>((value) => !Array.isArray(value)),
    v.record(v.string(), entry),
  );

/** The kinds of exercise an author can drop into a module (src/schemas/exercise/). */
export const EXERCISE_KINDS = ['table-inspection', 'risk-matrix', 'chart-critique'] as const;

/** One checked try at an exercise (v3): what it scored, which items of the answer key it missed, what was answered. */
export const exerciseAttemptSchema = v.object({
  id: v.pipe(v.string(), v.minLength(8)),
  at: isoDate,
  lang,
  kind: v.picklist(EXERCISE_KINDS),
  /** Items of the answer key got right, out of `total`. */
  score: count,
  total: v.pipe(v.number(), v.integer(), v.minValue(1)),
  percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  passed: v.boolean(),
  /** Ids of the answer key's items missed or got wrong, for the trainer's "missed most" list. */
  missed: v.array(v.string()),
  /** Things marked that are not in the answer key (a table row flagged that has no problem), when the kind has them. */
  wrongFlags: v.optional(count),
  /** The learner's answer as short tokens ("r4:uniqueness", "leak:3x4:reduce"), carried by the report's statements. */
  response: v.array(v.pipe(v.string(), v.maxLength(200))),
});

export const exerciseProgressSchema = v.object({ attempts: v.array(exerciseAttemptSchema) });

/**
 * One module's part of a spaced review (v4): a review session mixes questions from every module due, and records
 * one of these per module it asked about, so each module's next review date follows its own results.
 */
export const reviewAttemptSchema = v.object({
  id: v.pipe(v.string(), v.minLength(8)),
  at: isoDate,
  lang,
  correct: count,
  total: v.pipe(v.number(), v.integer(), v.minValue(1)),
  passed: v.boolean(),
  /** The quiz questions asked (ids in the module's quiz), and those answered wrong. */
  questions: v.array(v.string()),
  missed: v.array(v.string()),
});

export const moduleProgressSchema = v.object({
  visits: count,
  lastVisit: v.optional(isoDate),
  /** Set by passing the quiz, or by "mark as done" on a module without one. */
  completedAt: v.optional(isoDate),
  attempts: v.array(attemptSchema),
  /** The module's exercises (v3), keyed by the exercise's id in the module's frontmatter. */
  exercises: v.optional(keyed(exerciseProgressSchema)),
  /** Spaced reviews of the module after it was passed (v4), oldest first. */
  reviews: v.optional(v.array(reviewAttemptSchema)),
});

export const inProgressSchema = v.object({
  machineVersion: v.number(),
  quizHash: v.string(),
  lang,
  savedAt: isoDate,
  snapshot: v.unknown(),
});

/**
 * A path a trainer assigned (v2). Removing one keeps a dated tombstone instead of deleting it, so a second tab
 * that still holds the path cannot bring it back when the two records merge; adding it again clears it.
 */
export const assignedPathSchema = v.object({
  path: sharedPathSchema,
  addedAt: isoDate,
  removedAt: v.optional(isoDate),
  /** When the learner stopped sending this path's statements to its LRS (path.lrs); optional, so still v4. */
  lrsStoppedAt: v.optional(isoDate),
});

/** A learner id: random, made once per browser. Reports check the same rule, so any stored learner can export. */
export const LEARNER_ID = /^[A-Za-z0-9-]{8,64}$/;
/** The longest name a learner can give for reports: the name field, the record and a report all hold to it. */
export const MAX_LEARNER_NAME = 80;

/** Who the learner says they are on reports to a trainer (v2): a random id and the name they typed. */
export const learnerSchema = v.object({
  id: v.pipe(v.string(), v.regex(LEARNER_ID)),
  name: v.pipe(v.string(), v.maxLength(MAX_LEARNER_NAME)),
  at: isoDate,
});

/** A visit the quiz page's loader noted outside the record (visit-notes.ts), until the store folds it in. */
export const visitNoteSchema = v.object({ module: v.string(), lang, at: isoDate });

/** The areas the placement check rates, and the levels it gives each (v4). */
export const PLACEMENT_AREAS = ['data', 'reasoning', 'risk', 'government-data'] as const;
export const PLACEMENT_LEVELS = ['awareness', 'working', 'practitioner'] as const;
/** The kinds of work the learner may say they do, each leading to one of the role paths (lib/placement/). */
export const PLACEMENT_WORK = ['general', 'leading', 'systems', 'data'] as const;
const perArea = <S extends v.GenericSchema>(entry: S) =>
  v.object({ data: entry, reasoning: entry, risk: entry, 'government-data': entry });

/** One taking of the placement check at /{lang}/start/ (v4). Kept by id, so a retake never replaces the last. */
export const placementSchema = v.object({
  id: v.pipe(v.string(), v.minLength(8)),
  at: isoDate,
  lang,
  /** The learner's own rating per area, 1 (new to it) to 3 (do it often). */
  ratings: perArea(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3))),
  /** Diagnostic questions right per area. */
  scores: perArea(v.object({ correct: count, total: count })),
  levels: perArea(v.picklist(PLACEMENT_LEVELS)),
  /** The role path recommended (a slug of seeds/paths). */
  recommended: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  /** The kind of work the learner said they do, so the reasons for the path can be shown again on return. */
  work: v.optional(v.picklist(PLACEMENT_WORK)),
});

/**
 * A certificate of completion as issued (v4), frozen at issue so its code keeps verifying after later attempts
 * raise a best score; keyed by its code, which is a hash of everything else (certificate code: lib/certificate/).
 */
export const certificateSchema = v.object({
  code: v.pipe(v.string(), v.regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)),
  issuedAt: isoDate,
  lang,
  learner: v.object({
    id: v.pipe(v.string(), v.regex(LEARNER_ID)),
    name: v.pipe(v.string(), v.maxLength(MAX_LEARNER_NAME)),
  }),
  /** pathId() of the assigned path, and its title as the learner saw it. */
  pathId: v.pipe(v.string(), v.regex(/^[0-9a-z]{1,16}$/)),
  pathTitle: v.pipe(v.string(), v.maxLength(200)),
  modules: v.array(
    v.object({
      module: v.string(),
      title: v.pipe(v.string(), v.maxLength(200)),
      /** Best quiz score, when the module has a quiz. */
      best: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
      completedAt: isoDate,
      minutes: count,
    }),
  ),
});

export const progressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  modules: keyed(moduleProgressSchema),
  inProgress: keyed(inProgressSchema),
  last: v.optional(v.object({ module: v.string(), lang, at: isoDate })),
  /** Keyed by pathId() of the path. */
  paths: keyed(assignedPathSchema),
  learner: v.optional(learnerSchema),
  /** Placement checks taken (v4), keyed by id. */
  placements: v.optional(keyed(placementSchema)),
  /** Certificates issued (v4), keyed by code. */
  certificates: v.optional(keyed(certificateSchema)),
});

export type Attempt = v.InferOutput<typeof attemptSchema>;
export type ModuleProgress = v.InferOutput<typeof moduleProgressSchema>;
export type ExerciseAttempt = v.InferOutput<typeof exerciseAttemptSchema>;
export type ExerciseProgress = v.InferOutput<typeof exerciseProgressSchema>;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];
export type InProgressQuiz = v.InferOutput<typeof inProgressSchema>;
export type Progress = v.InferOutput<typeof progressSchema>;
export type AssignedPath = v.InferOutput<typeof assignedPathSchema>;
export type Learner = v.InferOutput<typeof learnerSchema>;
export type ReviewAttempt = v.InferOutput<typeof reviewAttemptSchema>;
export type Placement = v.InferOutput<typeof placementSchema>;
export type PlacementArea = (typeof PLACEMENT_AREAS)[number];
export type PlacementLevel = (typeof PLACEMENT_LEVELS)[number];
export type PlacementWork = (typeof PLACEMENT_WORK)[number];
export type Certificate = v.InferOutput<typeof certificateSchema>;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, modules: {}, inProgress: {}, paths: {} });
