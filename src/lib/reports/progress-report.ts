import * as v from 'valibot';
import type { Lang } from '../../i18n/languages';
import { asciiSlug } from '../fold';
import { urls } from '../routing/urls';
import { moduleStatusWith } from '../progress/learning-summary';
import { pathId } from '../course-paths/path-codec';
import type { SharedPath } from '../course-paths/path-schema';
import type { Attempt, ExerciseAttempt, ExerciseProgress, Progress, ReviewAttempt } from '../progress/progress-schema';
import {
  MAX_ATTEMPTS_PER_EXERCISE,
  MAX_CERTIFICATES,
  MAX_ATTEMPTS_PER_MODULE,
  MAX_EXERCISES_PER_MODULE,
  MAX_REVIEWS_PER_MODULE,
  REPORT_FORMAT,
  REPORT_VERSION,
  reportAttemptSchema,
  reportCertificateSchema,
  reportExerciseAttemptSchema,
  reportExerciseSchema,
  reportReviewSchema,
  reportSchema,
  type Report,
  type ReportAttempt,
  type ReportCertificate,
  type ReportExercise,
  type ReportExerciseAttempt,
  type ReportModule,
  type ReportReview,
} from './report-schema';
import { certificateStatements, statementsFor } from './xapi';

/**
 * The report a learner sends their trainer for one assigned path: the facts of the record for the path's modules
 * (the class report applies the path's pass mark itself, with stateForPath) plus the same facts as xAPI statements.
 */
export interface ReportInput {
  record: Progress;
  path: SharedPath;
  learner: { id: string; name: string };
  lang: Lang;
  /** The site's address with its folder (see StatementSource.site): the statements' ids hang from it. */
  site: string;
  now: Date;
  /** Catalog facts for modules in the learner's language; a path module missing here is reported not-started with no statements. */
  modules: Array<{ key: string; title: string; url: string; courseUrl: string; exercises?: ReportedExerciseInfo[] }>;
}

/** What the catalog says of a module's exercise: its title names its statements, `counts` decides completion. */
export interface ReportedExerciseInfo {
  id: string;
  title: string;
  counts: boolean;
}

/**
 * How much of the record a report holds: the newest attempts, reviews and certificates, as its schema bounds
 * them. The LRS sender reads the whole record (WHOLE_RECORD), so a statement never falls out before it is sent.
 */
export interface RecordWindow {
  attempts: number;
  exerciseAttempts: number;
  exercises: number;
  reviews: number;
  certificates: number;
}
const REPORT_WINDOW: RecordWindow = {
  attempts: MAX_ATTEMPTS_PER_MODULE,
  exerciseAttempts: MAX_ATTEMPTS_PER_EXERCISE,
  exercises: MAX_EXERCISES_PER_MODULE,
  reviews: MAX_REVIEWS_PER_MODULE,
  certificates: MAX_CERTIFICATES,
};
export const WHOLE_RECORD: RecordWindow = {
  attempts: Infinity,
  exerciseAttempts: Infinity,
  exercises: Infinity,
  reviews: Infinity,
  certificates: Infinity,
};

export function buildReport(input: ReportInput): Report {
  const { modules, certificates, statements } = pathFacts(input, REPORT_WINDOW);
  const report: Report = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    exportedAt: input.now.toISOString(),
    lang: input.lang,
    learner: { id: input.learner.id, name: input.learner.name.trim() },
    pathId: pathId(input.path),
    path: input.path,
    modules,
    ...(certificates.length > 0 ? { certificates } : {}),
    statements,
  };
  const checked = v.safeParse(reportSchema, report);
  if (!checked.success)
    throw new Error(`Progress report does not match its own schema: ${v.summarize(checked.issues)}`);
  return checked.output;
}

/** The statements a report of this record would carry, for the window given: the same ids, the same content. */
export const pathStatements = (input: Omit<ReportInput, 'now'>, window: RecordWindow = REPORT_WINDOW) =>
  pathFacts(input, window).statements;

