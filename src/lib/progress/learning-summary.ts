import type { Attempt, ExerciseKind, ModuleProgress, Progress } from './progress-schema';
import { bestScore } from '../quiz/best-score';
import { bestPercent } from '../quiz/quiz-session';
import { readableId } from '../exercise/readable-id';
import { wholePercent } from '../whole-percent';

/** What "My learning" and the course pages show, worked out from the record and the list of modules. */
export interface ModuleInfo {
  key: string;
  course: string;
  number: string;
  title: string;
  url: string;
  /** The module's exercises as its page declares them, in the page's language; absent where none is declared. */
  exercises?: ExerciseInfo[];
}

/** An exercise as the catalog declares it: enough to name it and to know whether it counts toward completion. */
export interface ExerciseInfo {
  id: string;
  kind: ExerciseKind;
  title: string;
  counts: boolean;
}

export type Status = 'not-started' | 'in-progress' | 'completed';

const hasExerciseAttempts = (progress: ModuleProgress) =>
  Object.values(progress.exercises ?? {}).some((e) => e.attempts.length > 0);

export function moduleStatus(record: Progress, key: string): Status {
  const progress = record.modules[key];
  if (progress?.completedAt) return 'completed';
  if (progress && (progress.visits > 0 || progress.attempts.length > 0 || hasExerciseAttempts(progress)))
    return 'in-progress';
  return record.inProgress[key] ? 'in-progress' : 'not-started';
}

/**
 * The module's status on My learning: as moduleStatus, except that a module marked completed still lacking a
 * pass of an exercise its page now says counts (completed before the exercise was added, or marked done by hand)
 * is in progress, since the learner still has that exercise to pass.
 */
export function moduleStatusWith(
  record: Progress,
  module: { key: string; exercises?: ReadonlyArray<{ id: string; counts: boolean }> },
): Status {
  const status = moduleStatus(record, module.key);
  if (status !== 'completed') return status;
  const exercises = record.modules[module.key]?.exercises ?? {};
  const missing = (module.exercises ?? []).some(
    (e) => e.counts && !(exercises[e.id]?.attempts ?? []).some((a) => a.passed),
  );
  return missing ? 'in-progress' : 'completed';
}

/** Whole percent of a course's modules completed. */
export function coursePercent(record: Progress, moduleKeys: string[]): number {
  const done = moduleKeys.filter((key) => moduleStatus(record, key) === 'completed').length;
  return wholePercent(done, moduleKeys.length);
}

/** One exercise of a module as the learner has done it: shown beside the module's quiz result. */
export interface ExerciseResult {
  id: string;
  kind: ExerciseKind;
  /** The catalog's title in the page's language; a readable form of the id if the page no longer declares it. */
  title: string;
  counts: boolean;
  best: number;
  passed: boolean;
  tries: number;
}

/**
 * The exercises of a module that have attempts: the catalog's order first, then any the record holds that the
 * page no longer declares (their attempts are the learner's, so they are still shown). Exercises not yet tried
 * are left out: the module page lists those.
 */
export function exerciseResults(record: Progress, module: ModuleInfo): ExerciseResult[] {
  const held = record.modules[module.key]?.exercises ?? {};
  const declared = module.exercises ?? [];
  const undeclared = Object.keys(held)
    .filter((id) => !declared.some((e) => e.id === id))
    .sort();
  return [...declared.map((e) => e.id), ...undeclared].flatMap((id): ExerciseResult[] => {
    const attempts = held[id]?.attempts ?? [];
    if (attempts.length === 0) return [];
    const info = declared.find((e) => e.id === id);
    return [
      {
        id,
        kind: info?.kind ?? attempts.at(-1)!.kind,
        title: info?.title ?? readableId(id),
        counts: info?.counts ?? false,
        best: bestScore(attempts)!,
        passed: attempts.some((a) => a.passed),
        tries: attempts.length,
      },
    ];
  });
}

type Listed = ModuleInfo & { best?: number; exerciseResults: ExerciseResult[] };

/** What to do next is not here: see nextStep (next-step.ts), the one rule every page uses. */
export interface Summary {
  inProgress: Listed[];
  completed: Array<Listed & { completedAt: string }>;
  /** Newest first. */
  attempts: Array<Attempt & { module: ModuleInfo }>;
}

export function summarise(record: Progress, modules: ModuleInfo[]): Summary {
  const byKey = new Map(modules.map((m) => [m.key, m]));
  const listed = (m: ModuleInfo): Listed => ({
    ...m,
    best: bestPercent(record.modules[m.key]),
    exerciseResults: exerciseResults(record, m),
  });
  return {
    inProgress: modules.filter((m) => moduleStatusWith(record, m) === 'in-progress').map(listed),
    completed: modules
      .filter((m) => moduleStatusWith(record, m) === 'completed')
      .map((m) => ({ ...listed(m), completedAt: record.modules[m.key]!.completedAt! })),
    attempts: Object.entries(record.modules)
      .flatMap(([key, p]) => (byKey.has(key) ? p.attempts.map((a) => ({ ...a, module: byKey.get(key)! })) : []))
      .sort((a, b) => b.at.localeCompare(a.at)),
  };
}
