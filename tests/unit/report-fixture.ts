import { pathId } from '../../src/lib/course-paths/path-codec';
import type { SharedPath } from '../../src/lib/course-paths/path-schema';
import {
  REPORT_FORMAT,
  REPORT_VERSION,
  type Report,
  type ReportAttempt,
  type ReportExercise,
  type ReportExerciseAttempt,
  type ReportModule,
} from '../../src/lib/reports/report-schema';

/** Valid progress reports for tests: a path, then a learner's modules, with pathId kept in step with the path. */
export const M1 = 'data-thinking/data-in-public-work';
export const M2 = 'data-thinking/data-quality';
export const M3 = 'data-thinking/summarising-numbers';

export const classPath: SharedPath = {
  title: 'Kiến thức thiết yếu — đợt tháng 12',
  due: '2026-12-14',
  modules: [M1, M2, M3],
};

let counter = 0;
export function attempt(percent: number, overrides: Partial<ReportAttempt> = {}): ReportAttempt {
  counter += 1;
  return {
    id: `attempt-${String(counter).padStart(6, '0')}`,
    at: new Date(Date.UTC(2026, 10, 1) + counter * 60_000).toISOString(),
    correct: Math.round(percent / 10),
    total: 10,
    percent,
    passed: percent >= 70,
    ...overrides,
  };
}

/** A checked exercise attempt as a report carries it: five answer-key items, pass mark 70 unless told otherwise. */
export function exerciseAttempt(
  percent: number,
  overrides: Partial<ReportExerciseAttempt> = {},
): ReportExerciseAttempt {
  counter += 1;
  return {
    id: `exercise-${String(counter).padStart(6, '0')}`,
    at: new Date(Date.UTC(2026, 10, 1) + counter * 60_000).toISOString(),
    score: Math.round(percent / 20),
    total: 5,
    percent,
    passed: percent >= 70,
    missed: [],
    response: ['r4:uniqueness'],
    ...overrides,
  };
}

/** A module entry's exercise. */
export const exercise = (
  id: string,
  attempts: ReportExerciseAttempt[],
  kind: ReportExercise['kind'] = 'table-inspection',
): ReportExercise => ({ exercise: id, kind, attempts });

/** A module entry; status follows the attempts unless given (completed once an attempt passed). */
export function mod(
  module: string,
  attempts: ReportAttempt[] = [],
  status?: ReportModule['status'],
  exercises: ReportExercise[] = [],
): ReportModule {
  const done = attempts.some((a) => a.passed);
  const started = attempts.length > 0 || exercises.length > 0;
  return {
    module,
    status: status ?? (done ? 'completed' : started ? 'in-progress' : 'not-started'),
    attempts,
    ...(exercises.length > 0 ? { exercises } : {}),
  };
}

export interface ReportOptions {
  id?: string;
  name?: string;
  path?: SharedPath;
  exportedAt?: string;
  /** Entries by module key; path modules not given are not started. */
  modules?: ReportModule[];
}

export function makeReport(options: ReportOptions = {}): Report {
  const path = options.path ?? classPath;
  const given = new Map((options.modules ?? []).map((m) => [m.module, m]));
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    exportedAt: options.exportedAt ?? '2026-12-01T03:00:00.000Z',
    lang: 'vi',
    learner: { id: options.id ?? 'learner-0001', name: options.name ?? 'Nguyễn Thị Lan' },
    pathId: pathId(path),
    path,
    modules: path.modules.map((key) => given.get(key) ?? mod(key)),
    statements: [{ verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } }],
  };
}
