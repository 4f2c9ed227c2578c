import { attemptIds, newAttempts } from './attempt-ids';
import { mergeProgress } from './progress-merge';
import type { Progress } from './progress-schema';
import { BACKUP_PREFIX, STORAGE_KEY, type StorageLike } from './progress-store';
import { salvage } from './salvage';

/** Storage that can also be listed and pruned (localStorage; the tests' fake). */
export interface ListableStorage extends StorageLike {
  readonly length: number;
  key(index: number): string | null;
  removeItem(key: string): void;
}

export const BEFORE_RESET_KEY = `${BACKUP_PREFIX}before-reset`;

export interface SetAsideCopy {
  key: string;
  raw: string;
  /** 'held': the damaged record itself, still under STORAGE_KEY because no copy could be written. */
  kind: 'damaged' | 'unparsed' | 'before-reset' | 'held';
  sizeKb: number;
  /** Attempt entries (quiz and exercise) found in the copy, readable or not, and how many of them cannot be read. */
  attempts: number;
  unreadable: number;
  /** Attempts, completions and paths the copy holds that the record does not: what "restore" would add. */
  adds: number;
  readable: Progress;
}

/**
 * Every copy of the learner's record that was set aside (by damage, or before an erase), for My learning to
 * show, download, restore from and delete, and the damaged record itself when it could not be copied.
 */
export function setAsideCopies(storage: ListableStorage, record: Progress): SetAsideCopy[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
  }
  const copies = keys.sort().map((key) => describe(key, storage.getItem(key) ?? '', record));
  const original = storage.getItem(STORAGE_KEY);
  if (original !== null && salvage(original).rejected !== undefined && !copies.some((c) => c.raw === original)) {
    copies.unshift({ ...describe(STORAGE_KEY, original, record), kind: 'held' });
  }
  return copies;
}

function describe(key: string, raw: string, record: Progress): SetAsideCopy {
  const readable = salvage(raw).record;
  const found = attemptsIn(raw);
  const inRecord = attemptIds(readable).size;
  return {
    key,
    raw,
    kind: key === BEFORE_RESET_KEY ? 'before-reset' : found === undefined ? 'unparsed' : 'damaged',
    sizeKb: Math.max(1, Math.round(raw.length / 1024)),
    attempts: found ?? 0,
    unreadable: Math.max(0, (found ?? 0) - inRecord),
    adds: newItems(record, mergeProgress(record, readable)),
    readable,
  };
}

/**
 * Entries of every module's attempts list and of each of its exercises' attempts lists, whatever their shape;
 * undefined if the text is not JSON.
 */
function attemptsIn(raw: string): number | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const modules = (parsed as { modules?: unknown } | null)?.modules;
  if (typeof modules !== 'object' || modules === null) return 0;
  const entries = (holder: unknown) => {
    const attempts = (holder as { attempts?: unknown } | null)?.attempts;
    return Array.isArray(attempts) ? attempts.length : 0;
  };
  return Object.values(modules).reduce<number>((n, m) => {
    const exercises = (m as { exercises?: unknown } | null)?.exercises;
    const inExercises =
      typeof exercises === 'object' && exercises !== null && !Array.isArray(exercises)
        ? Object.values(exercises).reduce<number>((sum, e) => sum + entries(e), 0)
        : 0;
    return n + entries(m) + inExercises;
  }, 0);
}

function newItems(before: Progress, after: Progress): number {
  const done = (p: Progress) => Object.keys(p.modules).filter((k) => p.modules[k]!.completedAt);
  const attempts = newAttempts(before, after);
  const completions = done(after).filter((k) => !before.modules[k]?.completedAt).length;
  const paths = Object.keys(after.paths).filter((k) => !before.paths[k]).length;
  return attempts + completions + paths;
}
