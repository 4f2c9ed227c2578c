import * as v from 'valibot';
import { sharedPathSchema } from '../course-paths/path-schema';
import { LEARNER_ID, MAX_LEARNER_NAME } from '../progress/progress-schema';

/**
 * The progress report a learner sends a trainer for one assigned path: our own versioned JSON, which the class
 * report reads, plus the same record as xAPI 1.0.3 statements (`statements`) for any Learning Record Store.
 * A report arrives from outside (Zalo, e-mail), so every field is bounded and checked before anything is shown.
 * Bump REPORT_VERSION when the shape changes, and keep reading the old one in report-parse.ts.
 */
export const REPORT_FORMAT = 'civic-data-literacy/progress-report';
export const REPORT_VERSION = 1;
/** Forty modules with a dozen attempts each and their statements stay far below this. */
export const MAX_REPORT_BYTES = 2_000_000;
/** The newest attempts kept per module: 40 modules × 30 attempts of statements stay under MAX_REPORT_BYTES. */
export const MAX_ATTEMPTS_PER_MODULE = 30;

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

export const reportModuleSchema = v.object({
  module: moduleKey,
  status: v.picklist(['not-started', 'in-progress', 'completed']),
  lastVisit: v.optional(isoDate),
  completedAt: v.optional(isoDate),
  attempts: v.pipe(v.array(reportAttemptSchema), v.maxLength(MAX_ATTEMPTS_PER_MODULE)),
});

export const reportSchema = v.object({
  format: v.literal(REPORT_FORMAT),
  version: v.literal(REPORT_VERSION),
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
  /** xAPI 1.0.3 statements of the same record (see xapi.ts); not read back by the class report. */
  statements: v.pipe(v.array(v.unknown()), v.maxLength(20_000)),
});

export type ReportAttempt = v.InferOutput<typeof reportAttemptSchema>;
export type ReportModule = v.InferOutput<typeof reportModuleSchema>;
export type Report = v.InferOutput<typeof reportSchema>;
