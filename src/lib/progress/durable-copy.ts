import type { Progress } from './progress-schema';

/**
 * A second copy of the record in IndexedDB, committed with strict durability. Chromium writes localStorage to
 * disk only seconds after a change, so a browser killed in that window (a phone closing the app) loses the
 * latest attempt; an IndexedDB transaction with `durability: 'strict'` completes only once it is on disk.
 * localStorage stays the record (synchronous, what every page reads first); this copy is merged back in when a
 * page opens, and only adds what the record lacks. Every failure is silent: the copy is a safety net, never in the way.
 */
export interface DurableCopy {
  save(text: string): void;
  load(): Promise<string | undefined>;
}

const DB = 'cdl-progress';
const STORE = 'record';
const KEY = 'current';

export function durableCopy(factory: IDBFactory | undefined): DurableCopy {
  let db: Promise<IDBDatabase | undefined> | undefined;
  const open = () =>
    (db ??= new Promise((resolve) => {
      try {
        const request = factory!.open(DB, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(STORE);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(undefined);
      } catch {
        resolve(undefined);
      }
    }));
  return {
    save: (text) =>
      void open().then((d) => {
        try {
          d?.transaction(STORE, 'readwrite', { durability: 'strict' }).objectStore(STORE).put(text, KEY);
        } catch {
          // Closed, full or refused: the record in localStorage is still there.
        }
      }),
    load: () =>
      open().then(
        (d) =>
          new Promise((resolve) => {
            try {
              const get = d!.transaction(STORE).objectStore(STORE).get(KEY);
              get.onsuccess = () => resolve(typeof get.result === 'string' ? get.result : undefined);
              get.onerror = () => resolve(undefined);
            } catch {
              resolve(undefined);
            }
          }),
      ),
  };
}

/** Whether the copy holds an attempt or a completion the record lacks (then it is worth merging in). */
export function holdsMore(record: Progress, copy: Progress): boolean {
  const facts = (p: Progress) =>
    Object.entries(p.modules).flatMap(([key, m]) => [...m.attempts.map((a) => a.id), m.completedAt ? key : '']);
  const known = new Set(facts(record));
  return facts(copy).some((fact) => fact && !known.has(fact));
}

/**
 * The record less any unfinished quiz saved before that module's latest attempt: after a restore from the copy,
 * localStorage may still hold the snapshot of a quiz the copy shows was finished since.
 */
export function withoutFinishedQuizzes(record: Progress): Progress {
  const inProgress = Object.fromEntries(
    Object.entries(record.inProgress).filter(([key, quiz]) => {
      const latest = record.modules[key]?.attempts.at(-1)?.at;
      return !latest || Date.parse(latest) <= Date.parse(quiz.savedAt);
    }),
  );
  return { ...record, inProgress };
}
