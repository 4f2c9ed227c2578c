import type { AssignedPath, ModuleProgress, Progress } from './progress-schema';

/**
 * Combines two records of the same learner (two tabs, or an imported file) without losing anything: attempts
 * are united by id, counts and dates take the larger or earlier as fits. Commutative and idempotent, so the
 * order in which tabs write or files are imported does not matter.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const modules: Progress['modules'] = {};
  for (const key of new Set([...Object.keys(a.modules), ...Object.keys(b.modules)])) {
    modules[key] = mergeModule(a.modules[key], b.modules[key]);
  }
  const inProgress: Progress['inProgress'] = {};
  for (const key of new Set([...Object.keys(a.inProgress), ...Object.keys(b.inProgress)])) {
    inProgress[key] = newest(a.inProgress[key], b.inProgress[key], (q) => q.savedAt)!;
  }
  const last = newest(a.last, b.last, (l) => l.at);
  const paths: Progress['paths'] = {};
  for (const key of new Set([...Object.keys(a.paths), ...Object.keys(b.paths)])) {
    paths[key] = newest(a.paths[key], b.paths[key], lastChange)!;
  }
  const learner = newest(a.learner, b.learner, (l) => l.at);
  return { version: a.version, modules, inProgress, ...(last ? { last } : {}), paths, ...(learner ? { learner } : {}) };
}

function mergeModule(x: ModuleProgress | undefined, y: ModuleProgress | undefined): ModuleProgress {
  if (!x) return y!;
  if (!y) return x;
  const attempts = new Map([...x.attempts, ...y.attempts].map((attempt) => [attempt.id, attempt]));
  const lastVisit = x.lastVisit && y.lastVisit ? later(x.lastVisit, y.lastVisit) : (x.lastVisit ?? y.lastVisit);
  const completedAt =
    x.completedAt && y.completedAt ? earlier(x.completedAt, y.completedAt) : (x.completedAt ?? y.completedAt);
  return {
    visits: Math.max(x.visits, y.visits),
    ...(lastVisit ? { lastVisit } : {}),
    ...(completedAt ? { completedAt } : {}),
    attempts: [...attempts.values()].sort((p, q) =>
      p.at === q.at ? p.id.localeCompare(q.id) : p.at.localeCompare(q.at),
    ),
  };
}

/** The more recent of two (either may be missing); a tie is broken by content so merge(a, b) = merge(b, a). */
function newest<T>(x: T | undefined, y: T | undefined, stamp: (item: T) => string): T | undefined {
  if (!x || !y) return x ?? y;
  const [tx, ty] = [Date.parse(stamp(x)), Date.parse(stamp(y))];
  if (tx !== ty) return tx > ty ? x : y;
  return JSON.stringify(x) >= JSON.stringify(y) ? x : y;
}

/** An assigned path's latest change: being added, or being removed. */
const lastChange = (p: AssignedPath) => (p.removedAt && p.removedAt > p.addedAt ? p.removedAt : p.addedAt);

const later = (p: string, q: string) => (Date.parse(p) >= Date.parse(q) ? p : q);
const earlier = (p: string, q: string) => (Date.parse(p) <= Date.parse(q) ? p : q);