function pathFacts(input: Omit<ReportInput, 'now'>, window: RecordWindow) {
  const { record, path, lang, site } = input;
  const id = pathId(path);
  const learner = { id: input.learner.id, name: input.learner.name.trim() };
  const catalog = new Map(input.modules.map((m) => [m.key, m]));
  // A module this site no longer has (an old link) may still have progress under its key, but nothing can be
  // said about it that a trainer could act on: report it as not started.
  const modules = path.modules.map((key) => {
    const facts = catalog.get(key);
    return facts ? reportModule(record, key, facts.exercises ?? [], window) : notStarted(key);
  });
  const pathActivity = { id: new URL(`${urls.sharedPath(lang)}?id=${id}`, site).href, title: path.title };
  const certificates = reportCertificates(record, id, window.certificates);
  const statements = statementsFor({
    learner,
    site,
    lang,
    pathActivity,
    reviewUrl: urls.review(lang),
    modules: modules.flatMap((m) => {
      const facts = catalog.get(m.module);
      if (!facts) return [];
      const exerciseTitles = Object.fromEntries((facts.exercises ?? []).map((e) => [e.id, e.title]));
      return [{ ...m, title: facts.title, url: facts.url, courseUrl: facts.courseUrl, exerciseTitles }];
    }),
  });
  return {
    modules,
    certificates,
    statements: [...statements, ...certificateStatements({ learner, site, lang, pathActivity, certificates })],
  };
}

/**
 * The certificates issued for this path, oldest first, the newest MAX_CERTIFICATES of them, as issued (their codes
 * hash what they say, so nothing in them is rewritten). One a report cannot carry (a hand-edited record's) is left out.
 */
function reportCertificates(record: Progress, id: string, newest: number): ReportCertificate[] {
  return Object.values(record.certificates ?? {})
    .filter((c) => c.pathId === id)
    .flatMap((c) => {
      const parsed = v.safeParse(reportCertificateSchema, c);
      return parsed.success ? [parsed.output] : [];
    })
    .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt))
    .slice(-newest);
}

const notStarted = (key: string): ReportModule => ({ module: key, status: 'not-started', attempts: [] });

function reportModule(
  record: Progress,
  key: string,
  exercises: ReportedExerciseInfo[],
  window: RecordWindow,
): ReportModule {
  const progress = record.modules[key];
  const lastVisit = iso(progress?.lastVisit);
  const completedAt = iso(progress?.completedAt);
  const attempts = (progress?.attempts ?? [])
    .map(reportAttempt)
    .filter((a): a is ReportAttempt => a !== undefined)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .slice(-window.attempts);
  const tried = reportExercises(progress?.exercises ?? {}, exercises, window);
  const reviews = reportReviews(progress?.reviews ?? [], window.reviews);
  return {
    module: key,
    // As My learning shows it: a module whose page now has a counting exercise not yet passed is in progress.
    status: moduleStatusWith(record, { key, exercises }),
    ...(lastVisit ? { lastVisit } : {}),
    ...(completedAt ? { completedAt } : {}),
    attempts,
    ...(tried.length > 0 ? { exercises: tried } : {}),
    ...(reviews.length > 0 ? { reviews } : {}),
  };
}

/**
 * The module's spaced reviews, oldest first, the newest MAX_REVIEWS_PER_MODULE of them; as for attempts, one a
 * report cannot carry (a hand-edited record's) is left out.
 */
function reportReviews(reviews: ReviewAttempt[], newest: number): ReportReview[] {
  return reviews
    .flatMap((review) => {
      const { id, correct, total, passed, questions, missed } = review;
      const parsed = v.safeParse(reportReviewSchema, {
        id,
        at: iso(review.at),
        correct,
        total,
        passed,
        questions,
        missed,
      });
      return parsed.success ? [parsed.output] : [];
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id))
    .slice(-newest);
}

