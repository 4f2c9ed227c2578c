import { attemptIds, newAttempts } from './attempt-ids';
import { mergeProgress } from './progress-merge';
import { PROGRESS_VERSION, type Progress } from './progress-schema';
import { salvage } from './progress-store';

/**
 * The learner's own backup file: the whole record, as JSON, with a format tag so a wrong file is recognised.
 * (Reports for trainers are xAPI statements, a separate export; this file is for moving a learner's own record.)
 */
export const FILE_FORMAT = 'civic-data-literacy/progress';

export function exportProgress(record: Progress, now: Date): string {
  return JSON.stringify(
    { format: FILE_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), record },
    null,
    2,
  );
}

export type ImportResult =
  | { ok: true; merged: Progress; added: number; partial: boolean }
  | { ok: false; reason: 'not-json' | 'not-ours' | 'newer-version' | 'nothing-usable' };

/**
 * Reads a file and merges it into the current record: never replaces, never loses an attempt of either. `added`
 * counts quiz and exercise attempts alike, as the learner's "N new attempts" means both.
 */
export function importProgress(current: Progress, text: string): ImportResult {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (typeof file !== 'object' || file === null || (file as { format?: unknown }).format !== FILE_FORMAT) {
    return { ok: false, reason: 'not-ours' };
  }
  const { record, rejected, newer } = salvage(JSON.stringify((file as { record?: unknown }).record ?? null));
  if (newer) return { ok: false, reason: 'newer-version' };
  if (rejected && attemptIds(record).size === 0 && Object.keys(record.modules).length === 0)
    return { ok: false, reason: 'nothing-usable' };
  return {
    ok: true,
    merged: mergeProgress(current, record),
    added: newAttempts(current, record),
    partial: rejected !== undefined,
  };
}
