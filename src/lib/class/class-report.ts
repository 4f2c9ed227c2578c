import { isPastDue, vietnamDate } from '../course-paths/due-date';
import { bestScore } from '../quiz/best-score';
import { failedFor } from '../quiz/pass-mark';
import { wholePercent } from '../whole-percent';
import { stateForPath, type ModuleState } from '../course-paths/path-progress';
import type { SharedPath } from '../course-paths/path-schema';
import type { ExerciseKind } from '../progress/progress-schema';
import type { Report, ReportModule } from '../reports/report-schema';

/**
 * The trainer's class view, worked out from the learners' reports for one path: a learner × module table, who
 * needs help, and the questions the class gets wrong most. Pure and language-free: codes out, the page words them.
 * A cell's status comes from stateForPath, so the trainer sees exactly what the learner's own page shows.
 */

/** Catalog facts; for a key the catalog lacks, the page passes { key, number: '', title: key }. */
export interface ClassModule {
  key: string;
  number: string;
  title: string;
  /** The module's exercises in the page's order, in the trainer's language; absent where none is declared. */
  exercises?: ReadonlyArray<{ id: string; kind: ExerciseKind; title: string }>;
}

/**
 * One exercise the class view reports on: those the catalog declares for the path's modules, in the path's and
 * then the page's order, then any the reports hold that the catalog does not (an exercise since removed), by id.
 */
export interface ClassExercise {
  module: string;
  exercise: string;
  kind: ExerciseKind;
  /** 1-based place among its module's exercises, so a table cell can say "Exercise 2" in little room. */
  number: number;
  /** The catalog's title; absent for an exercise it does not declare (the page shows a readable id). */
  title?: string;
}

/** A learner at one exercise (one per ClassExercise, in that order). */
export interface ExerciseCell {
  module: string;
  exercise: string;
  /** Highest percent over the attempts; absent without attempts. */
  best?: number;
  /** Any attempt passed, by the exercise's own pass mark. */
  passed: boolean;
  attempts: number;
  /** The newest attempt did not pass. */
  latestFailed: boolean;
  /** Attempts that did not pass. */
  failedAttempts: number;
}

/** An answer-key item of one exercise that learners missed or got wrong. */
export interface MissedItem {
  item: string;
  /** Distinct learners who missed it at least once. */
  learners: number;
  /** Misses over all attempts. */
  times: number;
}

export interface ExerciseSummary extends ClassExercise {
  triedBy: number;
  passedBy: number;
  /** Mean of the best percents of the learners who tried it, to one decimal. */
  meanBest?: number;
  /** The items the class misses most, most learners first: top MISSED_PER_EXERCISE. */
  missed: MissedItem[];
}

export interface ClassCell {
  module: string;
  status: ModuleState;
  /** Highest percent over the attempts; absent without attempts. */
  best?: number;
  attempts: number;
  /** Attempts below the path's pass mark when it sets one, else attempts the quiz itself failed. */
  failedAttempts: number;
  /** The newest attempt failed (as failedAttempts counts): what "needs support" looks at. */
  latestFailed: boolean;
}

/**
 * Why a learner is listed as needing support; the page states the rule. A module not yet passed whose latest
 * attempt failed: one failure is enough (a learner at 0/4 who failed the first quiz and stopped needs a word now,
 * not after a second try that may never come). The same for an exercise of a module not yet done: a risk matrix
 * got wrong and left there is as much a sign as a quiz. Or the due date has passed and the path is not done.
 */
export type HelpReason =
  | { kind: 'failing'; module: string; failures: number }
  | { kind: 'exercise'; module: string; exercise: string; failures: number }
  | { kind: 'overdue' };

export interface ClassLearner {
  id: string;
  name: string;
  exportedAt: string;
  /** One per module, in the path's order. */
  cells: ClassCell[];
  /** One per exercise of the view, in its order. */
  exercises: ExerciseCell[];
  completed: number;
  overdue: boolean;
  /** Modules whose latest attempt failed, in the path's order, then such exercises, then overdue. */
  help: HelpReason[];
}

export interface ModuleSummary {
  key: string;
  completed: number;
  /** Whole percent of the learners, rounded down: 100 only when every learner is done. */
  completionPercent: number;
  /** Mean of the best percents of the learners who attempted it, to one decimal. */
  meanBest?: number;
  attemptedBy: number;
}

export interface MissedQuestion {
  module: string;
  question: string;
  /** Distinct learners who missed it at least once. */
  learners: number;
  /** Misses over all attempts. */
  times: number;
}

export interface ClassView {
  /** The path the reports are for; undefined for no reports. */
  path: SharedPath | undefined;
  /** By name, the Vietnamese way. */
  learners: ClassLearner[];
  modules: ModuleSummary[];
  /** Top 10. */
  missed: MissedQuestion[];
  needHelp: ClassLearner[];
  /** Per exercise: who tried, who passed, the mean best, what the class misses most. */
  exercises: ExerciseSummary[];
}