/**
 * The module's exercises with attempts, the catalog's first (in its order), then any the page no longer declares,
 * so a trainer still sees what was done. Each keeps its newest attempts; its kind is that of its newest attempt.
 */
function reportExercises(
  held: Record<string, ExerciseProgress>,
  declared: ReportedExerciseInfo[],
  window: RecordWindow,
): ReportExercise[] {
  const ids = [
    ...declared.map((e) => e.id).filter((id) => Object.hasOwn(held, id)),
    ...Object.keys(held)
      .filter((id) => !declared.some((e) => e.id === id))
      .sort(),
  ];
  return ids
    .flatMap((id): ReportExercise[] => {
      const attempts = held[id]!.attempts.map((a) => ({ kind: a.kind, attempt: reportExerciseAttempt(a) }))
        .filter((a): a is { kind: ExerciseAttempt['kind']; attempt: ReportExerciseAttempt } => a.attempt !== undefined)
        .sort((a, b) => Date.parse(a.attempt.at) - Date.parse(b.attempt.at))
        .slice(-window.exerciseAttempts);
      const newest = attempts.at(-1);
      if (!newest) return [];
      // An id a report cannot carry (only a hand-edited record has one) is left out, as a bad attempt is. Checked
      // on the newest attempt alone, each attempt being checked already: the whole record's window is unbounded.
      const entry = v.safeParse(reportExerciseSchema, { exercise: id, kind: newest.kind, attempts: [newest.attempt] });
      return entry.success ? [{ ...entry.output, attempts: attempts.map((a) => a.attempt) }] : [];
    })
    .slice(0, window.exercises);
}

/**
 * The record accepts dates in any form Date.parse reads and leaves lengths unbounded; a report is bounded. The
 * site only writes toISOString() dates and short ids, so an attempt that still does not fit came from a
 * hand-edited file: it is left out rather than making the whole report impossible to send.
 */
function reportAttempt(attempt: Attempt): ReportAttempt | undefined {
  const at = iso(attempt.at);
  const { id, correct, total, percent, passed, missed } = attempt;
  const parsed = v.safeParse(reportAttemptSchema, {
    id,
    at,
    correct,
    total,
    percent,
    passed,
    ...(missed ? { missed } : {}),
  });
  return parsed.success ? parsed.output : undefined;
}

/** As reportAttempt: an exercise attempt a report cannot carry (a hand-edited record's) is left out. */
function reportExerciseAttempt(attempt: ExerciseAttempt): ReportExerciseAttempt | undefined {
  const { id, score, total, percent, passed, missed, wrongFlags, response } = attempt;
  const parsed = v.safeParse(reportExerciseAttemptSchema, {
    id,
    at: iso(attempt.at),
    score,
    total,
    percent,
    passed,
    missed: [...new Set(missed)],
    ...(wrongFlags !== undefined ? { wrongFlags } : {}),
    response,
  });
  return parsed.success ? parsed.output : undefined;
}

/** As toISOString() writes it, which the report requires; undefined for a year past 9999 ("+010000-…"). */
function iso(date: string | undefined): string | undefined {
  const time = date === undefined ? NaN : Date.parse(date);
  if (Number.isNaN(time)) return undefined;
  const text = new Date(time).toISOString();
  return /^\d{4}-/.test(text) ? text : undefined;
}

/** "bao-cao-nguyen-thi-lan-2026-11-23.json": the learner's name in ASCII, so it survives Zalo and e-mail clients. */
export function reportFileName(report: Report): string {
  const prefix = report.lang === 'vi' ? 'bao-cao' : 'report';
  const name = asciiSlug(report.learner.name, 40) || (report.lang === 'vi' ? 'hoc-vien' : 'learner');
  return `${prefix}-${name}-${localDate(new Date(report.exportedAt))}.json`;
}

/** The day on the learner's own calendar: a report sent at 06:00 in Hà Nội is still dated that day, not the UTC one. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
