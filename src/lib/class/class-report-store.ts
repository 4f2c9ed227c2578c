import type { StorageLike } from '../progress/progress-store';

/**
 * Keeps the reports a trainer loaded, so the class view is still there tomorrow. The trainer still has the files,
 * so this is a convenience, but a saved class that does not read whole is never written over unseen: it is copied
 * aside first (one copy; the page says so and lets the trainer download or delete it), and if the copy cannot be
 * made the original stays where it is and saving waits until the trainer deals with it. Never throws; a failed
 * save leaves the previous saved set as it was (setItem either writes or fails whole). Reading the text into
 * reports is saved-class.ts's, done in the class worker: this file only moves text, so the page stays light.
 */
export const CLASS_REPORTS_KEY = 'cdl.class-reports';
export const CLASS_REPORTS_COPY_KEY = 'cdl.class-reports.damaged';
/**
 * Characters of saved class the site allows itself, set by two measurements (`npm run bench:trainer`):
 * - Chromium gives an origin 5.2 M characters of localStorage in all (Firefox and Safari about 5 MB), shared with
 *   the learner's own record (cdl.progress) on a trainer who also learns: this leaves that record 2 M;
 * - the save is one setItem on the page's thread, which cannot be split without risking a half-written class:
 *   4 M characters took 40 ms on a quiet 2-core machine and 155 ms under other builds, past the 100 ms the page
 *   must answer within; 3 M keeps it inside.
 * At ~5,000 characters a report (8 modules, a few attempts each) that is about 600 reports.
 */
export const CLASS_STORAGE_BUDGET = 3_000_000;
/** What one report of an 8-module path with a few attempts takes saved, measured by `npm run bench:trainer`. */
export const TYPICAL_SAVED_REPORT_CHARS = 5_000;

export type SaveResult = 'saved' | 'storage-full' | 'storage-unavailable' | 'damaged-kept';
export type SetAside = 'copied' | 'not-copied';

export interface ClassReportStore {
  /** The saved class's text; null when there is none or storage is off. */
  raw(): string | null;
  /** Copies a saved class that did not read whole aside, before anything can write over it. */
  setAside(raw: string): SetAside;
  /** The damaged class kept in this browser (the copy, or the original left in place), for the trainer to download. */
  damaged(): string | null;
  /** Deletes the damaged copy, and a damaged original left in place: saving works again. */
  clearDamaged(): void;
  /** Saves text made by writeSavedClass. */
  save(text: string): SaveResult;
  clear(): void;
}

type ClassStorage = StorageLike & { removeItem?: (key: string) => void };

export function createClassReportStore(getStorage: () => StorageLike): ClassReportStore {
  // Asked for at each call, as disabled storage throws on access (Safari private mode), not only on creation.
  const open = (): ClassStorage | undefined => {
    try {
      const storage = getStorage();
      storage.getItem(CLASS_REPORTS_KEY);
      return storage;
    } catch {
      return undefined;
    }
  };
  const read = (key: string): string | null => {
    try {
      return open()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const remove = (storage: ClassStorage, key: string) => {
    if (typeof storage.removeItem === 'function') storage.removeItem(key);
    else storage.setItem(key, '');
  };
  /** A damaged original that could not be copied: save() must not replace it. */
  let guarded: string | undefined;

  const store: ClassReportStore = {
    raw: () => read(CLASS_REPORTS_KEY),

    setAside(raw) {
      const storage = open();
      const copy = read(CLASS_REPORTS_COPY_KEY);
      if (copy === raw) return 'copied';
      // One copy slot: an earlier damaged class still in it is the trainer's to download or delete, not ours.
      if (storage && (copy === null || copy === '')) {
        try {
          storage.setItem(CLASS_REPORTS_COPY_KEY, raw);
          return 'copied';
        } catch {
          // Storage full: fall through and keep the original where it is.
        }
      }
      guarded = raw;
      return 'not-copied';
    },

    damaged() {
      const copy = read(CLASS_REPORTS_COPY_KEY);
      if (copy) return copy;
      return guarded !== undefined && read(CLASS_REPORTS_KEY) === guarded ? guarded : null;
    },

    clearDamaged() {
      const storage = open();
      if (!storage) return;
      try {
        remove(storage, CLASS_REPORTS_COPY_KEY);
        if (guarded !== undefined && storage.getItem(CLASS_REPORTS_KEY) === guarded) remove(storage, CLASS_REPORTS_KEY);
        guarded = undefined;
      } catch {
        // Left as it was: the page still offers the download.
      }
    },

    save(text) {
      const storage = open();
      if (!storage) return 'storage-unavailable';
      try {
        if (guarded !== undefined && storage.getItem(CLASS_REPORTS_KEY) === guarded) return 'damaged-kept';
        storage.setItem(CLASS_REPORTS_KEY, text);
        return 'saved';
      } catch {
        return 'storage-full';
      }
    },

    clear() {
      const storage = open();
      try {
        // A damaged class that has no copy goes only through clearDamaged(), which the page words as such.
        if (storage && !(guarded !== undefined && storage.getItem(CLASS_REPORTS_KEY) === guarded))
          remove(storage, CLASS_REPORTS_KEY);
      } catch {
        // Nothing to do: the page shows an empty class either way, and load() copes with what is left.
      }
    },
  };
  return store;
}
