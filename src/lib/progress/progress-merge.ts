import type { AssignedPath, ExerciseProgress, ModuleProgress, Progress } from './progress-schema';

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
    paths[key] = mergeAssigned(a.paths[key], b.paths[key]);
  }
  const learner = newest(a.learner, b.learner, (l) => l.at);
  const placements = unitedByKey(a.placements, b.placements, (p) => p.at);
  const certificates = unitedByKey(a.certificates, b.certificates, (c) => c.issuedAt);
  return {
    version: a.version,
    modules,
    inProgress,
    ...(last ? { last } : {}),
    paths,
    ...(learner ? { learner } : {}),
    ...(placements ? { placements } : {}),
    ...(certificates ? { certificates } : {}),
  };
}

/** Every entry of both keyed parts; under one key, the newer (a placement or certificate is never edited). */
function unitedByKey<T>(
  x: Record<string, T> | undefined,
  y: Record<string, T> | undefined,
  stamp: (item: T) => string,
): Record<string, T> | undefined {
  if (!x || !y) return x ?? y;
  const merged: Record<string, T> = {};
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) merged[key] = newest(x[key], y[key], stamp)!;
  return merged;
}

function mergeModule(x: ModuleProgress | undefined, y: ModuleProgress | undefined): ModuleProgress {
  if (!x) return y!;
  if (!y) return x;
  const attempts = unitedById(x.attempts, y.attempts);
  const exercises = mergeExercises(x.exercises, y.exercises);
  const reviews = x.reviews && y.reviews ? unitedById(x.reviews, y.reviews) : (x.reviews ?? y.reviews);
  const lastVisit = x.lastVisit && y.lastVisit ? later(x.lastVisit, y.lastVisit) : (x.lastVisit ?? y.lastVisit);
  const completedAt =
    x.completedAt && y.completedAt ? earlier(x.completedAt, y.completedAt) : (x.completedAt ?? y.completedAt);
  return {
    visits: Math.max(x.visits, y.visits),
    ...(lastVisit ? { lastVisit } : {}),
    ...(completedAt ? { completedAt } : {}),
    attempts,
    ...(exercises ? { exercises } : {}),
    ...(reviews ? { reviews } : {}),
  };
}

/**
 * Attempts of both, each once, oldest first (ties by id). Two different attempts under one id (a hand-edited file)
 * keep the same one whichever record comes first, so both orders of merging agree.
 */
function unitedById<T extends { id: string; at: string }>(x: T[], y: T[]): T[] {
  const byId = new Map<string, T>();
  for (const attempt of [...x, ...y]) {
    const held = byId.get(attempt.id);
    if (!held || JSON.stringify(attempt) > JSON.stringify(held)) byId.set(attempt.id, attempt);
  }
  return [...byId.values()].sort((p, q) => (p.at === q.at ? p.id.localeCompare(q.id) : p.at.localeCompare(q.at)));
}

function mergeExercises(
  x: Record<string, ExerciseProgress> | undefined,
  y: Record<string, ExerciseProgress> | undefined,
): Record<string, ExerciseProgress> | undefined {
  if (!x || !y) return x ?? y;
  const merged: Record<string, ExerciseProgress> = {};
  for (const id of new Set([...Object.keys(x), ...Object.keys(y)])) {
    merged[id] = { attempts: unitedById(x[id]?.attempts ?? [], y[id]?.attempts ?? []) };
  }
  return merged;
}

/** The more recent of two (either may be missing); a tie is broken by content so merge(a, b) = merge(b, a). */
function newest<T>(x: T | undefined, y: T | undefined, stamp: (item: T) => string): T | undefined {
  if (!x || !y) return x ?? y;
  const [tx, ty] = [Date.parse(stamp(x)), Date.parse(stamp(y))];
  if (tx !== ty) return tx > ty ? x : y;
  return JSON.stringify(x) >= JSON.stringify(y) ? x : y;
}

/**
 * The newer entry of an assigned path, keeping a stop to sending statements to its LRS that either side made for
 * that same adding (the earliest), so a tab that never saw the stop cannot start sending again. Adding the path
 * anew (its link opened and accepted again) is a new consent: an older adding's stop does not carry over.
 */
function mergeAssigned(x: AssignedPath | undefined, y: AssignedPath | undefined): AssignedPath {
  const entry = newest(x, y, lastChange)!;
  const stops = [x, y].flatMap((p) => (p?.lrsStoppedAt && p.addedAt === entry.addedAt ? [p.lrsStoppedAt] : []));
  const { lrsStoppedAt: _, ...rest } = entry;
  return stops.length > 0 ? { ...rest, lrsStoppedAt: stops.reduce(earlier) } : rest;
}

/** An assigned path's latest change: being added, or being removed. */
const lastChange = (p: AssignedPath) => (p.removedAt && p.removedAt > p.addedAt ? p.removedAt : p.addedAt);

const later = (p: string, q: string) => (Date.parse(p) >= Date.parse(q) ? p : q);
const earlier = (p: string, q: string) => (Date.parse(p) <= Date.parse(q) ? p : q);
