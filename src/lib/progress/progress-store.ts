import * as v from 'valibot';
import {
  assignedPathSchema,
  emptyProgress,
  moduleProgressSchema,
  inProgressSchema,
  progressSchema,
  PROGRESS_VERSION,
  visitNoteSchema,
  type Progress,
} from './progress-schema';
import { backupKey } from './backup-key';
import { mergeProgress } from './progress-merge';
import { migrateProgress } from './progress-migrations';
import type { VisitNote } from './visit-notes';
import { recordVisit } from '../quiz/quiz-session';

/**
 * The one place that reads and writes the learner's record. Rules, because the record must never be lost:
 * - every read is validated; a part that fails is moved aside under a backup key and the rest keeps working;
 * - a record from a newer version of the site is never overwritten by this one;
 * - a full or disabled storage keeps the session working in memory, and says progress will not be kept;
 * - every write re-reads the stored record and merges into it, so two tabs never overwrite each other's attempts;
 * - visits a quiz page noted before its quiz code came (visit-notes.ts) count from the first read, and are
 *   cleared once a write has put them in the record.
 */
export const STORAGE_KEY = 'cdl.progress';
export const BACKUP_PREFIX = 'cdl.progress.backup.';
/** Visits noted by quiz pages before the store's code came (visit-notes.ts). */
export const VISIT_NOTES_KEY = 'cdl.progress.visits';

export type Notice = 'corrupt-moved-aside' | 'newer-version' | 'storage-full' | 'storage-unavailable';

/** The parts of the Web Storage API the store uses (localStorage in the browser, a Map in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ProgressStore {
  read(): Progress;
  /** Applies a change to the freshest record and saves it. Returns false if it could only be kept in memory. */
  update(change: (record: Progress) => Progress): boolean;
  /** Notices raised so far (each once), for the page to show in the learner's language. */
  notices(): Notice[];
  /** Re-read after another tab wrote (the page wires this to the `storage` event). */
  refresh(): Progress;
}

export function createProgressStore(getStorage: () => StorageLike, now: () => Date = () => new Date()): ProgressStore {
  let storage: StorageLike | undefined;
  try {
    storage = getStorage();
    storage.getItem(STORAGE_KEY); // Safari private mode and disabled storage throw here, not on access.
  } catch {
    storage = undefined;
  }
  const raised = new Set<Notice>(storage ? [] : ['storage-unavailable']);
  let memory: Progress = emptyProgress();
  let readOnly = false; // a newer site version's record: read it, never write over it
  let backedUp: string | undefined; // the damaged text already copied aside, so re-reads do not copy it again
  let notesRead: string[] = []; // the visit notes (as stored) the current record includes, to clear after a write

  const readNotes = (): VisitNote[] => {
    notesRead = [];
    let list: unknown;
    try {
      list = JSON.parse(storage?.getItem(VISIT_NOTES_KEY) ?? '[]');
    } catch {
      list = [];
    }
    if (!Array.isArray(list)) list = [];
    notesRead = (list as unknown[]).map((note) => JSON.stringify(note));
    // A bad note holds one visit at most: dropped with the rest when cleared, never worth a backup.
    return (list as unknown[]).filter((note): note is VisitNote => v.is(visitNoteSchema, note));
  };

  const clearNotes = () => {
    if (!storage || notesRead.length === 0) return;
    try {
      const list: unknown = JSON.parse(storage.getItem(VISIT_NOTES_KEY) ?? '[]');
      // Another tab may have noted a visit since this one read: keep that.
      const newer = Array.isArray(list) ? list.filter((note) => !notesRead.includes(JSON.stringify(note))) : [];
      storage.setItem(VISIT_NOTES_KEY, JSON.stringify(newer));
    } catch {
      // Left in place, the notes are folded again on the next read: at worst a visit counts twice.
    }
    notesRead = [];
  };

  const backup = (raw: string) => {
    try {
      const key = backupKey(BACKUP_PREFIX, raw);
      const held = storage?.getItem(key);
      // The same damaged text is copied once across visits; a different text under the same key (a hash
      // collision) must not overwrite that copy, so it gets one named by the time as well.
      if (held !== raw) storage?.setItem(held == null ? key : `${key}-${now().toISOString()}`, raw);
    } catch {
      // Nowhere to keep the copy: the original stays untouched under STORAGE_KEY until a good write replaces it.
    }
    raised.add('corrupt-moved-aside');
  };

  const load = (): Progress => {
    if (!storage) return memory;
    let raw: string | null;
    try {
      raw = storage.getItem(STORAGE_KEY);
    } catch {
      return memory;
    }
    let record = emptyProgress();
    if (raw !== null) {
      const salvaged = salvage(raw);
      record = salvaged.record;
      if (salvaged.newer) {
        readOnly = true;
        raised.add('newer-version');
      }
      if (salvaged.rejected && salvaged.rejected !== backedUp) {
        backup(salvaged.rejected);
        backedUp = salvaged.rejected;
      }
    }
    // Anything this tab holds only in memory (after a failed write) is kept too.
    return mergeProgress(foldVisitNotes(record, readNotes()), memory);
  };

  let current = load();

  return {
    read: () => current,
    refresh: () => (current = load()),
    notices: () => [...raised],
    update(change) {
      current = change(load());
      memory = current;
      if (!storage || readOnly) return false;
      try {
        storage.setItem(STORAGE_KEY, JSON.stringify(current));
        memory = emptyProgress();
        clearNotes();
        return true;
      } catch {
        raised.add('storage-full');
        return false;
      }
    },
  };
}

