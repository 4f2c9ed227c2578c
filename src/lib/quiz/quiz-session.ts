import type { Lang } from '../../i18n/languages';
import type { Attempt, InProgressQuiz, ModuleProgress, Progress } from '../progress/progress-schema';
import { bestScore } from './best-score';
import { completedUnder, QUIZ_ONLY, type CompletionRule } from '../progress/module-completion';

/**
 * What a quiz does to the learner's record: pure functions from one record to the next, so the island stays
 * thin and every rule (resume only the same quiz, keep attempts, complete on pass) is unit-tested.
 */

/** A short fingerprint of a quiz's content (FNV-1a): an edited quiz gets a new one, so old saved answers are dropped. */
export function quizHash(quiz: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(quiz)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const moduleOf = (record: Progress, key: string): ModuleProgress => record.modules[key] ?? { visits: 0, attempts: [] };

export function recordVisit(record: Progress, key: string, lang: Lang, now: Date): Progress {
  const current = moduleOf(record, key);
  const at = now.toISOString();
  return {
    ...record,
    modules: { ...record.modules, [key]: { ...current, visits: current.visits + 1, lastVisit: at } },
    last: { module: key, lang, at },
  };
}

export type Resume = { kind: 'none' } | { kind: 'resume'; snapshot: unknown } | { kind: 'dropped' };

/**
 * The saved in-progress quiz, if it belongs to this very quiz and machine; otherwise say it must be dropped.
 * `hashes` are the quiz's fingerprints this page accepts: its resume key (resume-key.ts), and the one-language
 * hash attempts saved before it were stored under, so an upgrade does not tell learners the quiz has changed.
 */
export function findResume(record: Progress, key: string, machineVersion: number, hashes: readonly string[]): Resume {
  const saved = record.inProgress[key];
  if (!saved) return { kind: 'none' };
  if (saved.machineVersion !== machineVersion || !hashes.includes(saved.quizHash)) return { kind: 'dropped' };
  return { kind: 'resume', snapshot: saved.snapshot };
}

export function saveInProgress(record: Progress, key: string, saved: InProgressQuiz): Progress {
  return { ...record, inProgress: { ...record.inProgress, [key]: saved } };
}

export function dropInProgress(record: Progress, key: string): Progress {
  const { [key]: _dropped, ...rest } = record.inProgress;
  return { ...record, inProgress: rest };
}

/**
 * A finished attempt: kept for ever, ends the in-progress quiz, and completes the module when passed, unless the
 * module also has exercises that count (`rule`) not yet passed: then the last of them to pass completes it.
 */
export function recordAttempt(
  record: Progress,
  key: string,
  attempt: Attempt,
  rule: CompletionRule = QUIZ_ONLY,
): Progress {
  const current = moduleOf(record, key);
  const updated: ModuleProgress = {
    ...current,
    attempts: current.attempts.some((a) => a.id === attempt.id) ? current.attempts : [...current.attempts, attempt],
  };
  const completedAt = current.completedAt ?? completedUnder(updated, rule);
  const withAttempt: Progress = {
    ...record,
    modules: { ...record.modules, [key]: { ...updated, ...(completedAt ? { completedAt } : {}) } },
  };
  return dropInProgress(withAttempt, key);
}

export function bestPercent(progress: ModuleProgress | undefined): number | undefined {
  return bestScore(progress?.attempts ?? []);
}

/** "Mark as done" on a module without a quiz: completes it once, keeping the first date. */
export function markDone(record: Progress, key: string, now: Date): Progress {
  const current = moduleOf(record, key);
  if (current.completedAt) return record;
  return { ...record, modules: { ...record.modules, [key]: { ...current, completedAt: now.toISOString() } } };
}
