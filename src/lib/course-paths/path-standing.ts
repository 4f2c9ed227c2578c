import type { SharedPath } from './path-schema';
import { doneForPath, stateForPath, type ModuleState } from './path-progress';
import type { Progress } from '../progress/progress-schema';
import { moduleStatusWith } from '../progress/learning-summary';
import { bestPercent } from '../quiz/quiz-session';
import { wholePercent } from '../whole-percent';
import { isPastDue, vietnamDate } from './due-date';

/** Where a learner stands on the paths they were assigned: which are active, and how far each is done. */
export const isActive = (entry: Progress['paths'][string]) => !entry.removedAt || entry.removedAt < entry.addedAt;

/** The learner's current paths: the soonest due first, then those without a date, newest first. */
export function activePaths(record: Progress): Array<{ id: string; path: SharedPath; addedAt: string }> {
  return Object.entries(record.paths)
    .filter(([, entry]) => isActive(entry))
    .map(([id, entry]) => ({ id, path: entry.path, addedAt: entry.addedAt }))
    .sort((a, b) => (a.path.due ?? '9999').localeCompare(b.path.due ?? '9999') || b.addedAt.localeCompare(a.addedAt));
}

export interface PathStanding {
  states: Array<{ key: string; state: ModuleState; best?: number }>;
  done: number;
  percent: number;
  /** The first module not yet done for the path, among those this site has; undefined when all are done. */
  next?: string;
}

/** A module's declared exercises (id, and whether passing it counts toward completion), where the page knows them. */
export type ExercisesOf = (key: string) => ReadonlyArray<{ id: string; counts: boolean }> | undefined;

/**
 * `exercisesOf`, when given, holds a completed module still lacking a pass of an exercise that counts as not
 * done, as My learning and the learner's report do (moduleStatusWith).
 */
export function pathStanding(
  record: Progress,
  path: SharedPath,
  known: ReadonlySet<string>,
  exercisesOf: ExercisesOf = () => undefined,
): PathStanding {
  const states = path.modules.map((key) => {
    const best = bestPercent(record.modules[key]);
    const exercises = exercisesOf(key);
    return {
      key,
      state: stateForPath(moduleStatusWith(record, { key, ...(exercises ? { exercises } : {}) }), best, path.passMark),
      ...(best !== undefined ? { best } : {}),
    };
  });
  const done = states.filter((s) => doneForPath(s.state, s.best, path.passMark)).length;
  return {
    states,
    done,
    percent: wholePercent(done, path.modules.length),
    next: states.find((s) => s.state !== 'completed' && known.has(s.key))?.key,
  };
}

export const isOverdue = (path: SharedPath, standing: PathStanding, now: Date) =>
  isPastDue(path.due, vietnamDate(now), standing.done, path.modules.length);
