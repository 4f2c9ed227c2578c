import * as v from 'valibot';
import { emptyProgress, visitNoteSchema, type Progress } from './progress-schema';
import { backupKey } from './backup-key';
import { mergeProgress } from './progress-merge';
import { salvage } from './salvage';
import { extendLineage, fateOf, lineageOf, newWriteId } from './write-lineage';
import type { VisitNote } from './visit-notes';
import { recordVisit } from '../quiz/quiz-session';

export { salvage } from './salvage';

/**
 * The one place that reads and writes the learner's record. Rules, because the record must never be lost:
 * - every read is validated; what fails is kept whole as a copy under a backup key (set-aside.ts lists them on
 *   My learning) and the rest keeps working, down to the single attempt;
 * - if that copy cannot be written (storage full), the damaged original is never written over;
 * - a record from a newer version of the site is never overwritten by this one;
 * - a full or disabled storage keeps the session working in memory, and says progress will not be kept;
 * - every write re-reads the stored record and merges into it, and a tab whose write another tab wrote over in
 *   the same instant writes it back in when told of the other write (write-lineage.ts);
 * - visits a quiz page noted before its quiz code came (visit-notes.ts) count from the first read, and are
 *   cleared once a write has put them in the record.
 */
export const STORAGE_KEY = 'cdl.progress';
export const BACKUP_PREFIX = 'cdl.progress.backup.';
/** Visits noted by quiz pages before the store's code came (visit-notes.ts). */
export const VISIT_NOTES_KEY = 'cdl.progress.visits';

export type Notice =
  'corrupt-moved-aside' | 'damaged-not-copied' | 'newer-version' | 'storage-full' | 'storage-unavailable';

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
  /**
   * Re-read after another tab wrote (the page wires this to the `storage` event); if that write went over this
   * tab's latest write without reading it, the merged record is written back at once. Reading a damaged record
   * (here or when the store opens) copies it aside and then writes back its good part, so it is copied once.
   */
  refresh(): Progress;
}

export function createProgressStore(
  getStorage: () => StorageLike,
  now: () => Date = () => new Date(),
  /** Told each text written, for a second, durable copy (durable-copy.ts). */
  onWritten?: (text: string) => void,
): ProgressStore {
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
  let holding = false; // damaged text with no copy aside (no room): never write over it
  let backedUp: string | undefined; // the damaged text already copied aside, so re-reads do not copy it again
  let notesRead: string[] = []; // the visit notes (as stored) the current record includes, to clear after a write
  let lineage: string[] = []; // the write ids of the record as last read
  let lastWrite: string | undefined; // this tab's latest write, and the record it wrote (until seen built on)
  let written: Progress | undefined;
  let overwritten = false; // the last read found this tab's latest write written over by another tab
  let repair = false; // the last read copied damage aside: write the good part back so it is read clean

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

  /** Copies damaged text aside; true only if the copy is really in storage. */
  const backup = (raw: string): boolean => {
    if (!storage) return false;
    try {
      const key = backupKey(BACKUP_PREFIX, raw);
      const held = storage.getItem(key);
      // The same damaged text is copied once across visits; a different text under the same key (a hash
      // collision) must not overwrite that copy, so it gets one named by the time as well.
      if (held !== raw) storage.setItem(held == null ? key : `${key}-${now().toISOString()}`, raw);
      return true;
    } catch {
      return false;
    }
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
    lineage = [];
    holding = false;
    repair = false;
    if (raw !== null) {
      const salvaged = salvage(raw);
      record = salvaged.record;
      lineage = lineageOf(salvaged.parsed);
      if (salvaged.newer) {
        readOnly = true;
        raised.add('newer-version');
      }
      if (salvaged.rejected !== undefined) {
        if (salvaged.rejected === backedUp || backup(salvaged.rejected)) {
          backedUp = salvaged.rejected;
          raised.add('corrupt-moved-aside');
          raised.delete('damaged-not-copied'); // room was made: that notice is no longer true
          repair = true;
        } else {
          // Saying "set aside" here would be false, and a write would destroy the only copy.
          holding = true;
          raised.add('damaged-not-copied');
        }
      }
    }
    overwritten = false;
    if (written && lastWrite) {
      const fate = fateOf(lineage, lastWrite);
      if (fate === 'included') written = undefined;
      else if (fate === 'lost') {
        record = mergeProgress(record, written);
        overwritten = true;
      }
    }
    // Anything this tab holds only in memory (after a failed write) is kept too.
    return mergeProgress(foldVisitNotes(record, readNotes()), memory);
  };

  const write = (record: Progress): boolean => {
    memory = record;
    if (!storage || readOnly || holding) return false;
    const id = newWriteId();
    const next = extendLineage(lineage, id);
    const text = JSON.stringify({ ...record, writes: next });
    try {
      storage.setItem(STORAGE_KEY, text);
    } catch {
      raised.add('storage-full');
      return false;
    }
    onWritten?.(text);
    memory = emptyProgress();
    [lineage, lastWrite, written, overwritten] = [next, id, record, false];
    clearNotes();
    return true;
  };

  /** Reads, then writes back at once what only this tab holds, or the good part of a record now copied aside. */
  const reload = () => {
    const record = load();
    if (overwritten || repair) write(record);
    return record;
  };
  let current = reload();

  return {
    read: () => current,
    refresh: () => (current = reload()),
    notices: () => [...raised],
    update(change) {
      current = change(load());
      return write(current);
    },
  };
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