/**
 * Turns stored text into a record, keeping every part that validates. `rejected` is the original text when
 * anything had to be dropped, so it can be kept aside for recovery.
 */
export function salvage(raw: string): { record: Progress; rejected?: string; newer?: boolean } {
  let parsed: unknown;
  try {
    parsed = migrateProgress(JSON.parse(raw));
  } catch {
    return { record: emptyProgress(), rejected: raw };
  }
  const whole = v.safeParse(progressSchema, parsed);
  if (whole.success) return { record: whole.output };

  const value = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  if (typeof value.version === 'number' && value.version > PROGRESS_VERSION) {
    return { record: emptyProgress(), newer: true };
  }
  const record = emptyProgress();
  let dropped = typeof value.version !== 'number';
  // Each keyed part entry by entry, so one bad module (or path) costs only itself.
  const keep = <S extends v.GenericSchema>(part: unknown, schema: S, into: Record<string, v.InferOutput<S>>) => {
    for (const [key, entry] of Object.entries(asObject(part))) {
      const result = v.safeParse(schema, entry);
      if (result.success) into[key] = result.output;
      else dropped = true;
    }
  };
  keep(value.modules, moduleProgressSchema, record.modules);
  keep(value.inProgress, inProgressSchema, record.inProgress);
  keep(value.paths, assignedPathSchema, record.paths);
  const last = v.safeParse(progressSchema.entries.last, value.last);
  if (last.success) record.last = last.output;
  else dropped = true;
  const learner = v.safeParse(progressSchema.entries.learner, value.learner);
  if (learner.success) record.learner = learner.output;
  else dropped = true;
  return dropped ? { record, rejected: raw } : { record };
}

/** The record with the noted visits counted in; a note older than what the record says is last keeps that last. */
export function foldVisitNotes(record: Progress, notes: VisitNote[]): Progress {
  return notes.reduce((r, note) => {
    const next = recordVisit(r, note.module, note.lang, new Date(note.at));
    const lastVisit = r.modules[note.module]?.lastVisit;
    if (lastVisit && Date.parse(lastVisit) > Date.parse(note.at))
      next.modules[note.module] = { ...next.modules[note.module]!, lastVisit };
    return r.last && Date.parse(r.last.at) > Date.parse(note.at) ? { ...next, last: r.last } : next;
  }, record);
}

/** The object's own entries, minus a "__proto__" key (JSON.parse makes one; assigning it would swap a prototype). */
const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== '__proto__'))
    : {};