export const MISSED_TOP = 10;
export const MISSED_PER_EXERCISE = 5;

export function mainPathId(reports: Report[]): string | undefined {
  const counts = new Map<string, number>(); // insertion order = first loaded, so the first wins a tie
  for (const r of reports) counts.set(r.pathId, (counts.get(r.pathId) ?? 0) + 1);
  let main: string | undefined;
  let most = 0;
  for (const [id, count] of counts) {
    if (count > most) [main, most] = [id, count];
  }
  return main;
}

/** The same file dropped twice, or an old export next to a new one, must not make two rows for one learner. */
export function latestPerLearner(reports: Report[]): { reports: Report[]; replaced: number } {
  const kept = new Map<string, Report>(); // in the order each learner first appears
  for (const r of reports) {
    const key = `${r.learner.id} ${r.pathId}`;
    const held = kept.get(key);
    if (!held || Date.parse(r.exportedAt) > Date.parse(held.exportedAt)) kept.set(key, r);
  }
  return { reports: [...kept.values()], replaced: reports.length - kept.size };
}

const collator = new Intl.Collator('vi');
/** Vietnamese lists go by given name, the last word ("Nguyễn Thị Lan" under L), then by the whole name. */
const givenName = (name: string) => name.trim().split(/\s+/).at(-1) ?? '';
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  collator.compare(givenName(a.name), givenName(b.name)) ||
  collator.compare(a.name, b.name) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The most recent of some attempts (quiz or exercise), or undefined for none. */
function newestOf<T extends { at: string }>(attempts: readonly T[]): T | undefined {
  return attempts.reduce<T | undefined>(
    (newest, a) => (!newest || Date.parse(a.at) > Date.parse(newest.at) ? a : newest),
    undefined,
  );
}

function cellOf(entry: ReportModule | undefined, key: string, passMark: number | undefined): ClassCell {
  const attempts = entry?.attempts ?? [];
  const best = bestScore(attempts);
  const failedAttempts = attempts.filter((a) => failedFor(a, passMark)).length;
  const latest = newestOf(attempts);
  return {
    module: key,
    status: stateForPath(entry?.status ?? 'not-started', best, passMark),
    ...(best === undefined ? {} : { best }),
    attempts: attempts.length,
    failedAttempts,
    latestFailed: latest !== undefined && failedFor(latest, passMark),
  };
}

function exerciseCellOf(entry: ReportModule | undefined, exercise: ClassExercise): ExerciseCell {
  const attempts = entry?.exercises?.find((e) => e.exercise === exercise.exercise)?.attempts ?? [];
  const best = bestScore(attempts);
  const latest = newestOf(attempts);
  return {
    module: exercise.module,
    exercise: exercise.exercise,
    ...(best === undefined ? {} : { best }),
    passed: attempts.some((a) => a.passed),
    attempts: attempts.length,
    latestFailed: latest !== undefined && !latest.passed,
    failedAttempts: attempts.filter((a) => !a.passed).length,
  };
}

function learnerOf(
  report: Report,
  modules: ClassModule[],
  exercises: ClassExercise[],
  path: SharedPath | undefined,
  today: string,
): ClassLearner {
  const entries = new Map<string, ReportModule>();
  for (const m of report.modules) if (!entries.has(m.module)) entries.set(m.module, m); // a repeated key: the first
  const cells = modules.map((m) => cellOf(entries.get(m.key), m.key, path?.passMark));
  const completed = cells.filter((c) => c.status === 'completed').length;
  const overdue = isPastDue(path?.due, today, completed, modules.length);
  const exerciseCells = exercises.map((e) => exerciseCellOf(entries.get(e.module), e));
  const help: HelpReason[] = cells
    .filter((c) => c.latestFailed && c.status !== 'completed')
    .map((c): HelpReason => ({ kind: 'failing', module: c.module, failures: c.failedAttempts }));
  // Not in a module already done: an exercise that does not count, failed once, is no sign of trouble there.
  const done = new Set(cells.filter((c) => c.status === 'completed').map((c) => c.module));
  for (const e of exerciseCells)
    if (e.latestFailed && !e.passed && !done.has(e.module))
      help.push({ kind: 'exercise', module: e.module, exercise: e.exercise, failures: e.failedAttempts });
  if (overdue) help.push({ kind: 'overdue' });
  return {
    id: report.learner.id,
    name: report.learner.name,
    exportedAt: report.exportedAt,
    cells,
    exercises: exerciseCells,
    completed,
    overdue,
    help,
  };
}

function summaryOf(key: string, index: number, learners: ClassLearner[]): ModuleSummary {
  const cells = learners.map((l) => l.cells[index]!);
  const completed = cells.filter((c) => c.status === 'completed').length;
  const bests = cells.flatMap((c) => (c.best === undefined ? [] : [c.best]));
  const meanBest =
    bests.length > 0 ? Math.round((bests.reduce((a, b) => a + b, 0) / bests.length) * 10) / 10 : undefined;
  return {
    key,
    completed,
    completionPercent: wholePercent(completed, learners.length),
    ...(meanBest === undefined ? {} : { meanBest }),
    attemptedBy: cells.filter((c) => c.attempts > 0).length,
  };
}

