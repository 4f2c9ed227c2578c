import type { Progress } from './progress-schema';

/**
 * Every checked try a record holds, quiz attempts and exercise attempts alike: what "N attempts" means wherever
 * the learner is told what a backup, a link or a set-aside copy holds or adds. Ids are random per attempt
 * (crypto.randomUUID()), so one set covers both kinds.
 */
export function attemptIds(record: Progress): Set<string> {
  const ids = new Set<string>();
  for (const module of Object.values(record.modules)) {
    for (const a of module.attempts) ids.add(a.id);
    for (const exercise of Object.values(module.exercises ?? {})) for (const a of exercise.attempts) ids.add(a.id);
  }
  return ids;
}

/** How many of `incoming`'s attempts `current` does not hold yet: what merging it would add. */
export function newAttempts(current: Progress, incoming: Progress): number {
  const known = attemptIds(current);
  let added = 0;
  for (const id of attemptIds(incoming)) if (!known.has(id)) added += 1;
  return added;
}
