import { pathId } from './path-codec';
import type { SharedPath } from './path-schema';
import { doneForPath, stateForPath, type ModuleState } from './path-progress';
import { MAX_LEARNER_NAME, type Progress } from '../progress/progress-schema';
import { moduleStatus } from '../progress/learning-summary';
import { bestPercent } from '../quiz/quiz-session';
import { wholePercent } from '../whole-percent';
import { isPastDue, vietnamDate } from './due-date';

/**
 * Paths a trainer assigned, as the learner keeps them. Pure functions from one record to the next; removing a
 * path only marks it removed (see assignedPathSchema), and never touches the progress on its modules.
 */
export function assignPath(record: Progress, path: SharedPath, now: Date): Progress {
  return { ...record, paths: { ...record.paths, [pathId(path)]: { path, addedAt: now.toISOString() } } };
}

export function removePath(record: Progress, id: string, now: Date): Progress {
  const entry = record.paths[id];
  if (!entry) return record;
  return { ...record, paths: { ...record.paths, [id]: { ...entry, removedAt: now.toISOString() } } };
}

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

export function pathStanding(record: Progress, path: SharedPath, known: ReadonlySet<string>): PathStanding {
  const states = path.modules.map((key) => {
    const best = bestPercent(record.modules[key]);
    return {
      key,
      state: stateForPath(moduleStatus(record, key), best, path.passMark),
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

/** The name the learner gives for reports, and a random id made once so a trainer can tell two Lans apart. */
export function setLearnerName(record: Progress, name: string, now: Date, newId: () => string): Progress {
  return {
    ...record,
    learner: { id: record.learner?.id ?? newId(), name: name.trim().slice(0, MAX_LEARNER_NAME), at: now.toISOString() },
  };
}
