import * as v from 'valibot';
import { sharedPathSchema } from '../course-paths/path-schema';
import { EXERCISE_KINDS, LEARNER_ID, MAX_LEARNER_NAME } from '../progress/progress-schema';

/**
 * The progress report a learner sends a trainer for one assigned path: our own versioned JSON, which the class
 * report reads, plus the same record as xAPI 1.0.3 statements (`statements`) for any Learning Record Store.
 * A report arrives from outside (Zalo, e-mail), so every field is bounded and checked before anything is shown.
 * Bump REPORT_VERSION when the shape changes, and keep reading the old one in report-parse.ts.
 * Version 2 adds each module's exercise attempts (`exercises`); a version 1 report, which has none, still reads.
 * Version 3 adds each module's spaced reviews (`reviews`) and the certificates issued for the path (`certificates`).
 */
export const REPORT_FORMAT = 'civic-data-literacy/progress-report';
export const REPORT_VERSION = 3;
/** Every version this site reads: a trainer still gets reports learners exported before it changed. */
export const READABLE_REPORT_VERSIONS = [1, 2, 3] as const;
/**
 * A report at the most it carries stays below this: 40 modules, each with its 30 newest quiz attempts and three
 * exercises of 10 attempts, statements included, measure 3.35 MB (the quizzes alone 1.43 MB, under the 2 MB this
 * was before exercises). Read in about as many milliseconds as megabytes, so no file can freeze the page.
 */
export const MAX_REPORT_BYTES = 4_000_000;
/** The newest attempts kept per module: 40 modules × 30 attempts of statements stay under MAX_REPORT_BYTES. */
export const MAX_ATTEMPTS_PER_MODULE = 30;
/**
 * The newest attempts kept per exercise, and the exercises per module (the catalog's first): a module page holds
 * one or two, and 40 modules × 3 exercises × 10 attempts, each with its statement, fit MAX_REPORT_BYTES.
 */
export const MAX_ATTEMPTS_PER_EXERCISE = 10;
export const MAX_EXERCISES_PER_MODULE = 3;
/** Tokens of an exercise's answer a report carries ("r4:uniqueness"); an island writes one per thing marked. */
export const MAX_RESPONSE_TOKENS = 60;

/** A full ISO 8601 timestamp with its zone, as toISOString() writes it; Date.parse alone would take "1" as 2001. */
const isoDate = v.pipe(
  v.string(),
  v.maxLength(40),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/),
  v.check((s) => !Number.isNaN(Date.parse(s))),
);
const moduleKey = v.pipe(v.string(), v.maxLength(130), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/));
const questionId = v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const reportAttemptSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(8), v.maxLength(64)),
    at: isoDate,
    correct: count,
    total: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
    percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
    passed: v.boolean(),
    /** Question ids answered wrong; absent for attempts made before v2 of the learner's record. */
    missed: v.optional(v.pipe(v.array(questionId), v.maxLength(500))),
  }),
  v.check((a) => a.correct <= a.total),
);

/** An answer-key item's id as an exercise kind writes it in `missed` ("r4", "flood-risk", "truncated-axis"). */
const itemId = v.pipe(v.string(), v.maxLength(80), v.regex(/^[A-Za-z0-9][\w.:-]*$/));

/** One checked try at an exercise, as the learner's record holds it (ExerciseAttempt) without its language. */
export const reportExerciseAttemptSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(8), v.maxLength(64)),
    at: isoDate,
    score: count,
    total: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
    percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
    passed: v.boolean(),
    /** Answer-key items missed or got wrong: the class report's "problems the class misses most". */
    missed: v.pipe(v.array(itemId), v.maxLength(500)),
    wrongFlags: v.optional(count),
    /** What was answered, as the exercise wrote it; the attempt's xAPI statement carries it as its response. */
    response: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(MAX_RESPONSE_TOKENS)),
  }),
  v.check((a) => a.score <= a.total),
);

export const reportExerciseSchema = v.object({
  /** The exercise's id in its module's frontmatter, the same in both languages. */
  exercise: questionId,
  kind: v.picklist(EXERCISE_KINDS),
  attempts: v.pipe(v.array(reportExerciseAttemptSchema), v.minLength(1), v.maxLength(MAX_ATTEMPTS_PER_EXERCISE)),
});