/**
 * Every tallied question was missed by someone, so none has learners 0. A question listed twice in one attempt
 * (only a hand-made report could say so) counts once.
 */
function mostMissed(reports: Report[], modules: ClassModule[]): MissedQuestion[] {
  const inPath = new Set(modules.map((m) => m.key));
  const tally = new Map<string, { module: string; question: string; who: Set<string>; times: number }>();
  for (const r of reports) {
    for (const m of r.modules) {
      if (!inPath.has(m.module)) continue;
      for (const a of m.attempts) {
        for (const question of new Set(a.missed ?? [])) {
          const key = `${m.module}#${question}`;
          const t = tally.get(key) ?? { module: m.module, question, who: new Set<string>(), times: 0 };
          t.who.add(r.learner.id);
          t.times += 1;
          tally.set(key, t);
        }
      }
    }
  }
  return [...tally.entries()]
    .map(([key, t]) => ({ key, module: t.module, question: t.question, learners: t.who.size, times: t.times }))
    .sort((a, b) => b.learners - a.learners || b.times - a.times || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, MISSED_TOP)
    .map(({ module, question, learners, times }) => ({ module, question, learners, times }));
}

/** The exercises the view reports on (see ClassExercise): declared first, then those only the reports hold. */
export function classExercises(reports: Report[], modules: ClassModule[]): ClassExercise[] {
  return modules.flatMap((m) => {
    const declared = m.exercises ?? [];
    const found = new Map<string, ExerciseKind>();
    for (const r of reports)
      for (const entry of r.modules)
        if (entry.module === m.key)
          for (const e of entry.exercises ?? [])
            if (!declared.some((d) => d.id === e.exercise) && !found.has(e.exercise)) found.set(e.exercise, e.kind);
    return [
      ...declared.map((d) => ({ module: m.key, exercise: d.id, kind: d.kind, title: d.title })),
      ...[...found.keys()].sort().map((id) => ({ module: m.key, exercise: id, kind: found.get(id)! })),
    ].map((e, i) => ({ ...e, number: i + 1 }));
  });
}

const meanOf = (values: number[]) =>
  values.length > 0 ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : undefined;

/**
 * Each exercise over the class. The items missed come from every attempt of every learner (the first entry of a
 * module a report repeats, as the table reads it); an item listed twice in one attempt counts once.
 */
function exerciseSummaryOf(exercise: ClassExercise, index: number, learners: ClassLearner[], reports: Report[]) {
  const cells = learners.map((l) => l.exercises[index]!);
  const meanBest = meanOf(cells.flatMap((c) => (c.best === undefined ? [] : [c.best])));
  const tally = new Map<string, { who: Set<string>; times: number }>();
  for (const r of reports) {
    const entry = r.modules.find((m) => m.module === exercise.module);
    const attempts = entry?.exercises?.find((e) => e.exercise === exercise.exercise)?.attempts ?? [];
    for (const a of attempts)
      for (const item of new Set(a.missed)) {
        const t = tally.get(item) ?? { who: new Set<string>(), times: 0 };
        t.who.add(r.learner.id);
        t.times += 1;
        tally.set(item, t);
      }
  }
  const missed = [...tally.entries()]
    .map(([item, t]) => ({ item, learners: t.who.size, times: t.times }))
    .sort((a, b) => b.learners - a.learners || b.times - a.times || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0))
    .slice(0, MISSED_PER_EXERCISE);
  return {
    ...exercise,
    triedBy: cells.filter((c) => c.attempts > 0).length,
    passedBy: cells.filter((c) => c.passed).length,
    ...(meanBest === undefined ? {} : { meanBest }),
    missed,
  };
}

/**
 * `reports` are for one path (filter by mainPathId) and one report per learner (latestPerLearner first);
 * `modules` are the path's modules, in order.
 */
export function classView(reports: Report[], modules: ClassModule[], now: Date): ClassView {
  const path = reports[0]?.path;
  // The due date is a Vietnamese calendar date, wherever the trainer's laptop is set: the learner's page
  // (isOverdue in assigned-paths.ts) counts days the same way.
  const today = Number.isNaN(now.getTime()) ? '' : vietnamDate(now);
  const exercises = classExercises(reports, modules);
  const learners = reports.map((r) => learnerOf(r, modules, exercises, path, today)).sort(byName);
  return {
    path,
    learners,
    modules: modules.map((m, i) => summaryOf(m.key, i, learners)),
    missed: mostMissed(reports, modules),
    needHelp: learners.filter((l) => l.help.length > 0),
    exercises: exercises.map((e, i) => exerciseSummaryOf(e, i, learners, reports)),
  };
}
