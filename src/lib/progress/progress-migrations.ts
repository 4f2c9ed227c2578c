import { PROGRESS_VERSION } from './progress-schema';

/**
 * Upgrades a stored record, one version at a time, to PROGRESS_VERSION. Each step takes the plain JSON of
 * version N and returns version N + 1. When the schema changes: bump PROGRESS_VERSION, add the step here, and
 * add the old version's sample to tests/fixtures/ so the migration test keeps proving old records still load.
 */
const steps: Record<number, (record: Record<string, unknown>) => Record<string, unknown>> = {
  // 2 added assigned paths, the learner's name for reports and each attempt's missed questions (optional).
  1: (record) => ({ ...record, version: 2, paths: {} }),
  // 3 added each module's exercise attempts (optional). A new number all the same, so that a page of the older
  // site still cached by a service worker reads a v3 record as newer and leaves it alone instead of stripping them.
  2: (record) => ({ ...record, version: 3 }),
  // 4 added spaced reviews per module, placement checks and issued certificates (all optional); a new number
  // for the same reason as 3.
  3: (record) => ({ ...record, version: 4 }),
};

export function migrateProgress(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  let record = value as Record<string, unknown>;
  while (typeof record.version === 'number' && record.version < PROGRESS_VERSION) {
    const step = steps[record.version];
    if (!step) return record; // an unknown old version: validation will set it aside, not guess
    record = step(record);
  }
  return record;
}