/** The newest spaced reviews kept per module (a module is reviewed at most a handful of times a year). */
export const MAX_REVIEWS_PER_MODULE = 20;
/** Certificates a report carries for its path: one per issue, a learner rarely reissues (a changed name). */
export const MAX_CERTIFICATES = 10;

/** One module's part of a spaced review session, as the learner's record holds it (ReviewAttempt). */
export const reportReviewSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(8), v.maxLength(64)),
    at: isoDate,
    correct: count,
    total: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)),
    passed: v.boolean(),
    questions: v.pipe(v.array(questionId), v.maxLength(50)),
    missed: v.pipe(v.array(questionId), v.maxLength(50)),
  }),
  v.check((r) => r.correct <= r.total),
);

/** A certificate of completion as issued for the report's path (Certificate in the learner's record). */
export const reportCertificateSchema = v.object({
  code: v.pipe(v.string(), v.regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)),
  issuedAt: isoDate,
  lang: v.picklist(['vi', 'en']),
  learner: v.object({
    id: v.pipe(v.string(), v.regex(LEARNER_ID)),
    name: v.pipe(v.string(), v.maxLength(MAX_LEARNER_NAME)),
  }),
  pathId: v.pipe(v.string(), v.regex(/^[0-9a-z]{1,16}$/)),
  pathTitle: v.pipe(v.string(), v.maxLength(200)),
  modules: v.pipe(
    v.array(
      v.object({
        module: moduleKey,
        title: v.pipe(v.string(), v.maxLength(200)),
        best: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
        completedAt: isoDate,
        minutes: v.pipe(count, v.maxValue(600)),
      }),
    ),
    v.maxLength(60),
  ),
});

export const reportModuleSchema = v.object({
  module: moduleKey,
  status: v.picklist(['not-started', 'in-progress', 'completed']),
  lastVisit: v.optional(isoDate),
  completedAt: v.optional(isoDate),
  attempts: v.pipe(v.array(reportAttemptSchema), v.maxLength(MAX_ATTEMPTS_PER_MODULE)),
  /** Exercises with attempts (v2); absent in version 1 reports and for modules with none. */
  exercises: v.optional(v.pipe(v.array(reportExerciseSchema), v.maxLength(MAX_EXERCISES_PER_MODULE))),
  /** Spaced reviews (v3), oldest first; absent before v3 and for modules never reviewed. */
  reviews: v.optional(v.pipe(v.array(reportReviewSchema), v.maxLength(MAX_REVIEWS_PER_MODULE))),
});

export const reportSchema = v.object({
  format: v.literal(REPORT_FORMAT),
  version: v.picklist(READABLE_REPORT_VERSIONS),
  exportedAt: isoDate,
  /** Language the learner used the site in. */
  lang: v.picklist(['vi', 'en']),
  learner: v.object({
    /** Random, made once per browser: a second report from the same learner replaces the first. */
    id: v.pipe(v.string(), v.regex(LEARNER_ID)),
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_LEARNER_NAME)),
  }),
  /** pathId() of `path`. */
  pathId: v.pipe(v.string(), v.regex(/^[0-9a-z]{1,16}$/)),
  path: sharedPathSchema,
  /** One entry per module of the path, in the path's order. */
  modules: v.pipe(v.array(reportModuleSchema), v.maxLength(60)),
  /** Certificates issued for this path (v3); absent before v3 and when none was issued. */
  certificates: v.optional(v.pipe(v.array(reportCertificateSchema), v.maxLength(MAX_CERTIFICATES))),
  /** xAPI 1.0.3 statements of the same record (see xapi.ts); not read back by the class report. */
  statements: v.pipe(v.array(v.unknown()), v.maxLength(20_000)),
});

export type ReportAttempt = v.InferOutput<typeof reportAttemptSchema>;
export type ReportModule = v.InferOutput<typeof reportModuleSchema>;
export type ReportExercise = v.InferOutput<typeof reportExerciseSchema>;
export type ReportExerciseAttempt = v.InferOutput<typeof reportExerciseAttemptSchema>;
export type ReportReview = v.InferOutput<typeof reportReviewSchema>;
export type ReportCertificate = v.InferOutput<typeof reportCertificateSchema>;
export type Report = v.InferOutput<typeof reportSchema>;
