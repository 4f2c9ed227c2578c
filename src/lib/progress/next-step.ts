import { activePaths, pathStanding } from '../course-paths/path-standing';
import { moduleStatus, moduleStatusWith } from './learning-summary';
import type { Progress } from './progress-schema';

/**
 * What to do next, one rule for every page that says it (home, course, module, My learning, an assigned path):
 * 1. the first module not yet done of the learner's first active path (the soonest due; see activePaths), when
 *    that path has one among the modules considered;
 * 2. else the module last opened, when it is not completed;
 * 3. else the first module not completed after it in course order, then from the start of the course order;
 * A learner with nothing started and no path is told to start with the first module; one with every module
 * completed is told so. `modules` are the candidates in course order: the whole site, or one course's modules.
 */
export type NextStep<M> =
  | { kind: 'start'; module: M }
  | { kind: 'continue'; module: M; pathTitle?: string }
  | { kind: 'all-done' }
  | { kind: 'nothing' };

export function nextStep<M extends { key: string; exercises?: ReadonlyArray<{ id: string; counts: boolean }> }>(
  record: Progress,
  modules: readonly M[],
): NextStep<M> {
  if (modules.length === 0) return { kind: 'nothing' };
  const byKey = new Map(modules.map((m) => [m.key, m]));
  for (const { path } of activePaths(record)) {
    const next = pathStanding(record, path, new Set(byKey.keys()), (key) => byKey.get(key)?.exercises).next;
    if (next) return { kind: 'continue', module: byKey.get(next)!, pathTitle: path.title };
  }
  // Modules that say which of their exercises count are not done until those are passed (moduleStatusWith).
  const notDone = (m: M) => moduleStatusWith(record, m) !== 'completed';
  const lastAt = modules.findIndex((m) => m.key === record.last?.module);
  if (lastAt >= 0 && notDone(modules[lastAt]!)) return { kind: 'continue', module: modules[lastAt]! };
  const started = lastAt >= 0 || modules.some((m) => moduleStatus(record, m.key) !== 'not-started');
  if (!started) return { kind: 'start', module: modules[0]! };
  const after = [...modules.slice(lastAt + 1), ...modules.slice(0, lastAt + 1)].find(notDone);
  return after ? { kind: 'continue', module: after } : { kind: 'all-done' };
}
