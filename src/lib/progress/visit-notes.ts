import type { Lang } from '../../i18n/languages';

/**
 * A module page's visit, noted without the record's code. A quiz page loads its quiz (and with it the store and its
 * validation) only when the learner reaches the quiz, yet the visit counts from the first second ("continue where
 * you left off", "in progress"). So the page's small loader appends the visit to a list under a key of its own
 * (VISIT_NOTES_KEY in progress-store.ts, which the page passes in), and the progress store folds these notes into
 * the record when it reads and clears them once it has written them.
 * Imports nothing that carries code, and the store imports only its type: anything the store imported would
 * join the record's chunk, and this file runs at page load on every quiz page.
 */
/** A learner who never reaches a page with the store still never fills the storage with notes. */
export const MAX_VISIT_NOTES = 100;

export interface VisitNote {
  module: string;
  lang: Lang;
  at: string;
}

interface NoteStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Appends a visit. Never throws: with storage off or full the visit goes unrecorded, and the page works on. */
export function noteVisit(storage: () => NoteStorage, key: string, note: VisitNote): void {
  try {
    const store = storage();
    let notes: unknown;
    try {
      notes = JSON.parse(store.getItem(key) ?? '[]');
    } catch {
      notes = []; // damaged notes hold only visit counts: start again rather than stop counting
    }
    store.setItem(key, JSON.stringify([...(Array.isArray(notes) ? notes : []), note].slice(-MAX_VISIT_NOTES)));
  } catch {
    // Safari private mode, disabled or full storage.
  }
}
