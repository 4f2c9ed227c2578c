import * as z from 'zod/mini';
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
const isoDate = z.string().check(
  z.maxLength(40),
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/),
  z.refine((s) => !Number.isNaN(Date.parse(s))),
);
const moduleKey = z.string().check(z.maxLength(130), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/));
const questionId = z.string().check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const reportAttemptSchema = z.object({
  id: z.string().check(z.minLength(8), z.maxLength(64)),
  at: isoDate,
  correct: z.number().check(z.int(), z.nonnegative()),
  total: z.number().check(z.int(), z.positive(), z.lte(500)),
  percent: z.number().check(z.gte(0), z.lte(100)),
  passed: z.boolean(),
  /** Question ids answered wrong; absent for attempts made before v2 of the learner's record. */
  missed: z.optional(z.array(questionId).check(z.maxLength(500))),
}).check(z.refine((a) => a.correct <= a.total));

export const reportModuleSchema = z.object({
  module: moduleKey,
  status: z.enum(['not-started', 'in-progress', 'completed']),
  lastVisit: z.optional(isoDate),
  completedAt: z.optional(isoDate),
  attempts: z.array(reportAttemptSchema).check(z.maxLength(MAX_ATTEMPTS_PER_MODULE)),
});

export const reportSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  exportedAt: isoDate,
  /** Language the learner used the site in. */
  lang: z.enum(['vi', 'en']),
  learner: z.object({
    /** Random, made once per browser: a second report from the same learner replaces the first. */
    id: z.string().check(z.regex(LEARNER_ID)),
    name: z.string().check(z.minLength(1), z.maxLength(MAX_LEARNER_NAME)),
  }),
  /** pathId() of `path`. */
  pathId: z.string().check(z.regex(/^[0-9a-z]{1,16}$/)),
  path: sharedPathSchema,
  /** One entry per module of the path, in the path's order. */
  modules: z.array(reportModuleSchema).check(z.maxLength(60)),
  /** xAPI 1.0.3 statements of the same record (see xapi.ts); not read back by the class report. */
  statements: z.array(z.unknown()).check(z.maxLength(20_000)),
});

export type ReportAttempt = z.infer<typeof reportAttemptSchema>;
export type ReportModule = z.infer<typeof reportModuleSchema>;
export type Report = z.infer<typeof reportSchema>;
