import * as v from 'valibot';
import type { Lang } from '../../i18n/languages';
import { asciiSlug } from '../fold';
import { urls } from '../routing/urls';
import { moduleStatus } from '../progress/learning-summary';
import { pathId } from '../course-paths/path-codec';
import type { SharedPath } from '../course-paths/path-schema';
import type { Attempt, Progress } from '../progress/progress-schema';
import {
  MAX_ATTEMPTS_PER_MODULE,
  REPORT_FORMAT,
  REPORT_VERSION,
  reportAttemptSchema,
  reportSchema,
  type Report,
  type ReportAttempt,
  type ReportModule,
} from './report-schema';
import { statementsFor } from './xapi';

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
  modules: Array<{ key: string; title: string; url: string; courseUrl: string }>;
}

export function buildReport(input: ReportInput): Report {
  const { record, path, lang, site } = input;
  const id = pathId(path);
  const learner = { id: input.learner.id, name: input.learner.name.trim() };
  const catalog = new Map(input.modules.map((m) => [m.key, m]));
  // A module this site no longer has (an old link) may still have progress under its key, but nothing can be
  // said about it that a trainer could act on: report it as not started.
  const modules = path.modules.map((key) => (catalog.has(key) ? reportModule(record, key) : notStarted(key)));
  const statements = statementsFor({
    learner,
    site,
    lang,
    pathActivity: { id: new URL(`${urls.sharedPath(lang)}?id=${id}`, site).href, title: path.title },
    modules: modules.flatMap((m) => {
      const facts = catalog.get(m.module);
      return facts ? [{ ...m, title: facts.title, url: facts.url, courseUrl: facts.courseUrl }] : [];
    }),
  });
  const report: Report = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    exportedAt: input.now.toISOString(),
    lang,
    learner,
    pathId: id,
    path,
    modules,
    statements,
  };
  const checked = v.safeParse(reportSchema, report);
  if (!checked.success)
    throw new Error(`Progress report does not match its own schema: ${v.summarize(checked.issues)}`);
  return checked.output;
}

const notStarted = (key: string): ReportModule => ({ module: key, status: 'not-started', attempts: [] });

function reportModule(record: Progress, key: string): ReportModule {
  const progress = record.modules[key];
  const lastVisit = iso(progress?.lastVisit);
  const completedAt = iso(progress?.completedAt);
  const attempts = (progress?.attempts ?? [])
    .map(reportAttempt)
    .filter((a): a is ReportAttempt => a !== undefined)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .slice(-MAX_ATTEMPTS_PER_MODULE);
  return {
    module: key,
    status: moduleStatus(record, key),
    ...(lastVisit ? { lastVisit } : {}),
    ...(completedAt ? { completedAt } : {}),
    attempts,
  };
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
