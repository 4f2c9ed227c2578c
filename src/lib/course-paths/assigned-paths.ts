import { pathId } from './path-codec';
import type { SharedPath } from './path-schema';
import { MAX_LEARNER_NAME, type Progress } from '../progress/progress-schema';

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

/** The learner stops sending the path's statements to its LRS; only adding the path again starts it anew. */
export function stopSending(record: Progress, id: string, now: Date): Progress {
  const entry = record.paths[id];
  if (!entry?.path.lrs || entry.lrsStoppedAt) return record;
  return { ...record, paths: { ...record.paths, [id]: { ...entry, lrsStoppedAt: now.toISOString() } } };
}

// Reading where a learner stands on a path needs none of the link code (lz-string): it lives apart, so the pages
// that only show progress do not fetch it.
export { activePaths, isActive, isOverdue, pathStanding, type PathStanding } from './path-standing';

/** The name the learner gives for reports, and a random id made once so a trainer can tell two Lans apart. */
export function setLearnerName(record: Progress, name: string, now: Date, newId: () => string): Progress {
  return {
    ...record,
    learner: { id: record.learner?.id ?? newId(), name: name.trim().slice(0, MAX_LEARNER_NAME), at: now.toISOString() },
  };
}
